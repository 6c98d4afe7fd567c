// Agreement of number and date anchors across the two sides of correct translation pairs:
// on every pair of the shared development data, extracts the numbers and dates of the Arabic
// and of the French and counts the pairs whose multisets of values are equal (a checker that
// flags any difference would flag the others), also when numbers in words up to two that the
// other side lacks are forgiven (Arabic says "two" with a dual: دولتين for "deux pays"), with
// the most common differences and the speed of a warm pass.
import { extractDates } from '../server/anchors/dates';
import { extractNumbers } from '../server/anchors/numbers';
import { DateAnchor, NumberAnchor } from '../server/anchors/types';
import { Lang } from '../server/text/types';
import { CorpusName, loadCorpus, ParallelRow } from './data';

/** Pairs per corpus in quick mode. */
const QUICK_ROWS = 400;
/** Differences shown per corpus. */
const SHOWN_DIFFERENCES = 12;
/** Numbers in words up to this value may be missing on the other side (Arabic duals). */
const FORGIVEN_WORD_VALUE = 2;

/** The number and date values of one side, as the checks compare them. */
export interface SideValues {
  numbers: string[];
  dates: string[];
  /** The values of numbers in words up to FORGIVEN_WORD_VALUE. */
  forgivable: string[];
}

/** Values of a sentence: dates, and numbers outside dates that are not list numbers. */
export function sideValues(text: string, lang: Lang): SideValues {
  const dates: DateAnchor[] = extractDates(text, lang);
  const inDate = (n: NumberAnchor): boolean => dates.some((d) => n.start >= d.start && n.end <= d.end);
  const numbers = extractNumbers(text, lang).filter((n) => !n.listNumber && !inDate(n));
  return {
    numbers: numbers.map((n) => String(n.value)).sort(),
    dates: dates.map((d) => d.value).sort(),
    forgivable: numbers.filter((n) => n.words && n.value <= FORGIVEN_WORD_VALUE).map((n) => String(n.value)),
  };
}

/** The values of `mine` that `theirs` lacks, as a multiset. */
function missing(mine: string[], theirs: string[]): string[] {
  const left = [...theirs];
  const out: string[] = [];
  for (const v of mine) {
    const i = left.indexOf(v);
    if (i >= 0) left.splice(i, 1);
    else out.push(v);
  }
  return out;
}

/** Whether every number one side lacks is a forgivable number in words of the other. */
function forgiven(ar: SideValues, fr: SideValues): boolean {
  return missing(missing(ar.numbers, fr.numbers), ar.forgivable).length === 0 && missing(missing(fr.numbers, ar.numbers), fr.forgivable).length === 0;
}

/** The multiset difference of two lists, as "ar-only | fr-only". */
function difference(ar: string[], fr: string[]): string {
  return `ar[${missing(ar, fr).join(' ')}] fr[${missing(fr, ar).join(' ')}]`;
}

function measure(name: CorpusName, rows: ParallelRow[]): void {
  let numberAgree = 0;
  let dateAgree = 0;
  let bothAgree = 0;
  let lenientAgree = 0;
  let withAnchors = 0;
  const differences = new Map<string, { count: number; example: ParallelRow }>();
  const values = rows.map((row) => ({ ar: sideValues(row.ar, 'ar'), fr: sideValues(row.fr, 'fr') }));
  values.forEach(({ ar, fr }, i) => {
    const numbersEqual = ar.numbers.join('|') === fr.numbers.join('|');
    const datesEqual = ar.dates.join('|') === fr.dates.join('|');
    if (numbersEqual) numberAgree++;
    if (datesEqual) dateAgree++;
    if (numbersEqual && datesEqual) bothAgree++;
    if (datesEqual && (numbersEqual || forgiven(ar, fr))) lenientAgree++;
    if (ar.numbers.length + fr.numbers.length + ar.dates.length + fr.dates.length > 0) withAnchors++;
    const keys = [
      ...(numbersEqual ? [] : [`number ${difference(ar.numbers, fr.numbers)}`]),
      ...(datesEqual ? [] : [`date ${difference(ar.dates, fr.dates)}`]),
    ];
    for (const key of keys) {
      const entry = differences.get(key) ?? { count: 0, example: rows[i] };
      entry.count++;
      differences.set(key, entry);
    }
  });
  // Speed on a second, warm pass.
  let chars = 0;
  const started = process.hrtime.bigint();
  for (const row of rows) {
    extractNumbers(row.ar, 'ar');
    extractDates(row.ar, 'ar');
    extractNumbers(row.fr, 'fr');
    extractDates(row.fr, 'fr');
    chars += row.ar.length + row.fr.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pct = (n: number): string => `${((100 * n) / rows.length).toFixed(1)}%`;
  process.stdout.write(
    `${name}: ${rows.length} pairs (${withAnchors} with a number or date) — numbers agree ${pct(numberAgree)}, dates ${pct(dateAgree)}, ` +
      `both ${pct(bothAgree)} (flagged ${pct(rows.length - bothAgree)}; forgiving words ≤ ${FORGIVEN_WORD_VALUE}: ${pct(lenientAgree)}, flagged ${pct(rows.length - lenientAgree)}); ` +
      `numbers + dates of both sides at ${(chars / seconds / 1e6).toFixed(2)} M chars/s\n`,
  );
  const top = [...differences.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, SHOWN_DIFFERENCES);
  for (const [key, { count, example }] of top) {
    process.stdout.write(`  ${String(count).padStart(4)}  ${key}\n        ar: ${example.ar.slice(0, 140)}\n        fr: ${example.fr.slice(0, 140)}\n`);
  }
}

/** Prints the agreement figures of each corpus. */
export function run({ quick }: { quick: boolean }): void {
  for (const name of ['unpc', 'flores', 'tatoeba'] as const) {
    const rows = loadCorpus(name);
    measure(name, quick ? rows.slice(0, QUICK_ROWS) : rows);
  }
}
