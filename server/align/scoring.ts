// Evidence that sentences translate each other, and the cost of a bead. Each sentence is
// read once (length, lexical stems, anchor keys); stems are mapped into one shared space
// (an Arabic stem also stands for its French translations in the lexicon); the evidence
// between two sentences is then a count of matched stems and shared anchors. A bead's
// cost adds length (Gale–Church), its shape, lexical similarity and anchors.
import { Lang } from '../text/types';
import { AnchorKey, ANCHOR_WEIGHTS, AnchorKeyOptions, resolveNames, sentenceAnchorKeys, SentenceAnchorKeys } from './anchor-features';
import { estimateRatio, lengthCost } from './length';
import { ChunkTable, chunkStems, defaultLexicon, Lexicon, lookup } from './lexicon';

/** The weights of a bead's cost; `DEFAULT_WEIGHTS` are tuned on held-out synthetic data. */
export interface ScoreWeights {
  /** Multiplier of the Gale–Church length cost. */
  length: number;
  /** Most the length cost can add: free translations and redundant sentences are not impossible. */
  lengthCap: number;
  /** Reward per stem that has a counterpart on the other side of the bead. */
  match: number;
  /** Cost per stem without a counterpart (long sentences sharing nothing are not translations). */
  unmatched: number;
  /** Cost per sentence of every bead that is not a skip (what the evidence has to pay for). */
  base: number;
  /** Reward per weighted anchor found on both sides. */
  anchorMatch: number;
  /** Cost per weighted anchor found on one side only. */
  anchorMiss: number;
  /** Cost of one sentence left unaligned (1-0 or 0-1). */
  skip: number;
  /** Extra cost of each shape over 1-1, keyed `${src}-${tgt}`. */
  shape: Record<string, number>;
}

/** Bead shapes the aligner proposes, as [source sentences, target sentences]. */
export const SHAPES: readonly (readonly [number, number])[] = [[1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1]];

/** The keys of `ScoreWeights.shape` by [source][target] sentence count (no string built per bead). */
const SHAPE_KEYS: readonly (readonly string[])[] = [0, 1, 2, 3].map((a) => [0, 1, 2, 3].map((b) => `${a}-${b}`));

/** Weights of the full model (lexicon and anchors). */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  length: 1,
  lengthCap: 8,
  match: 1,
  unmatched: 0.1,
  base: 1,
  anchorMatch: 2,
  anchorMiss: 0.3,
  skip: 4.2,
  shape: { '1-1': 0, '1-2': 4, '2-1': 4, '2-2': 14, '1-3': 12, '3-1': 12 },
};

/** Gale & Church's own model: length only, shape priors −log P(1-1 .89, 1-0 .0099, 2-1 .089, 2-2 .011). */
export const LENGTH_ONLY_WEIGHTS: ScoreWeights = {
  length: 1,
  lengthCap: Infinity,
  match: 0,
  unmatched: 0,
  base: 0,
  anchorMatch: 0,
  anchorMiss: 0,
  skip: 4.6,
  shape: { '1-1': 0.12, '1-2': 2.42, '2-1': 2.42, '2-2': 4.5, '1-3': 6.5, '3-1': 6.5 },
};

/** Longest side (sentences) whose anchors come from the full anchors layer (numbers in words, dates, names). */
export const FULL_ANCHORS_MAX_SENTENCES = 2000;
/** Smallest lexicon strength that makes a translation a match. */
const MIN_TRANSLATION_STRENGTH = 0.05;
/** Added to the token totals so that two-word sentences prove less than long ones. */
const SIMILARITY_SMOOTHING = 2;
/** A stem seen in one sentence out of this many or fewer weighs fully. */
const IDF_HORIZON = 20;
/** Starting length of a side's stem-id array (doubled as needed). */
const INITIAL_STEM_CAPACITY = 1024;
/** Prefix of a long word that also counts as a match (near-identical words, other languages). */
const NEAR_IDENTICAL_PREFIX = 5;

/** What is read once from each sentence of one side. */
export interface PreparedSide {
  lang: Lang;
  chars: Float64Array;
  /** The side's distinct stems; a stem's id is its index here. */
  vocabulary: string[];
  /** The stem ids of all sentences, one after the other. */
  stemIds: Int32Array;
  /** Per sentence: its first stem (into stemIds); one more entry for the end. */
  stemStart: Int32Array;
  anchors: SentenceAnchorKeys[];
}

/** The stems of sentence i of a prepared side, as strings. */
export function sentenceStems(side: PreparedSide, i: number): string[] {
  const stems: string[] = [];
  for (let k = side.stemStart[i]; k < side.stemStart[i + 1]; k++) stems.push(side.vocabulary[side.stemIds[k]]);
  return stems;
}

/** Options of `prepareSide`. */
export interface PrepareOptions extends AnchorKeyOptions {}

/**
 * Reads the sentences of one side once: lengths, lexical stems, anchor keys. Sides longer
 * than FULL_ANCHORS_MAX_SENTENCES get only the anchors found without the anchors layer
 * (digits, quotes, question marks, parentheses): its extractors would cost more than the
 * whole alignment, and on long documents the lexicon and digits carry the path.
 */
export function prepareSide(sentences: readonly string[], lang: Lang, options: PrepareOptions = {}): PreparedSide {
  const anchorOptions = { ...options, basicOnly: options.basicOnly ?? sentences.length > FULL_ANCHORS_MAX_SENTENCES };
  const chars = new Float64Array(sentences.length);
  const anchors: SentenceAnchorKeys[] = [];
  // Each distinct chunk of text is keyed and stemmed once; its stems are kept as ids, the
  // ids of all chunks one after the other (chunks are numbered in order of first sight).
  const chunkTable = new ChunkTable();
  const chunkStemStart: number[] = [0];
  const chunkStemIds: number[] = [];
  const idOf = new Map<string, number>();
  const vocabulary: string[] = [];
  const stemStart = new Int32Array(sentences.length + 1);
  let stemIds = new Int32Array(INITIAL_STEM_CAPACITY);
  let count = 0;
  const stemChunk = (chunk: string): void => {
    for (const stem of chunkStems(chunk, lang)) {
      let id = idOf.get(stem);
      if (id === undefined) {
        id = vocabulary.length;
        idOf.set(stem, id);
        vocabulary.push(stem);
      }
      chunkStemIds.push(id);
    }
    chunkStemStart.push(chunkStemIds.length);
  };
  const addChunk = (chunk: number): void => {
    if (chunk === chunkStemStart.length - 1) stemChunk(chunkTable.chunks[chunk]);
    const from = chunkStemStart[chunk];
    const to = chunkStemStart[chunk + 1];
    if (from === to) return;
    if (count + to - from > stemIds.length) {
      const grown = new Int32Array(Math.max(stemIds.length * 2, count + to - from));
      grown.set(stemIds);
      stemIds = grown;
    }
    // A loop: TypedArray.set costs more than the copy for the few ids of a chunk.
    for (let k = from; k < to; k++) stemIds[count++] = chunkStemIds[k];
  };
  sentences.forEach((text, i) => {
    chars[i] = text.length;
    stemStart[i] = count;
    chunkTable.forEachChunk(text, addChunk);
    anchors.push(sentenceAnchorKeys(text, lang, anchorOptions));
  });
  stemStart[sentences.length] = count;
  return { lang, chars, vocabulary, stemIds: stemIds.slice(0, count), stemStart, anchors };
}

/** One side's sentences in the shared spaces, in flat arrays. */
export interface SideFeatures {
  lang: Lang;
  chars: Float64Array;
  /** Per sentence: its first token (into tokenStart); one more entry for the end. */
  sentenceTokens: Int32Array;
  /** Per token: its first candidate key (into candidates); one more entry for the end. */
  tokenStart: Int32Array;
  /** The shared-space keys each token matches (itself, its translations, its prefix). */
  candidates: Int32Array;
  /** Per sentence: its first anchor (into anchorIds); one more entry for the end. */
  sentenceAnchors: Int32Array;
  anchorIds: Int32Array;
  anchorWeights: Float64Array;
  /** Per token: its weight, lower for stems found in many sentences of the document. */
  tokenWeight: Float64Array;
  /** Per sentence: the total weight of its tokens. */
  tokenCount: Float64Array;
  anchorTotal: Float64Array;
}

/** The weight of a stem found in `df` of a side's `n` sentences: 1 when rare, less when common. */
function stemWeight(df: number, n: number): number {
  return n <= 1 ? 1 : Math.min(1, Math.log(1 + n / df) / Math.log(1 + Math.min(n, IDF_HORIZON)));
}

/**
 * Everything the scorer needs about one document pair: both sides' features and the
 * target/source character ratio of this pair. Build it with `buildAlignmentContext`.
 */
export interface AlignmentContext {
  src: SideFeatures;
  tgt: SideFeatures;
  ratio: number;
  /** Size of the shared token space (scratch arrays are this long). */
  space: number;
  /** Whether the lexicon maps between the two languages (Arabic–French). */
  bilingual: boolean;
}

/** Options of `buildAlignmentContext`. */
export interface ContextOptions {
  srcLang: Lang;
  tgtLang: Lang;
  /** Arabic→French translations: default the shipped lexicon (Arabic–French pairs only); `null`: shared tokens only. */
  lexicon?: Lexicon | null;
  /** Target/source character ratio to use instead of the documents' total lengths. */
  ratio?: number;
  documentDate?: string;
}

/** Whether two languages are Arabic and French, either way round. */
export function isArabicFrench(a: Lang, b: Lang): boolean {
  return (a === 'ar' && b === 'fr') || (a === 'fr' && b === 'ar');
}

/** Interns keys as consecutive integers. */
class Space {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

function tokenKeys(stem: string, lang: Lang, lexicon: Lexicon | undefined): string[] {
  const keys = [stem];
  if (stem.length > NEAR_IDENTICAL_PREFIX) keys.push(`~${stem.slice(0, NEAR_IDENTICAL_PREFIX)}`);
  if (lang === 'ar' && lexicon) {
    for (const [french, strength] of lookup(lexicon, stem)) if (strength >= MIN_TRANSLATION_STRENGTH) keys.push(french);
  }
  return keys;
}

/** Per distinct stem of a side (its id in the side's vocabulary): its keys in the shared space, in flat arrays. */
interface StemKeys {
  keyStart: Int32Array;
  keys: Int32Array;
}

/** The keys of each distinct stem of a side: itself, its prefix, its translations. */
function stemKeysOf(prepared: PreparedSide, space: Space, lexicon: Lexicon | undefined): StemKeys {
  const distinct = prepared.vocabulary;
  const keyStart = new Int32Array(distinct.length + 1);
  const keys: number[] = [];
  distinct.forEach((stem, id) => {
    keyStart[id] = keys.length;
    for (const key of tokenKeys(stem, prepared.lang, lexicon)) keys.push(space.id(key));
  });
  keyStart[distinct.length] = keys.length;
  return { keyStart, keys: Int32Array.from(keys) };
}

/** Which keys of the shared space a side's stems carry (every stem of a vocabulary occurs in some sentence). */
function presentKeys(stemKeys: StemKeys, size: number): Uint8Array {
  const present = new Uint8Array(size);
  for (let k = 0; k < stemKeys.keys.length; k++) present[stemKeys.keys[k]] = 1;
  return present;
}

/**
 * The side's sentences in the shared spaces. Its tokens keep only the keys the other side
 * also carries (`present`): the others can never match, and the scorer's inner loops run
 * over every key of every token. Token weights and totals count every stem.
 */
function sideFeatures(prepared: PreparedSide, stemKeys: StemKeys, present: Uint8Array, nameKeys: (readonly AnchorKey[])[], anchorSpace: Space): SideFeatures {
  const n = prepared.chars.length;
  // Each distinct stem once: its document frequency and its keys the other side carries.
  const distinct = prepared.vocabulary;
  const documentFrequency = new Int32Array(distinct.length);
  const lastSentence = new Int32Array(distinct.length).fill(-1);
  const tokens = prepared.stemIds.length;
  const tokenStem = prepared.stemIds;
  const sentenceTokens = prepared.stemStart;
  for (let i = 0; i < n; i++) {
    for (let t = sentenceTokens[i]; t < sentenceTokens[i + 1]; t++) {
      const id = tokenStem[t];
      if (lastSentence[id] !== i) {
        lastSentence[id] = i;
        documentFrequency[id]++;
      }
    }
  }
  const stemWeights = Float64Array.from(documentFrequency, (df) => stemWeight(df, n));
  const keyStart = new Int32Array(distinct.length + 1);
  const keys: number[] = [];
  for (let id = 0; id < distinct.length; id++) {
    keyStart[id] = keys.length;
    for (let x = stemKeys.keyStart[id]; x < stemKeys.keyStart[id + 1]; x++) if (present[stemKeys.keys[x]]) keys.push(stemKeys.keys[x]);
  }
  keyStart[distinct.length] = keys.length;
  let candidateCount = 0;
  for (let k = 0; k < tokens; k++) candidateCount += keyStart[tokenStem[k] + 1] - keyStart[tokenStem[k]];
  const tokenStart = new Int32Array(tokens + 1);
  const candidates = new Int32Array(candidateCount);
  const tokenWeight = new Float64Array(tokens);
  const tokenCount = new Float64Array(n);
  let c = 0;
  for (let i = 0; i < n; i++) {
    for (let k = sentenceTokens[i]; k < sentenceTokens[i + 1]; k++) {
      const id = tokenStem[k];
      tokenStart[k] = c;
      for (let x = keyStart[id]; x < keyStart[id + 1]; x++) candidates[c++] = keys[x];
      tokenWeight[k] = stemWeights[id];
      tokenCount[i] += stemWeights[id];
    }
  }
  tokenStart[tokens] = c;
  const sentenceAnchors = new Int32Array(n + 1);
  const anchorTotal = new Float64Array(n);
  const anchorIds: number[] = [];
  const anchorWeights: number[] = [];
  const addAnchor = (i: number, anchor: AnchorKey): void => {
    const weight = ANCHOR_WEIGHTS[anchor.kind];
    anchorIds.push(anchorSpace.id(anchor.key));
    anchorWeights.push(weight);
    anchorTotal[i] += weight;
  };
  for (let i = 0; i < n; i++) {
    sentenceAnchors[i] = anchorIds.length;
    for (const anchor of prepared.anchors[i].keys) addAnchor(i, anchor);
    for (const anchor of nameKeys[i]) addAnchor(i, anchor);
  }
  sentenceAnchors[n] = anchorIds.length;
  return {
    lang: prepared.lang,
    chars: prepared.chars,
    sentenceTokens,
    tokenStart,
    candidates,
    sentenceAnchors,
    anchorIds: Int32Array.from(anchorIds),
    anchorWeights: Float64Array.from(anchorWeights),
    tokenWeight,
    tokenCount,
    anchorTotal,
  };
}

/**
 * The per-document-pair context: sentences read once (or already prepared with
 * `prepareSide`), stems mapped through the lexicon, names resolved across scripts, and
 * the pair's character ratio. Reuse it for every similarity of the pair.
 */
export function buildAlignmentContext(
  src: readonly string[] | PreparedSide,
  tgt: readonly string[] | PreparedSide,
  options: ContextOptions,
): AlignmentContext {
  const srcPrepared = isPrepared(src) ? src : prepareSide(src, options.srcLang, { documentDate: options.documentDate });
  const tgtPrepared = isPrepared(tgt) ? tgt : prepareSide(tgt, options.tgtLang, { documentDate: options.documentDate });
  const arabicFrench = isArabicFrench(srcPrepared.lang, tgtPrepared.lang);
  const lexicon = !arabicFrench || options.lexicon === null ? undefined : (options.lexicon ?? defaultLexicon());
  const bilingual = lexicon !== undefined;
  const names = resolveNames(srcPrepared.anchors, tgtPrepared.anchors);
  const space = new Space();
  const anchorSpace = new Space();
  const srcKeys = stemKeysOf(srcPrepared, space, lexicon);
  const tgtKeys = stemKeysOf(tgtPrepared, space, lexicon);
  const srcF = sideFeatures(srcPrepared, srcKeys, presentKeys(tgtKeys, space.size), names.src, anchorSpace);
  const tgtF = sideFeatures(tgtPrepared, tgtKeys, presentKeys(srcKeys, space.size), names.tgt, anchorSpace);
  return { src: srcF, tgt: tgtF, ratio: options.ratio ?? estimateRatio(srcF.chars, tgtF.chars), space: space.size, bilingual };
}

function isPrepared(value: readonly string[] | PreparedSide): value is PreparedSide {
  return !Array.isArray(value);
}

/** Evidence between one source and one target sentence. */
export interface PairEvidence {
  /** Source tokens with a counterpart in the target sentence. */
  srcMatched: number;
  /** Target tokens with a counterpart in the source sentence. */
  tgtMatched: number;
  /** Total weight of anchors found in both. */
  anchors: number;
}

/** Computes pair evidence with two scratch arrays of the shared space's size. */
export class PairScorer {
  private readonly marksSrc: Int32Array;
  private readonly marksTgt: Int32Array;
  private stamp = 0;
  private stampedSrc = -1;
  private srcStamp = 0;

  constructor(private readonly context: AlignmentContext) {
    this.marksSrc = new Int32Array(context.space);
    this.marksTgt = new Int32Array(context.space);
  }

  /** Evidence for source sentence i against target sentence j, written into `out`. */
  pair(i: number, j: number, out: PairEvidence): PairEvidence {
    const { src, tgt } = this.context;
    if (this.stampedSrc !== i) {
      this.stampedSrc = i;
      this.srcStamp = ++this.stamp;
      mark(src, i, this.marksSrc, this.srcStamp);
    }
    const tgtStamp = ++this.stamp;
    mark(tgt, j, this.marksTgt, tgtStamp);
    out.srcMatched = countMatched(src, i, this.marksTgt, tgtStamp);
    out.tgtMatched = countMatched(tgt, j, this.marksSrc, this.srcStamp);
    out.anchors = sharedAnchors(src, i, tgt, j);
    return out;
  }
}

export function mark(side: SideFeatures, s: number, marks: Int32Array, value: number): void {
  const from = side.tokenStart[side.sentenceTokens[s]];
  const to = side.tokenStart[side.sentenceTokens[s + 1]];
  for (let k = from; k < to; k++) marks[side.candidates[k]] = value;
}

export function countMatched(side: SideFeatures, s: number, marks: Int32Array, value: number): number {
  let matched = 0;
  for (let t = side.sentenceTokens[s]; t < side.sentenceTokens[s + 1]; t++) {
    for (let k = side.tokenStart[t]; k < side.tokenStart[t + 1]; k++) {
      if (marks[side.candidates[k]] === value) {
        matched += side.tokenWeight[t];
        break;
      }
    }
  }
  return matched;
}

export function sharedAnchors(a: SideFeatures, i: number, b: SideFeatures, j: number): number {
  const bFrom = b.sentenceAnchors[j];
  const bTo = b.sentenceAnchors[j + 1];
  let shared = 0;
  for (let x = a.sentenceAnchors[i]; x < a.sentenceAnchors[i + 1]; x++) {
    for (let y = bFrom; y < bTo; y++) {
      if (a.anchorIds[x] === b.anchorIds[y]) {
        shared += a.anchorWeights[x];
        break;
      }
    }
  }
  return shared;
}

/** Sums of evidence over a bead (source sentences × target sentences). */
export interface BeadEvidence {
  srcChars: number;
  tgtChars: number;
  srcTokens: number;
  tgtTokens: number;
  srcMatched: number;
  tgtMatched: number;
  anchorsMatched: number;
  anchorsTotal: number;
}

/** Lexical similarity of a bead in [0, 1]: the share of both sides' stems matched on the other side. */
export function similarityOf(e: BeadEvidence): number {
  return (e.srcMatched + e.tgtMatched) / (e.srcTokens + e.tgtTokens + SIMILARITY_SMOOTHING);
}

/** The cost of a bead of shape a-b from its evidence (lower is better). */
export function beadCost(a: number, b: number, e: BeadEvidence, ratio: number, w: ScoreWeights): number {
  if (a === 0 || b === 0) return w.skip * (a + b);
  return beadCostOfShape(shapeCost(a, b, w), a, b, e, ratio, w);
}

/** The extra cost of shape a-b over 1-1 (Infinity for a shape the weights do not allow). */
export function shapeCost(a: number, b: number, w: ScoreWeights): number {
  return w.shape[SHAPE_KEYS[a]?.[b] ?? ''] ?? Infinity;
}

/** `beadCost` of a bead with both sides, its shape's cost already looked up (the DP's inner loop). */
export function beadCostOfShape(shape: number, a: number, b: number, e: BeadEvidence, ratio: number, w: ScoreWeights): number {
  let cost = shape;
  cost += Math.min(w.lengthCap, w.length * lengthCost(e.srcChars, e.tgtChars, ratio));
  const matched = e.srcMatched + e.tgtMatched;
  cost += (w.base * (a + b)) / 2 - w.match * matched + w.unmatched * (e.srcTokens + e.tgtTokens - matched);
  if (w.anchorMatch > 0 || w.anchorMiss > 0) {
    const missed = Math.max(0, e.anchorsTotal - 2 * e.anchorsMatched);
    cost += w.anchorMiss * missed - w.anchorMatch * e.anchorsMatched;
  }
  return cost;
}

/** Gathers the evidence of a bead from per-pair evidence (`pair(i, j)` may return undefined outside its range). */
export function beadEvidence(
  context: AlignmentContext,
  srcSentences: readonly number[],
  tgtSentences: readonly number[],
  pair: (i: number, j: number) => PairEvidence | undefined,
  out: BeadEvidence,
): BeadEvidence {
  const { src, tgt } = context;
  out.srcChars = 0;
  out.tgtChars = 0;
  out.srcTokens = 0;
  out.tgtTokens = 0;
  out.srcMatched = 0;
  out.tgtMatched = 0;
  out.anchorsMatched = 0;
  out.anchorsTotal = 0;
  const tgtMatched = tgtSentences.map(() => 0);
  for (const i of srcSentences) {
    out.srcChars += src.chars[i];
    out.srcTokens += src.tokenCount[i];
    out.anchorsTotal += src.anchorTotal[i];
    let matched = 0;
    tgtSentences.forEach((j, k) => {
      const e = pair(i, j);
      if (!e) return;
      matched += e.srcMatched;
      tgtMatched[k] += e.tgtMatched;
      out.anchorsMatched += e.anchors;
    });
    out.srcMatched += Math.min(matched, src.tokenCount[i]);
  }
  tgtSentences.forEach((j, k) => {
    out.tgtChars += tgt.chars[j];
    out.tgtTokens += tgt.tokenCount[j];
    out.anchorsTotal += tgt.anchorTotal[j];
    out.tgtMatched += Math.min(tgtMatched[k], tgt.tokenCount[j]);
  });
  const tgtAnchors = tgtSentences.reduce((sum, j) => sum + tgt.anchorTotal[j], 0);
  out.anchorsMatched = Math.min(out.anchorsMatched, tgtAnchors, out.anchorsTotal - tgtAnchors);
  return out;
}

/** An empty evidence record, to be filled by `beadEvidence`. */
export function emptyEvidence(): BeadEvidence {
  return { srcChars: 0, tgtChars: 0, srcTokens: 0, tgtTokens: 0, srcMatched: 0, tgtMatched: 0, anchorsMatched: 0, anchorsTotal: 0 };
}

/** What `sentenceSimilarity` reports about a group of source sentences against a group of target sentences. */
export interface Similarity {
  /** Share of stems matched on both sides, in [0, 1]. */
  lexical: number;
  /** Weight of anchors found on both sides and on one side only. */
  anchorsMatched: number;
  anchorsMissed: number;
  /** Gale–Church length cost (0 = lengths as expected; about 2 is unusual, 5 very unlikely). */
  lengthCost: number;
  /** One figure in [0, 1] combining the three: how much this looks like a translation. */
  score: number;
}

/** One pair scorer per context: its scratch arrays are as long as the token space, too long to allocate per call. */
const pairScorers = new WeakMap<AlignmentContext, PairScorer>();

function scorerOf(context: AlignmentContext): PairScorer {
  let scorer = pairScorers.get(context);
  if (!scorer) {
    scorer = new PairScorer(context);
    pairScorers.set(context, scorer);
  }
  return scorer;
}

/** Steepness of the combined similarity score against the bead cost. */
const SCORE_SCALE = 3;
/** Bead cost at which the combined score is one half. */
const SCORE_MIDPOINT = 5;

/**
 * How much source sentences `srcSentences` and target sentences `tgtSentences` of a
 * document pair look like translations of each other (sentence numbers into the
 * context's sides; one number or a list). Pure and cheap: reuse one context per pair.
 */
export function sentenceSimilarity(
  context: AlignmentContext,
  srcSentences: number | readonly number[],
  tgtSentences: number | readonly number[],
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): Similarity {
  const s = typeof srcSentences === 'number' ? [srcSentences] : srcSentences;
  const t = typeof tgtSentences === 'number' ? [tgtSentences] : tgtSentences;
  const scorer = scorerOf(context);
  const e = beadEvidence(context, s, t, (i, j) => scorer.pair(i, j, { srcMatched: 0, tgtMatched: 0, anchors: 0 }), emptyEvidence());
  const lexical = similarityOf(e);
  const missed = Math.max(0, e.anchorsTotal - 2 * e.anchorsMatched);
  const length = lengthCost(e.srcChars, e.tgtChars, context.ratio);
  const cost = s.length === 0 || t.length === 0 ? Infinity : beadCost(Math.min(s.length, 1), Math.min(t.length, 1), e, context.ratio, weights);
  return { lexical, anchorsMatched: e.anchorsMatched, anchorsMissed: missed, lengthCost: length, score: 1 / (1 + Math.exp((cost - SCORE_MIDPOINT) / SCORE_SCALE)) };
}
