// Document pairing: which French reports tell the story of an Arabic one. Each French report
// is scored by the anchors it shares with the Arabic one (dates, an event date in the text
// weighing more than a publication date; names matched across scripts, a person weighing
// more than a city, a country or a continent; numbers) and by the sentences that find a
// counterpart (comparable mode over a sentence similarity); the share of sentences paired,
// the sentence-count and length ratios then tell a translation from another article about
// the same event (which needs an event date, a person or several specific anchors, not just
// generic places), or from an unrelated one.
import { extractAnchors } from '../anchors';
import { matchName } from '../anchors/name-match';
import { Anchor, DateAnchor, NameAnchor, NumberAnchor } from '../anchors/types';
import { Lang, LineKind } from '../text/types';
import { alignComparable, alignerScorer, ComparableBead, SentenceScorer } from './comparable';

/** Weight of a date with a day found in the text of both reports (the event's date). */
export const EVENT_DATE_WEIGHT = 3;
/** Weight of a publication date (document metadata) equal to the other report's date. */
export const PUBLICATION_DATE_WEIGHT = 1;
/** Weight of a name found on both sides (matched across scripts or by entity) that names a person or anything not in the lists of places and organisations. */
export const NAME_WEIGHT = 2;
/**
 * Weight of a shared listed name by the kind of its entity: the more places and reports it is
 * found in, the less it proves (a person > a city or an organisation > a country > a region or
 * a continent). Two reports on a water forum and an Interpol assembly both name Morocco,
 * Africa and Europe.
 */
export const ENTITY_WEIGHTS: Readonly<Record<string, number>> = { city: 1, org: 1, country: 0.5, region: 0.25, continent: 0.25 };
/** Weight of a listed name whose entity kind is not in ENTITY_WEIGHTS. */
export const OTHER_ENTITY_WEIGHT = 0.5;
/** Weight from which a shared name or number is a specific anchor (a person, a city, an organisation, a number ≥ SMALL_NUMBER). */
export const SPECIFIC_WEIGHT = 1;
/**
 * A report on the same event shares, beside a score of SAME_EVENT_SCORE, an event date, or a
 * person's name, or at least this many specific anchors: generic places alone never make it.
 */
export const SAME_EVENT_MIN_SPECIFIC = 3;
/** Weight of a number found on both sides; numbers below SMALL_NUMBER weigh SMALL_NUMBER_WEIGHT. */
export const NUMBER_WEIGHT = 1.5;
export const SMALL_NUMBER = 10;
export const SMALL_NUMBER_WEIGHT = 0.5;
/** Weight of the lexical evidence: the mean similarity of the sentence pairs found, per sentence of the shorter report. */
export const LEXICAL_WEIGHT = 12;
/** Smallest score of a report on the same event. */
export const SAME_EVENT_SCORE = 4;
/**
 * A translation pairs at least this share of the sentences of each side (comparable mode
 * pairs about 60% of a FLORES translation's sentences: it keeps only the surest pairs).
 */
export const TRANSLATION_COVERAGE = 0.4;
/** A translation's sentence pairs follow each other in this share of cases at least. */
export const TRANSLATION_ORDER = 0.9;
/** Fewest sentence pairs to judge a translation by. */
export const TRANSLATION_MIN_PAIRS = 3;
/** A translation's sentence counts differ by at most this factor (smaller over larger). */
export const TRANSLATION_COUNT_RATIO = 0.6;
/** A translation's length ratio (Arabic characters per French character) lies in this range. */
export const TRANSLATION_LENGTH_RATIO: readonly [number, number] = [0.55, 1.3];
/**
 * Most sentences of each report the sentence pairs are looked for in (comparable mode scores
 * every pair): a long report is judged on its beginning, where a translation is as plain
 * as anywhere and the scoring stays within comparable mode's limit.
 */
export const MAX_PAIRED_SENTENCES = 400;
/** Most distinct Arabic × Latin name spellings compared with the name matcher (beyond, only known entities and equal keys are shared). */
export const MAX_NAME_COMPARISONS = 40_000;
/** Sentence kinds that count: the text of the report, not its page furniture (boilerplate, metadata, foreign-language lines). */
export const COUNTED_KINDS: ReadonlySet<LineKind> = new Set(['title', 'body', 'caption']);

/** A sentence of a report as pairing needs it (`ingestDocument` gives more). */
export interface PairingSentence {
  text: string;
  kind: LineKind;
}

/**
 * A report as pairing needs it: its language, publication date and sentences. An ingested
 * document with an id is one: `{ id, ...ingestDocument(bytes) }`.
 */
export interface PairingDocument {
  id: string;
  lang: Lang;
  /** Publication date from the metadata, `YYYY-MM-DD`. */
  date?: string | null;
  sentences: PairingSentence[];
}

/** Builds the sentence similarity of two reports from their sentence texts. */
export type ScorerFactory = (src: readonly string[], tgt: readonly string[], srcLang: Lang, tgtLang: Lang) => SentenceScorer;

/** One anchor found in both reports, with its texts on each side. */
export interface SharedAnchor {
  kind: 'date' | 'name' | 'number';
  /** Normalised value: `2025-11-25`, `--11-27`, `93`, the Arabic name's key or entity. */
  value: string;
  /** How it is written in the Arabic (source) report, each distinct text once. */
  src: string[];
  /** How it is written in the French (target) report. */
  tgt: string[];
  weight: number;
  /** For dates: `event` when found in both texts, `publication` when a metadata date is involved. */
  role?: 'event' | 'publication';
  /** For names: the matcher's explanation. */
  explanation?: string;
}

/** How two reports relate. */
export type Relation = 'translation' | 'same-event' | 'unrelated';

/** The evidence of one pairing. */
export interface PairingEvidence {
  dates: SharedAnchor[];
  names: SharedAnchor[];
  numbers: SharedAnchor[];
  /** Mean similarity of the sentence pairs found, over the sentences of the shorter report (0..1). */
  lexical: number;
  /** Share of the source's and of the target's sentences with a counterpart. */
  coverage: { src: number; tgt: number };
  /** Sentence counts, smaller over larger (0..1). */
  sentenceRatio: number;
  /** Source characters per target character. */
  lengthRatio: number;
  /** Share of the sentence pairs (by source order) whose target follows the previous one's: 1 for a translation, about ½ for a retelling. */
  order: number;
  /** The sentence pairs found (comparable mode), source and target sentence numbers among the counted sentences. */
  beads: ComparableBead[];
}

/** One French report scored against the Arabic one. */
export interface DocumentPairing {
  id: string;
  score: number;
  relation: Relation;
  evidence: PairingEvidence;
}

/** Options of `pairDocuments`. */
export interface PairingOptions {
  /** The sentence similarity; default the aligner's (`alignerScorer`, shipped lexicon). */
  scorer?: ScorerFactory;
}

/** The anchors of a report, grouped. */
interface DocumentAnchors {
  dates: DateAnchor[];
  names: NameAnchor[];
  numbers: NumberAnchor[];
}

/** The sentences of a report that count (title, body, caption). */
export function countedSentences(doc: PairingDocument): string[] {
  return doc.sentences.filter((s) => COUNTED_KINDS.has(s.kind)).map((s) => s.text);
}

function documentAnchors(doc: PairingDocument, sentences: readonly string[]): DocumentAnchors {
  const all: Anchor[] = sentences.flatMap((text) => extractAnchors(text, doc.lang, { documentDate: doc.date ?? undefined }));
  return {
    dates: all.filter((a): a is DateAnchor => a.kind === 'date'),
    names: all.filter((a): a is NameAnchor => a.kind === 'name'),
    numbers: all.filter((a): a is NumberAnchor => a.kind === 'number'),
  };
}

/** Month and day of a date string `YYYY-MM-DD` or `--MM-DD`, with its year when known. */
function dateParts(value: string): { year?: number; month: number; day: number } | undefined {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return { year: match[1] === '-' ? undefined : Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whether two day-precise dates can be the same day (equal month and day; equal years when both are known). */
function sameDay(a: string, b: string): boolean {
  const x = dateParts(a);
  const y = dateParts(b);
  if (!x || !y) return false;
  return x.month === y.month && x.day === y.day && (x.year === undefined || y.year === undefined || x.year === y.year);
}

function distinct(texts: string[]): string[] {
  return [...new Set(texts)];
}

function sharedDates(src: PairingDocument, tgt: PairingDocument, a: DocumentAnchors, b: DocumentAnchors): SharedAnchor[] {
  const shared: SharedAnchor[] = [];
  const srcDays = distinct(a.dates.filter((d) => d.day !== undefined).map((d) => d.value));
  const tgtDays = distinct(b.dates.filter((d) => d.day !== undefined).map((d) => d.value));
  for (const value of srcDays) {
    const matches = tgtDays.filter((other) => sameDay(value, other));
    if (matches.length === 0) continue;
    shared.push({
      kind: 'date',
      value,
      src: distinct(a.dates.filter((d) => d.value === value).map((d) => d.text)),
      tgt: distinct(b.dates.filter((d) => matches.includes(d.value)).map((d) => d.text)),
      weight: EVENT_DATE_WEIGHT,
      role: 'event',
    });
  }
  const isShared = (value: string): boolean => shared.some((s) => sameDay(s.value, value));
  const publication = (value: string, src: string[], tgt: string[]): SharedAnchor => ({
    kind: 'date',
    value,
    src,
    tgt,
    weight: PUBLICATION_DATE_WEIGHT,
    role: 'publication',
  });
  const textsOn = (anchors: DateAnchor[], value: string): string[] => distinct(anchors.filter((d) => sameDay(d.value, value)).map((d) => d.text));
  // A publication date equal to the other report's publication date or to a date in its text.
  if (src.date && tgt.date && sameDay(src.date, tgt.date)) {
    if (!isShared(src.date)) shared.push(publication(src.date, [src.date], [tgt.date]));
  } else {
    if (src.date && !isShared(src.date) && tgtDays.some((d) => sameDay(d, src.date as string))) {
      shared.push(publication(src.date, [src.date], textsOn(b.dates, src.date)));
    }
    if (tgt.date && !isShared(tgt.date) && srcDays.some((d) => sameDay(d, tgt.date as string))) {
      shared.push(publication(tgt.date, textsOn(a.dates, tgt.date), [tgt.date]));
    }
  }
  return shared;
}

function sharedNames(a: DocumentAnchors, b: DocumentAnchors): SharedAnchor[] {
  // Each spelling once per side (a name recurs throughout a report), each pair judged once.
  const once = (names: NameAnchor[]): NameAnchor[] => [...new Map(names.map((name) => [name.text, name])).values()];
  const arabic = once(a.names);
  const latin = once(b.names);
  const compare = arabic.length * latin.length <= MAX_NAME_COMPARISONS;
  const byKey = new Map<string, SharedAnchor>();
  for (const ar of arabic) {
    for (const fr of latin) {
      let explanation: string | undefined;
      if (ar.entity !== undefined && ar.entity === fr.entity) explanation = `both name ${ar.entity}`;
      else if (ar.value === fr.value) explanation = 'same key';
      else {
        if (!compare) continue;
        const match = matchName(ar.text, fr.text);
        if (match.verdict === 'different') continue;
        explanation = match.explanation;
      }
      const key = ar.entity ?? ar.value;
      const entry = byKey.get(key) ?? { kind: 'name' as const, value: key, src: [], tgt: [], weight: nameWeight(ar.entity), explanation };
      if (!entry.src.includes(ar.text)) entry.src.push(ar.text);
      if (!entry.tgt.includes(fr.text)) entry.tgt.push(fr.text);
      byKey.set(key, entry);
    }
  }
  return mergeShortNames([...byKey.values()]);
}

/** Weight of a shared name: NAME_WEIGHT for a person (no entity), less for a listed place or organisation, by its kind. */
export function nameWeight(entity: string | undefined): number {
  if (entity === undefined) return NAME_WEIGHT;
  return ENTITY_WEIGHTS[entity.split(':')[0]] ?? OTHER_ENTITY_WEIGHT;
}

/** Words of a name key (Arabic article and clitics left as they are). */
function nameWords(key: string): string[] {
  return key.split(/\s+/).filter((w) => w !== '');
}

/**
 * Folds a shared name whose words all belong to a longer shared name (حموشي into
 * عبد اللطيف حموشي) into that one, so that one person counts once.
 */
function mergeShortNames(names: SharedAnchor[]): SharedAnchor[] {
  const longestFirst = [...names].sort((a, b) => nameWords(b.value).length - nameWords(a.value).length);
  const kept: SharedAnchor[] = [];
  for (const name of longestFirst) {
    const words = nameWords(name.value);
    const into = kept.find((k) => k.value.includes(':') === name.value.includes(':') && words.every((w) => nameWords(k.value).includes(w)));
    if (!into) {
      kept.push(name);
      continue;
    }
    for (const text of name.src) if (!into.src.includes(text)) into.src.push(text);
    for (const text of name.tgt) if (!into.tgt.includes(text)) into.tgt.push(text);
  }
  return names.filter((n) => kept.includes(n));
}

function sharedNumbers(a: DocumentAnchors, b: DocumentAnchors): SharedAnchor[] {
  const shared: SharedAnchor[] = [];
  const values = distinct(a.numbers.map((n) => String(n.value)));
  for (const value of values) {
    const tgt = b.numbers.filter((n) => String(n.value) === value);
    if (tgt.length === 0) continue;
    shared.push({
      kind: 'number',
      value,
      src: distinct(a.numbers.filter((n) => String(n.value) === value).map((n) => n.text)),
      tgt: distinct(tgt.map((n) => n.text)),
      weight: Math.abs(Number(value)) < SMALL_NUMBER ? SMALL_NUMBER_WEIGHT : NUMBER_WEIGHT,
    });
  }
  return shared;
}

function characters(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + t.length, 0);
}

/** Share of consecutive beads (in source order) whose target sentences follow the previous bead's. */
function orderShare(beads: readonly ComparableBead[]): number {
  if (beads.length < 2) return 0;
  let following = 0;
  for (let k = 1; k < beads.length; k++) if (beads[k].tgt[0] > beads[k - 1].tgt[beads[k - 1].tgt.length - 1]) following++;
  return following / (beads.length - 1);
}

function judge(score: number, evidence: PairingEvidence): Relation {
  const [low, high] = TRANSLATION_LENGTH_RATIO;
  if (
    evidence.beads.length >= TRANSLATION_MIN_PAIRS &&
    evidence.order >= TRANSLATION_ORDER &&
    Math.min(evidence.coverage.src, evidence.coverage.tgt) >= TRANSLATION_COVERAGE &&
    evidence.sentenceRatio >= TRANSLATION_COUNT_RATIO &&
    evidence.lengthRatio >= low &&
    evidence.lengthRatio <= high
  ) {
    return 'translation';
  }
  return score >= SAME_EVENT_SCORE && hasSpecificEvidence(evidence) ? 'same-event' : 'unrelated';
}

/** An event date, a person's name, or SAME_EVENT_MIN_SPECIFIC specific names and numbers shared. */
function hasSpecificEvidence(evidence: PairingEvidence): boolean {
  if (evidence.dates.some((d) => d.role === 'event')) return true;
  if (evidence.names.some((n) => n.weight >= NAME_WEIGHT)) return true;
  const specific = [...evidence.names, ...evidence.numbers].filter((a) => a.weight >= SPECIFIC_WEIGHT);
  return specific.length >= SAME_EVENT_MIN_SPECIFIC;
}

/** Scores one target report against the source report. */
export function pairDocument(src: PairingDocument, tgt: PairingDocument, options: PairingOptions = {}): DocumentPairing {
  const srcSentences = countedSentences(src);
  const tgtSentences = countedSentences(tgt);
  const a = documentAnchors(src, srcSentences);
  const b = documentAnchors(tgt, tgtSentences);
  const dates = sharedDates(src, tgt, a, b);
  const names = sharedNames(a, b);
  const numbers = sharedNumbers(a, b);

  // Sentence pairs among the first MAX_PAIRED_SENTENCES of each side; the shares below are of those.
  const srcPaired = srcSentences.slice(0, MAX_PAIRED_SENTENCES);
  const tgtPaired = tgtSentences.slice(0, MAX_PAIRED_SENTENCES);
  const scorer = options.scorer
    ? options.scorer(srcPaired, tgtPaired, src.lang, tgt.lang)
    : alignerScorer(srcPaired, tgtPaired, { srcLang: src.lang, tgtLang: tgt.lang, documentDate: src.date ?? undefined });
  const beads = alignComparable(srcPaired, tgtPaired, scorer);
  const shorter = Math.min(srcPaired.length, tgtPaired.length);
  const lexical = shorter === 0 ? 0 : beads.reduce((sum, bead) => sum + bead.similarity, 0) / shorter;
  const pairedSrc = beads.reduce((sum, bead) => sum + bead.src.length, 0);
  const pairedTgt = beads.reduce((sum, bead) => sum + bead.tgt.length, 0);
  const evidence: PairingEvidence = {
    dates,
    names,
    numbers,
    lexical,
    coverage: { src: srcPaired.length ? pairedSrc / srcPaired.length : 0, tgt: tgtPaired.length ? pairedTgt / tgtPaired.length : 0 },
    sentenceRatio: shorter / Math.max(1, srcSentences.length, tgtSentences.length),
    lengthRatio: characters(srcSentences) / Math.max(1, characters(tgtSentences)),
    order: orderShare(beads),
    beads,
  };
  const anchors = [...dates, ...names, ...numbers].reduce((sum, s) => sum + s.weight, 0);
  const score = anchors + LEXICAL_WEIGHT * lexical;
  return { id: tgt.id, score, relation: judge(score, evidence), evidence };
}

/**
 * Ranks French reports for an Arabic one (or any target reports for a source report): one
 * scored pairing per target, best first, with the shared dates, names and numbers (their
 * texts on both sides), the lexical evidence and the judged relation.
 */
export function pairDocuments(source: PairingDocument, targets: readonly PairingDocument[], options: PairingOptions = {}): DocumentPairing[] {
  return targets.map((tgt) => pairDocument(source, tgt, options)).sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}
