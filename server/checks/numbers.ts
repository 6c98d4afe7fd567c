// Numbers and dates that do not agree between the Arabic and the French side of a bead.
// The two sides' values are compared as multisets: dates with dates (parts missing on
// one side are not disagreements), numbers with numbers by value (ordinals, percentages
// and number words included), and what is left of one side with the date parts of the
// other ("2025" beside "25 نونبر 2025"). What is still left is flagged: a pair of close
// values as one disagreement with both spans, a lone value as missing on the other side.
import { DateAnchor, NumberAnchor } from '../anchors/types';
import { foldDigits } from '../text/normalize';
import { compareDates, datesAgree, numericParts } from './date-compare';
import { digitClose, digitRuns, reversedGroupRuns, reversedGroupsValue, sameScaledValue, sameValue, writesRuns } from './values';
import { Flag, FlagKind, FlagSeverity, SideSpan } from './types';

/** Numbers written in words up to this value are not flagged alone (Arabic duals, "premier"). */
const SMALL_WORD_NUMBER = 2;
/** A lone 1 or 2 in digits is only a note: the other side often says it without a number word ("type 1" / "النوع الأول", a dual). */
const SMALL_DIGIT_NUMBER = 2;
/** A list number: at the start of the text (after an opening bracket or quote) … */
const LIST_MARKER_BEFORE = /^[\s([«"'‘’`]*$/;
/** … and followed by a period, a bracket, a dash or a closing quote ("11.", "11)", "11 -", "١١ -", "'3`"). */
const LIST_MARKER_AFTER = /^\s*[.)\]\-–—`'’]/;
/** A number this close to the start of its text may stand for a list number of the other side ('4` beside "4."). */
const NEAR_START_CHARS = 4;
/** Any digit of the three scripts. */
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Confidence of each kind of finding (how sure that a reviewer should look). */
const CONFIDENCE = {
  /** Two values in digits that differ (43 / 44). */
  differentDigits: 0.9,
  /** Two values that differ, one of them in words. */
  differentWords: 0.7,
  /** Two list numbers that differ (the pair may be misaligned). */
  differentListNumbers: 0.6,
  /** A value in digits with nothing like it on the other side. */
  missingDigits: 0.8,
  /** A lone 1 or 2 in digits. */
  missingSmallDigits: 0.4,
  /** A date with day or year and nothing like it on the other side. */
  missingDate: 0.7,
  /** A weekday or month alone with nothing like it on the other side. */
  missingDateName: 0.3,
} as const;

/** One side's text with its numbers and dates (numbers inside dates left out). */
export interface FigureSide {
  text: string;
  numbers: NumberAnchor[];
  dates: DateAnchor[];
}

type Side = 'arabic' | 'french';

interface NumberItem {
  kind: 'number';
  side: Side;
  anchor: NumberAnchor;
  listMarker: boolean;
  inWords: boolean;
  matched: boolean;
}

interface DateItem {
  kind: 'date';
  side: Side;
  anchor: DateAnchor;
  matched: boolean;
}

type Item = NumberItem | DateItem;

const SIDE_NAME: Record<Side, string> = { arabic: 'the Arabic', french: 'the French' };

/**
 * Is this number a list number at the start of the text ("11. Décide", "11 - يقرر", the
 * quoted "'3`" of UN Arabic), for numbers whose text was cut before the extractor saw the line?
 */
export function isListMarker(text: string, anchor: NumberAnchor): boolean {
  return (
    !anchor.ordinal &&
    !anchor.percent &&
    Number.isInteger(anchor.value) &&
    LIST_MARKER_BEFORE.test(text.slice(0, anchor.start)) &&
    LIST_MARKER_AFTER.test(text.slice(anchor.end))
  );
}

function numberItems(side: Side, figures: FigureSide): NumberItem[] {
  return figures.numbers.map((anchor) => ({
    kind: 'number',
    side,
    anchor,
    listMarker: anchor.listNumber === true || isListMarker(figures.text, anchor),
    inWords: anchor.words ?? !DIGIT.test(anchor.text),
    matched: false,
  }));
}

function dateItems(side: Side, figures: FigureSide): DateItem[] {
  return figures.dates.map((anchor) => ({ kind: 'date', side, anchor, matched: false }));
}

/** Relative position of an anchor in its text, in [0, 1]. */
function position(item: Item, text: string): number {
  return text.length === 0 ? 0 : item.anchor.start / text.length;
}

function nearStart(item: NumberItem): boolean {
  return item.anchor.start <= NEAR_START_CHARS;
}

/** Matches dates that agree, those sharing the most parts first, then the closest in position. */
function matchDates(arabic: DateItem[], french: DateItem[], arabicText: string, frenchText: string): void {
  const candidates: { a: DateItem; f: DateItem; shared: number; distance: number }[] = [];
  for (const a of arabic) {
    for (const f of french) {
      if (!datesAgree(a.anchor, f.anchor)) continue;
      const shared = compareDates(a.anchor, f.anchor).shared.length;
      candidates.push({ a, f, shared, distance: Math.abs(position(a, arabicText) - position(f, frenchText)) });
    }
  }
  candidates.sort((x, y) => y.shared - x.shared || x.distance - y.distance);
  for (const { a, f } of candidates) {
    if (a.matched || f.matched) continue;
    a.matched = true;
    f.matched = true;
  }
}

/**
 * Matches numbers of equal value, then scaled amounts, then Arabic digit groups stored in
 * reverse order. A list number only matches a list number: one side often numbers its
 * paragraphs and the other not, so a list number standing in for a number of the text
 * would hide a real difference; only a number at the very start of the other side may be
 * its list number written another way ('4` beside "4.").
 */
function matchNumbers(arabic: NumberItem[], french: NumberItem[], arabicText: string, frenchText: string): void {
  // Each pass pairs equal values closest in position first, so that of two equal values the
  // one left over is the one whose counterpart really differs.
  const pass = (equal: (a: NumberItem, f: NumberItem) => boolean): void => {
    const candidates: { a: NumberItem; f: NumberItem; distance: number }[] = [];
    for (const a of arabic) {
      if (a.matched) continue;
      for (const f of french) {
        if (!f.matched && equal(a, f)) candidates.push({ a, f, distance: Math.abs(position(a, arabicText) - position(f, frenchText)) });
      }
    }
    candidates.sort((x, y) => x.distance - y.distance);
    for (const { a, f } of candidates) {
      if (a.matched || f.matched) continue;
      a.matched = true;
      f.matched = true;
    }
  };
  pass((a, f) => a.listMarker === f.listMarker && sameValue(a.anchor.value, f.anchor.value));
  pass((a, f) => (a.listMarker || f.listMarker) && nearStart(a) && nearStart(f) && sameValue(a.anchor.value, f.anchor.value));
  pass((a, f) => !a.listMarker && !f.listMarker && sameScaledValue(a.anchor.value, f.anchor.value));
  pass((a, f) => !a.listMarker && !f.listMarker && reversedGroupsValue(a.anchor.text) === f.anchor.value);
}

/**
 * Arabic digit groups stored in reverse order that the extractor read as several numbers
 * ("630.8 1 كغ" for 1 630,8 kg): the numbers inside such a run match the French number
 * its reversed groups make.
 */
function matchReversedRuns(arabic: NumberItem[], french: NumberItem[], arabicText: string): void {
  for (const run of reversedGroupRuns(arabicText)) {
    const f = french.find((candidate) => !candidate.matched && !candidate.listMarker && sameValue(candidate.anchor.value, run.value));
    const inside = arabic.filter((a) => !a.matched && !a.listMarker && a.anchor.start < run.end && a.anchor.end > run.start);
    if (!f || inside.length === 0) continue;
    f.matched = true;
    for (const a of inside) a.matched = true;
  }
}

/**
 * A date left on one side is accounted for when its day and year are numbers of the
 * other side: numbers still unmatched are used up first; any number of the side is
 * accepted after that, unless a date of the other side is left over with a part in
 * common (then the two dates disagree, "1er au 4 juillet" against "1 إلى 1 تموز").
 */
function coverDatesByNumbers(dates: DateItem[], allNumbers: NumberItem[], otherDates: DateItem[]): void {
  const numbers = allNumbers.filter((n) => !n.listMarker);
  for (const date of dates) {
    if (date.matched) continue;
    const parts = numericParts(date.anchor);
    if (parts.length === 0) continue;
    const unused = numbers.filter((n) => !n.matched);
    const picked: NumberItem[] = [];
    for (const part of parts) {
      const n = unused.find((candidate) => !picked.includes(candidate) && sameValue(candidate.anchor.value, part));
      if (n) picked.push(n);
    }
    if (picked.length === parts.length) {
      for (const n of picked) n.matched = true;
      date.matched = true;
      continue;
    }
    const rival = otherDates.some((other) => !other.matched && compareDates(date.anchor, other.anchor).shared.length > 0);
    if (!rival && parts.every((part) => numbers.some((n) => sameValue(n.anchor.value, part)))) date.matched = true;
  }
}

/**
 * A number left on one side is accounted for when it is the day or the year of a date of
 * the other side, unless a date left over there has a part that looks like it written
 * differently ("les 6 et 6 avril" against "6 و 7 نيسان/أبريل").
 */
function coverNumbersByDates(numbers: NumberItem[], dates: DateItem[]): void {
  for (const n of numbers) {
    if (n.matched || n.listMarker) continue;
    const isPart = (d: DateItem): boolean => numericParts(d.anchor).some((part) => sameValue(part, n.anchor.value));
    if (dates.some((d) => !d.matched && !isPart(d) && pairStrength(n, d, false) > 1)) continue;
    if (dates.some(isPart)) n.matched = true;
  }
}

/**
 * The last resort before flagging: a number written in digits, or a date whose day and
 * year are, is accounted for when the other side writes the same digits anywhere, even
 * where its extractor saw no number (a time of day, a symbol, digits glued to a word);
 * not when a value left on the other side looks like it written differently (43 and 44).
 */
function coverByDigitsInText(items: Item[], otherItems: Item[], otherText: string): void {
  const runs = digitRuns(otherText);
  const rivals = otherItems.filter((other) => !other.matched && flaggableAlone(other));
  for (const item of items) {
    if (item.matched || (item.kind === 'number' && item.listMarker)) continue;
    if (rivals.some((other) => pairStrength(item, other, false) > 1)) continue;
    if (item.kind === 'number') {
      if (item.inWords) continue;
      const written = foldDigits(item.anchor.text).match(/\d+/g) ?? [];
      const sectionLike = written.length > 1 && !/\s/.test(item.anchor.text.trim());
      if (sectionLike ? writesRuns(otherText, written) : Number.isInteger(item.anchor.value) && runs.has(item.anchor.value)) item.matched = true;
    } else {
      const parts = numericParts(item.anchor);
      if (parts.length > 0 && DIGIT.test(item.anchor.text) && parts.every((part) => runs.has(part))) item.matched = true;
    }
  }
}

/** Should an unmatched item be shown to a reviewer on its own? */
function flaggableAlone(item: Item): boolean {
  if (item.kind === 'date') return true;
  if (item.listMarker) return false;
  return !(item.inWords && Math.abs(item.anchor.value) <= SMALL_WORD_NUMBER);
}

/** How strongly two unmatched items look like one value rendered differently (0: not paired). */
function pairStrength(a: Item, f: Item, onlyOneEach: boolean): number {
  if (a.kind === 'number' && f.kind === 'number') {
    if (a.listMarker !== f.listMarker) return 0;
    if (digitClose(a.anchor.value, f.anchor.value)) return 2;
    return onlyOneEach ? 1 : 0;
  }
  if (a.kind === 'date' && f.kind === 'date') {
    if (compareDates(a.anchor, f.anchor).shared.length > 0) return 2;
    return onlyOneEach ? 1 : 0;
  }
  const [date, number] = a.kind === 'date' ? [a, f as NumberItem] : [f as DateItem, a as NumberItem];
  if (number.listMarker) return 0;
  return numericParts(date.anchor).some((part) => digitClose(part, number.anchor.value)) ? 2 : 0;
}

function span(item: Item): SideSpan {
  return { start: item.anchor.start, end: item.anchor.end, text: item.anchor.text };
}

function valueOf(item: Item): number | string {
  return item.anchor.value;
}

function differenceFlag(a: Item, f: Item): Flag {
  const kind: FlagKind = a.kind === 'date' || f.kind === 'date' ? 'date' : 'number';
  const lists = a.kind === 'number' && f.kind === 'number' && a.listMarker && f.listMarker;
  const inWords = (a.kind === 'number' && a.inWords) || (f.kind === 'number' && f.inWords);
  const confidence = lists ? CONFIDENCE.differentListNumbers : inWords ? CONFIDENCE.differentWords : CONFIDENCE.differentDigits;
  const what = lists ? 'list number' : kind;
  return {
    kind,
    severity: lists ? 'warning' : 'error',
    message: `${what} differs: the Arabic has ${a.anchor.text} where the French has ${f.anchor.text}`,
    arabic: span(a),
    french: span(f),
    confidence,
    detail: { arabicValue: valueOf(a), frenchValue: valueOf(f) },
  };
}

function missingFlag(item: Item): Flag {
  const other: Side = item.side === 'arabic' ? 'french' : 'arabic';
  let confidence: number;
  let severity: FlagSeverity = 'warning';
  if (item.kind === 'date') {
    const hasNumbers = numericParts(item.anchor).length > 0;
    confidence = hasNumbers ? CONFIDENCE.missingDate : CONFIDENCE.missingDateName;
    if (!hasNumbers) severity = 'info';
  } else {
    const small = Math.abs(item.anchor.value) <= SMALL_DIGIT_NUMBER;
    confidence = small ? CONFIDENCE.missingSmallDigits : CONFIDENCE.missingDigits;
    if (small) severity = 'info';
  }
  const flag: Flag = {
    kind: item.kind,
    severity,
    message: `${item.kind} ${item.anchor.text} in ${SIDE_NAME[item.side]} is not in ${SIDE_NAME[other]}`,
    confidence,
    detail: { [`${item.side}Value`]: valueOf(item) },
  };
  flag[item.side] = span(item);
  return flag;
}

/** Pairs what is left on the two sides (closest values first) and flags each pair or lone item. */
function flagLeftovers(arabic: Item[], french: Item[], arabicText: string, frenchText: string): Flag[] {
  const isCandidate = (item: Item): boolean => !item.matched && (flaggableAlone(item) || (item.kind === 'number' && item.listMarker));
  const left = { arabic: arabic.filter(isCandidate), french: french.filter(isCandidate) };
  const alone = { arabic: left.arabic.filter(flaggableAlone), french: left.french.filter(flaggableAlone) };
  const onlyOneEach = alone.arabic.length === 1 && alone.french.length === 1;
  const pairs: { a: Item; f: Item; strength: number; distance: number }[] = [];
  for (const a of left.arabic) {
    for (const f of left.french) {
      const strength = pairStrength(a, f, onlyOneEach && flaggableAlone(a) && flaggableAlone(f));
      if (strength > 0) pairs.push({ a, f, strength, distance: Math.abs(position(a, arabicText) - position(f, frenchText)) });
    }
  }
  pairs.sort((x, y) => y.strength - x.strength || x.distance - y.distance);
  const flags: Flag[] = [];
  const used = new Set<Item>();
  for (const { a, f } of pairs) {
    if (used.has(a) || used.has(f)) continue;
    used.add(a);
    used.add(f);
    flags.push(differenceFlag(a, f));
  }
  // A lone number in words is not reported missing: the other side often says it without
  // a number (deux / an Arabic dual, une trentaine / ثلاثين), and such notes were most of
  // the false alarms on correct translations. A differing one is still paired above.
  const reportable = (item: Item): boolean => !used.has(item) && !(item.kind === 'number' && item.inWords);
  for (const item of [...alone.arabic, ...alone.french]) if (reportable(item)) flags.push(missingFlag(item));
  return flags;
}

/** Flags the numbers and dates of one side that the other side does not have. */
export function checkFigures(arabic: FigureSide, french: FigureSide): Flag[] {
  const arabicNumbers = numberItems('arabic', arabic);
  const frenchNumbers = numberItems('french', french);
  const arabicDates = dateItems('arabic', arabic);
  const frenchDates = dateItems('french', french);

  matchDates(arabicDates, frenchDates, arabic.text, french.text);
  matchNumbers(arabicNumbers, frenchNumbers, arabic.text, french.text);
  matchReversedRuns(arabicNumbers, frenchNumbers, arabic.text);
  coverDatesByNumbers(arabicDates, frenchNumbers, frenchDates);
  coverDatesByNumbers(frenchDates, arabicNumbers, arabicDates);
  coverNumbersByDates(arabicNumbers, frenchDates);
  coverNumbersByDates(frenchNumbers, arabicDates);
  const arabicItems: Item[] = [...arabicDates, ...arabicNumbers];
  const frenchItems: Item[] = [...frenchDates, ...frenchNumbers];
  coverByDigitsInText(arabicItems, frenchItems, french.text);
  coverByDigitsInText(frenchItems, arabicItems, arabic.text);

  return flagLeftovers(arabicItems, frenchItems, arabic.text, french.text);
}
