// Comparing numeric values as the two sides write them: equal up to rounding, the same
// amount with a multiplier, digit groups stored in reverse order, one digit typed wrong,
// and the digits a text writes whether or not its extractor saw a number there.
import { foldDigits } from '../text/normalize';

/** Multipliers under which "1,5 million" and "1 500 000" are the same amount. */
const SCALES = [1e3, 1e6, 1e9];
/** Digit groups separated by spaces, the first with an optional decimal part ("483 918", "000 2", "630.8 1"), at the start of a text … */
const SPACED_GROUPS = /^\d{1,3}(?:[.,\u066B]\d+)?(?:[ \u00A0\u202F]\d{1,3})+(?!\d)/;
/** … or anywhere in it. */
const SPACED_GROUPS_ANYWHERE = /(?<![\d.,\u066B])\d{1,3}(?:[.,\u066B]\d+)?(?:[ \u00A0\u202F]\d{1,3})+(?!\d)/g;
const GROUP_SPACE = /[ \u00A0\u202F]/;
const DECIMAL_SIGN = /[.,\u066B]/;
/** Relative tolerance of a value comparison (decimals computed from words). */
const VALUE_TOLERANCE = 1e-9;

/** Two values equal up to the rounding of decimals computed from words. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The value of digit groups written in reverse order, as UN Arabic documents store them
 * ("918 483" for 483 918, "600 10" for 10 600, "630.8 1" for 1 630.8); undefined when
 * the text does not start with spaced groups.
 */
export function reversedGroupsValue(text: string): number | undefined {
  const groups = SPACED_GROUPS.exec(foldDigits(text))?.[0].split(GROUP_SPACE);
  if (!groups) return undefined;
  const reversed = [...groups].reverse();
  const integerPart = (group: string): string => group.split(DECIMAL_SIGN)[0];
  if (reversed.slice(1).some((group) => integerPart(group).length !== 3)) return undefined;
  return Number(reversed.join('').replace(DECIMAL_SIGN, '.'));
}

/** Where a text writes digit groups that may be stored in reverse order, with their reversed values. */
export function reversedGroupRuns(text: string): { start: number; end: number; value: number }[] {
  const runs: { start: number; end: number; value: number }[] = [];
  for (const match of foldDigits(text).matchAll(SPACED_GROUPS_ANYWHERE)) {
    const value = reversedGroupsValue(match[0]);
    const start = match.index ?? 0;
    if (value !== undefined) runs.push({ start, end: start + match[0].length, value });
  }
  return runs;
}

/** The same amount with a multiplier on one side only (1,5 million beside 1 500 000). */
export function sameScaledValue(a: number, b: number): boolean {
  return SCALES.some((scale) => sameValue(a * scale, b) || sameValue(a, b * scale));
}

/** Damerau distance of two short digit strings, capped at 2 (only "at most one edit" matters). */
function digitEdits(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return 1;
    if (diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]]) return 1;
    return 2;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return 2;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return 1;
  return 2;
}

/** Does a value differ from another by one digit typed wrong, dropped, added or swapped? */
export function digitClose(a: number, b: number): boolean {
  return digitEdits(String(a), String(b)) <= 1;
}

/** The integers written in digits anywhere in a text ("à 10 heures" → 10, "A/69/13" → 69, 13). */
export function digitRuns(text: string): Set<number> {
  return new Set((foldDigits(text).match(/\d+/g) ?? []).map(Number));
}

/** Does a text write these digit runs one after the other with one sign between them ("2.1" and "2-1", "802.11")? */
export function writesRuns(text: string, runs: string[]): boolean {
  const pattern = new RegExp(`(?<!\\d)${runs.join('[.\\-/،,:]')}(?!\\d)`);
  return pattern.test(foldDigits(text));
}
