// The anchors layer as the aligner sees it: for each sentence, once, the set of keys that
// should be equal on both sides of a right bead (numbers, dates, names, quotes, question
// marks, parentheses), each with a weight. Names written in different scripts get one
// shared key when the cross-script name matcher says they are the same name.
import { extractAnchors } from '../anchors/index';
import { matchName } from '../anchors/name-match';
import { Anchor } from '../anchors/types';
import { foldDigits } from '../text/normalize';
import { Lang } from '../text/types';

/** Weight of an anchor by kind: how much an equal one on both sides proves. */
export const ANCHOR_WEIGHTS = { number: 2, date: 2, name: 0.5, mark: 0.5 } as const;
/** Most matchName calls spent on one document pair (distinct Arabic × Latin names). */
const MAX_NAME_COMPARISONS = 40_000;
/** Digit groups, with thousands/decimal separators, after folding Arabic-Indic digits. */
const DIGIT_GROUP = /\d+(?:[.,\u066B\u066C\u202F\u00A0 ]\d{3})*(?:[.,\u066B]\d+)?/g;
const QUOTES = /[«»"“”„]/;
const QUESTION = /[?؟]/;
const PARENTHESIS = /[()]/;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** The name keys of a sentence without names (shared: never modified). */
const NO_KEYS: readonly AnchorKey[] = Object.freeze([]);
/** A digit group written with thousands separators only (e.g. 1,234,567 or 1 234). */
const THOUSANDS_ONLY = /^\d{1,3}(?:[.,\u066C\u202F\u00A0 ]\d{3})+$/;

/** A kind of anchor key. */
export type AnchorKeyKind = keyof typeof ANCHOR_WEIGHTS;

/** One anchor key of a sentence, e.g. `{ kind: 'number', key: 'n:93' }`. */
export interface AnchorKey {
  kind: AnchorKeyKind;
  key: string;
}

/** Options of anchor-key extraction. */
export interface AnchorKeyOptions {
  /** The document's date (`YYYY-MM-DD`), for dates written without a year. */
  documentDate?: string;
  /** Only the keys found without the anchors layer (digits, marks): the fast path for long documents. */
  basicOnly?: boolean;
}

/** A name found in a sentence, before cross-script resolution. */
interface NameMention {
  text: string;
  value: string;
  entity?: string;
}

/** Per sentence: its anchor keys (names still unresolved). */
export interface SentenceAnchorKeys {
  keys: AnchorKey[];
  names: NameMention[];
}

/** The value of a digit group: separators of thousands dropped, a decimal comma made a point. */
function digitValue(group: string): string {
  if (THOUSANDS_ONLY.test(group)) return String(Number(group.replace(/\D/g, '')));
  const decimal = group.replace(/[,\u066B]/g, '.').replace(/[\u066C\u202F\u00A0 ]/g, '');
  const value = Number(decimal);
  return Number.isFinite(value) ? String(value) : group;
}

/** Keys every language has without the extractors: numbers in digits, quotes, question marks, parentheses. */
export function basicAnchorKeys(text: string): AnchorKey[] {
  const keys: AnchorKey[] = [];
  const folded = foldDigits(text);
  // exec rather than matchAll: this runs on every sentence of long documents, and the
  // iterator and its arrays were most of the garbage of preparing a side.
  DIGIT_GROUP.lastIndex = 0;
  for (let match = DIGIT_GROUP.exec(folded); match; match = DIGIT_GROUP.exec(folded)) addKey(keys, 'number', `n:${digitValue(match[0].trim())}`);
  if (QUOTES.test(text)) keys.push({ kind: 'mark', key: 'm:"' });
  if (QUESTION.test(text)) keys.push({ kind: 'mark', key: 'm:?' });
  if (PARENTHESIS.test(text)) keys.push({ kind: 'mark', key: 'm:(' });
  return keys;
}

/** Adds a key unless the sentence already has it (a sentence has few keys: a linear search). */
function addKey(keys: AnchorKey[], kind: AnchorKeyKind, key: string): void {
  for (const existing of keys) if (existing.key === key) return;
  keys.push({ kind, key });
}

function keysOfAnchor(anchor: Anchor): AnchorKey[] {
  if (anchor.kind === 'number') return [{ kind: 'number', key: `n:${anchor.value}` }];
  if (anchor.kind === 'date') {
    const keys: AnchorKey[] = [{ kind: 'date', key: `d:${anchor.value}` }];
    if (anchor.month !== undefined && anchor.day !== undefined) {
      keys.push({ kind: 'date', key: `d:--${String(anchor.month).padStart(2, '0')}-${String(anchor.day).padStart(2, '0')}` });
    }
    return keys;
  }
  return [];
}

/**
 * The anchor keys of one sentence: digits and marks always, plus what the anchors layer
 * finds (numbers in words, dates, names). Keys are distinct; names are kept apart for
 * `resolveNames`. A failing extractor costs its keys, never the alignment.
 */
export function sentenceAnchorKeys(text: string, lang: Lang, options: AnchorKeyOptions = {}): SentenceAnchorKeys {
  const keys = basicAnchorKeys(text);
  const names: NameMention[] = [];
  let anchors: Anchor[] = [];
  try {
    if (!options.basicOnly) anchors = extractAnchors(text, lang, { documentDate: options.documentDate });
  } catch {
    anchors = [];
  }
  for (const anchor of anchors) {
    if (anchor.kind === 'name') names.push({ text: anchor.text, value: anchor.value, entity: anchor.entity });
    else for (const { kind, key } of keysOfAnchor(anchor)) addKey(keys, kind, key);
  }
  return { keys, names };
}

/**
 * Gives the names of both sides shared keys: an entity key when the extractor knows the
 * entity, the value when the same script is used on both sides, and the Arabic name's key
 * for a Latin spelling the name matcher accepts (same or variant). Returns, per side and
 * sentence, the name keys to add.
 */
export function resolveNames(src: SentenceAnchorKeys[], tgt: SentenceAnchorKeys[]): { src: (readonly AnchorKey[])[]; tgt: (readonly AnchorKey[])[] } {
  const arabicNames = new Map<string, string>();
  const latinNames = new Map<string, string>();
  for (const sentence of src.concat(tgt)) {
    for (const name of sentence.names) {
      (ARABIC_LETTER.test(name.text) ? arabicNames : latinNames).set(name.value, name.text);
    }
  }
  const latinToArabic = new Map<string, string>();
  if (arabicNames.size * latinNames.size <= MAX_NAME_COMPARISONS) {
    for (const [latinValue, latinText] of latinNames) {
      let best = 0;
      for (const [arabicValue, arabicText] of arabicNames) {
        const match = matchName(arabicText, latinText);
        if (match.verdict !== 'different' && match.score > best) {
          best = match.score;
          latinToArabic.set(latinValue, arabicValue);
        }
      }
    }
  }
  const keysOf = (sentence: SentenceAnchorKeys): readonly AnchorKey[] => {
    // Most sentences name no one (on long documents, none: their names are not extracted).
    if (sentence.names.length === 0) return NO_KEYS;
    const keys = new Set<string>();
    for (const name of sentence.names) {
      if (name.entity) keys.add(`e:${name.entity}`);
      keys.add(`a:${latinToArabic.get(name.value) ?? name.value}`);
    }
    return [...keys].map((key) => ({ kind: 'name' as const, key }));
  };
  return { src: src.map(keysOf), tgt: tgt.map(keysOf) };
}
