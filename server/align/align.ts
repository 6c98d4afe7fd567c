// Sentence alignment of two documents that translate each other: beads 1-1, 1-0, 0-1, 1-2,
// 2-1, 2-2, 1-3, 3-1 with a calibrated confidence. Dynamic programming in full on short
// documents, inside a band around a guide path on long ones; a second pass learns the
// document pair's own vocabulary from the first pass's surest beads; fixed beads (those a
// reviewer confirmed) are kept exactly and the rest is aligned around them.
import { Lang } from '../text/types';
import { assertValidBeads, Bead, beadPath } from './beads';
import { Band, bandAround, bandAroundCells, bandCells, cropBand, fullBand, guidePath, unionBands } from './band';
import { beadConfidence } from './confidence';
import { blockMatches, indexKeys, QueryRanges } from './blocks';
import { alignInBand, PathStep } from './dp';
import { defaultLexicon, learnDice, Lexicon, mergeLexicons } from './lexicon';
import {
  AlignmentContext,
  beadCostOfShape,
  buildAlignmentContext,
  DEFAULT_WEIGHTS,
  beadEvidence,
  emptyEvidence,
  isArabicFrench,
  PairEvidence,
  PairScorer,
  similarityOf,
  sharedAnchors,
  PreparedSide,
  prepareSide,
  sentenceStems,
  ScoreWeights,
  SHAPES,
  shapeCost,
} from './scoring';

/** Documents with at most this many DP cells are aligned without a band. */
const FULL_DP_CELLS = 250_000;
/** Initial radius of the band around the guide path (sentences); doubled where the path touches its edge. */
const INITIAL_BAND_RADIUS = 3;
/** Beads either side of one on the band's edge that are aligned again in a wider band. */
const REPAIR_MARGIN = 40;
/** Posterior a 1-1 bead of the first pass needs to teach the second pass. */
const LEARN_MIN_POSTERIOR = 0.9;
/** Longest document (source sentences) whose own vocabulary is learned: beyond, the shipped lexicon suffices. */
const LEARN_MAX_SENTENCES = 300;
/**
 * A learned pair must co-occur in this many sure beads with at least this Dice coefficient.
 * Two: a document's own terms and names often recur only two or three times, and a pair
 * seen in two sure beads and hardly anywhere else among them is rarely a coincidence.
 */
const LEARN_MIN_COUNT = 2;
const LEARN_MIN_DICE = 0.8;
/**
 * Match rate (see `matchRateOfBeads`) from which a pair seen in a single sure bead, each of
 * its stems in no other sure bead, is learned too: when the lexicon already covers a pair's
 * translations this well, its sure beads are right, and a rare word of one is most likely
 * translated by a rare word of the other. Below it (a lexicon out of its domain), such
 * pairs are too often wrong and pull unrelated sentences together.
 */
const LEARN_ONCE_MIN_MATCH_RATE = 0.3;
/** Fewest such beads worth learning from. */
const LEARN_MIN_BEADS = 4;
/** Longest document (sentences per side) aligned twice; beyond, the documents' total lengths give the ratio well enough. */
const SECOND_PASS_MAX_SENTENCES = 2000;
/** Fewest beads to estimate the character ratio from. */
const RATIO_MIN_BEADS = 2;
/** Sentence pairs sampled to estimate the chance of a stem match. */
const CHANCE_SAMPLE = 20_000;
/** Posterior and number of first-pass beads the document's match rate is measured on. */
const RATE_MIN_POSTERIOR = 0.8;
const RATE_MIN_BEADS = 3;
/** Share of stems an unrelated sentence matches by chance, and the highest match rate believed
 * (above it, with an in-domain lexicon, half of the real translations would pay too much). */
const UNRELATED_MATCH_RATE = 0.05;
const MAX_MATCH_RATE = 0.45;
/** Multiplier of the per-stem evidence against a bead. */
const UNMATCHED_SCALE = 0.85;
/**
 * Share of the chance matches (the stems an unrelated sentence of this document pair shares)
 * taken off a bead's own pair of sentences; its extra sentences lose them in full. In two
 * reports of one event every sentence shares the event's words: a pair sharing no more
 * than that is no translation. Translations of unrelated sentences (chance near 0) are unaffected.
 */
const CHANCE_DISCOUNT_FIRST = 0.5;
/**
 * How much less a sentence without a counterpart costs in a loose pair (AlignOptions.loose),
 * tuned on synthetic pairs with a quarter of the sentences dropped on each side (strict F1
 * FLORES 0.931 -> 0.946, UNPC 0.902 -> 0.919).
 */
const LOOSE_SKIP_DISCOUNT = 0.7;
/** Source and target sentences of each shape of SHAPES. */
const SHAPE_SRC = Int32Array.from(SHAPES, ([a]) => a);
const SHAPE_TGT = Int32Array.from(SHAPES, ([, b]) => b);
/** Largest bead side: pair evidence is kept this far beyond the band. */
const MAX_BEAD_SIDE = 3;

/** Options of `alignSentences`. */
export interface AlignOptions {
  srcLang?: Lang;
  tgtLang?: Lang;
  /** Beads a reviewer confirmed: kept exactly, the rest is aligned around them. */
  fixed?: Bead[];
  /** `translation` (default): the documents translate each other, in order. */
  mode?: 'translation';
  /** Arabic→French lexicon; default the shipped one; `null` for none (shared tokens only). */
  lexicon?: Lexicon | null;
  /** Weights of the bead cost (e.g. LENGTH_ONLY_WEIGHTS for the Gale–Church baseline). */
  weights?: ScoreWeights;
  /** Starting radius (sentences) of the band long documents are aligned in (default INITIAL_BAND_RADIUS); doubled where the best path runs along its edge. */
  bandRadius?: number;
  /** Learn the pair's own vocabulary from a first pass and realign (default true). */
  learnFromDocument?: boolean;
  /** Coefficients of the confidence calibration (default the fitted ones; bench/fit-confidence.ts). */
  calibration?: readonly number[];
  /** Date of the documents (`YYYY-MM-DD`), for dates written without a year. */
  documentDate?: string;
  /**
   * The documents report the same event without translating each other sentence by
   * sentence (the pairing's `same-event` relation): sentences without a counterpart are
   * expected more often.
   */
  loose?: boolean;
}

/** A bead with its confidence: the calibrated probability that it is right. */
export interface AlignedBead extends Bead {
  confidence: number;
}

/** A bead of one pass with its raw posterior: what the second pass selects on, whatever the calibration. */
interface ScoredBead extends AlignedBead {
  posterior: number;
}

/** The beads as returned: sentences and calibrated confidence. */
function withoutPosteriors(beads: ScoredBead[]): AlignedBead[] {
  return beads.map(({ src, tgt, confidence }) => ({ src, tgt, confidence }));
}

/** A sub-problem: the sentences (global numbers) between two fixed beads. */
interface Span {
  src: number[];
  tgt: number[];
}

/**
 * Aligns the sentences of two documents. Returns beads in order covering every sentence
 * exactly once, each with a confidence in [0, 1]. Throws an InputError when `fixed` beads
 * overlap, come out of order or name sentences that do not exist.
 */
export function alignSentences(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): AlignedBead[] {
  const srcLang = options.srcLang ?? 'other';
  const tgtLang = options.tgtLang ?? 'other';
  const fixed = options.fixed ?? [];
  assertValidBeads(fixed, 'fixed beads', { srcCount: src.length, tgtCount: tgt.length });
  const given = options.weights ?? DEFAULT_WEIGHTS;
  const weights = options.loose ? { ...given, skip: Math.max(0, given.skip - LOOSE_SKIP_DISCOUNT) } : given;
  const lexicon = options.lexicon === null || !isArabicFrench(srcLang, tgtLang) ? null : (options.lexicon ?? defaultLexicon());
  const srcPrepared = prepareSide(src, srcLang, { documentDate: options.documentDate });
  const tgtPrepared = prepareSide(tgt, tgtLang, { documentDate: options.documentDate });
  const spans = spansBetween(fixed, src.length, tgt.length);

  const context = buildAlignmentContext(srcPrepared, tgtPrepared, { srcLang, tgtLang, lexicon });
  const radius = Math.max(1, Math.round(options.bandRadius ?? INITIAL_BAND_RADIUS));
  const found = spans.map((span) => alignSpan(context, span, weights, radius, options.calibration)).flat();
  const secondPass = (options.learnFromDocument ?? true) && weights.match > 0 && Math.max(src.length, tgt.length) <= SECOND_PASS_MAX_SENTENCES;
  if (!secondPass) return mergeWithFixed(withoutPosteriors(found), fixed);
  // Second pass: the character ratio of the surest beads (sentences without a counterpart
  // bias the documents' totals) and, for Arabic–French, the pair's own vocabulary.
  const ratio = ratioOfBeads(srcPrepared, tgtPrepared, found);
  const matchRate = matchRateOfBeads(context, found);
  const minCount = matchRate !== undefined && matchRate >= LEARN_ONCE_MIN_MATCH_RATE ? 1 : LEARN_MIN_COUNT;
  const learned = isArabicFrench(srcLang, tgtLang) && src.length <= LEARN_MAX_SENTENCES ? learnFromBeads(srcPrepared, tgtPrepared, found, minCount) : undefined;
  if (ratio === undefined && learned === undefined && matchRate === undefined) return mergeWithFixed(withoutPosteriors(found), fixed);
  const merged = learned && lexicon ? mergeLexicons(lexicon, learned) : (learned ?? lexicon);
  const second = buildAlignmentContext(srcPrepared, tgtPrepared, { srcLang, tgtLang, lexicon: merged, ratio });
  const adapted = weightsForMatchRate(weights, matchRate);
  return mergeWithFixed(withoutPosteriors(spans.map((span) => alignSpan(second, span, adapted, radius, options.calibration)).flat()), fixed);
}

/**
 * The median lexical similarity of the first pass's sure beads: how much of a
 * sentence the lexicon covers in this document pair's real translations.
 */
function matchRateOfBeads(context: AlignmentContext, beads: ScoredBead[]): number | undefined {
  const scorer = new PairScorer(context);
  const pairEvidence: PairEvidence = { srcMatched: 0, tgtMatched: 0, anchors: 0 };
  const evidence = emptyEvidence();
  const rates: number[] = [];
  for (const bead of beads) {
    if (bead.src.length === 0 || bead.tgt.length === 0 || bead.posterior < RATE_MIN_POSTERIOR) continue;
    rates.push(similarityOf(beadEvidence(context, bead.src, bead.tgt, (i, j) => scorer.pair(i, j, pairEvidence), evidence)));
  }
  if (rates.length < RATE_MIN_BEADS) return undefined;
  rates.sort((x, y) => x - y);
  return rates[Math.floor(rates.length / 2)];
}

/**
 * Weights for a document pair whose real translations share `matchRate` of their stems: a
 * stem without a counterpart costs what it tells against a translation, −log((1 − r) / (1 − c))
 * with c the rate of unrelated sentences, so that when the lexicon covers this pair well a
 * sentence sharing only a few generic words with its neighbour is left alone.
 */
function weightsForMatchRate(weights: ScoreWeights, matchRate: number | undefined): ScoreWeights {
  if (matchRate === undefined || weights.unmatched === 0) return weights;
  const r = Math.min(MAX_MATCH_RATE, matchRate);
  const evidence = UNMATCHED_SCALE * -Math.log((1 - r) / (1 - UNRELATED_MATCH_RATE));
  return evidence > weights.unmatched ? { ...weights, unmatched: evidence } : weights;
}

/** The target/source character ratio of the beads with both sides (the unaligned sentences left out), when there are enough of them. */
function ratioOfBeads(src: PreparedSide, tgt: PreparedSide, beads: ScoredBead[]): number | undefined {
  let srcChars = 0;
  let tgtChars = 0;
  let count = 0;
  for (const bead of beads) {
    if (bead.src.length === 0 || bead.tgt.length === 0) continue;
    for (const i of bead.src) srcChars += src.chars[i];
    for (const j of bead.tgt) tgtChars += tgt.chars[j];
    count++;
  }
  return count >= RATIO_MIN_BEADS && srcChars > 0 && tgtChars > 0 ? tgtChars / srcChars : undefined;
}
/** The stretches between the fixed beads that have both sides; sentences of one-sided fixed beads are left out. */
function spansBetween(fixed: Bead[], n: number, m: number): Span[] {
  const srcTaken = new Set(fixed.flatMap((bead) => bead.src));
  const tgtTaken = new Set(fixed.flatMap((bead) => bead.tgt));
  const cuts = fixed.filter((bead) => bead.src.length > 0 && bead.tgt.length > 0);
  const spans: Span[] = [];
  let srcFrom = 0;
  let tgtFrom = 0;
  const range = (from: number, to: number, taken: Set<number>): number[] => {
    const list: number[] = [];
    for (let k = from; k < to; k++) if (!taken.has(k)) list.push(k);
    return list;
  };
  for (const bead of [...cuts, { src: [n], tgt: [m] }]) {
    spans.push({ src: range(srcFrom, bead.src[0], srcTaken), tgt: range(tgtFrom, bead.tgt[0], tgtTaken) });
    srcFrom = bead.src[bead.src.length - 1] + 1;
    tgtFrom = bead.tgt[bead.tgt.length - 1] + 1;
  }
  return spans;
}

/** Puts the fixed beads back among the aligned ones, in order on both sides. */
function mergeWithFixed(aligned: AlignedBead[], fixed: Bead[]): AlignedBead[] {
  if (fixed.length === 0) return aligned;
  const all: AlignedBead[] = [...aligned, ...fixed.map((bead) => ({ src: [...bead.src], tgt: [...bead.tgt], confidence: bead.confidence ?? 1 }))];
  // Order by position along the path: each bead's first sentence on a side it has, with
  // the other side's position estimated from the last bead seen (a stable insertion).
  const withBoth = all.filter((bead) => bead.src.length > 0 && bead.tgt.length > 0).sort((x, y) => x.src[0] - y.src[0]);
  let result: AlignedBead[] = withBoth;
  for (const bead of all.filter((b) => b.src.length === 0 || b.tgt.length === 0)) {
    const side = bead.src.length > 0 ? 'src' : 'tgt';
    const at = result.findIndex((other) => other[side].length > 0 && other[side][0] > bead[side][0]);
    result = at < 0 ? [...result, bead] : [...result.slice(0, at), bead, ...result.slice(at)];
  }
  return result;
}

/** The share of a sentence's stems matched by chance in an unrelated sentence of the other side, per side. */
interface ChanceRates {
  src: number;
  tgt: number;
}

/** What a stretch realigned in a wider band keeps from the span it belongs to. */
interface Repair {
  /** The span's chance rates, so that every bead costs what it cost in the span. */
  chance: ChanceRates;
  /** The band to align the stretch in. */
  band: Band;
}

/**
 * Aligns one span of the documents: in full when short, else inside a band around a guide
 * path. Where the best path runs along the band's edge, the band may have been too narrow
 * there: the beads within REPAIR_MARGIN steps of it are aligned again between the path's
 * cells on either side, in a band twice as wide around the path found (`repair`).
 */
function alignSpan(context: AlignmentContext, span: Span, weights: ScoreWeights, radius: number, calibration?: readonly number[], repair?: Repair): ScoredBead[] {
  const n = span.src.length;
  const m = span.tgt.length;
  if (n === 0 && m === 0) return [];
  const band = repair
    ? repair.band
    : (n + 1) * (m + 1) <= FULL_DP_CELLS
      ? fullBand(n, m)
      : bandAround(guidePath(restrict(context, span)), m, radius);
  const scorer = new SpanScorer(context, span, band, weights, repair?.chance);
  const result = alignInBand(band, SHAPES, (I, J, s) => scorer.cost(I, J, s));
  if (process.env.MUQABALA_DEBUG) process.stderr.write(`align: ${n} x ${m}, band radius ${radius}, ${bandCells(band)} cells, ${result.edgeSteps.length} beads on its edge\n`);
  const beads = toBeads(result.steps, span, calibration);
  if (result.edgeSteps.length === 0) return beads;
  const windows = edgeWindows(result.edgeSteps, beads.length);
  const repaired: ScoredBead[] = [];
  let next = 0;
  for (const [from, to] of windows) {
    repaired.push(...beads.slice(next, from));
    const stretch = beads.slice(from, to);
    const sub = { src: stretch.flatMap((bead) => bead.src), tgt: stretch.flatMap((bead) => bead.tgt) };
    // The stretch's part of the band, widened to twice the radius around the path found there.
    const first = result.steps[from];
    const wide = bandAroundCells(beadPath(stretch), sub.src.length, sub.tgt.length, radius * 2);
    const within = cropBand(band, first.i - first.a, first.j - first.b, sub.src.length, sub.tgt.length);
    repaired.push(...alignSpan(context, sub, weights, radius * 2, calibration, { chance: scorer.chance, band: unionBands(wide, within) }));
    next = to;
  }
  repaired.push(...beads.slice(next));
  return repaired;
}

/** The stretches [from, to) of beads within REPAIR_MARGIN beads of one on the band's edge, overlapping ones merged. */
function edgeWindows(edgeSteps: number[], count: number): [number, number][] {
  const windows: [number, number][] = [];
  for (const k of edgeSteps) {
    const from = Math.max(0, k - REPAIR_MARGIN);
    const to = Math.min(count, k + REPAIR_MARGIN + 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function toBeads(steps: PathStep[], span: Span, calibration: readonly number[] | undefined): ScoredBead[] {
  return steps.map((step) => {
    const src = span.src.slice(step.i - step.a, step.i);
    const tgt = span.tgt.slice(step.j - step.b, step.j);
    return { src, tgt, confidence: beadConfidence({ posterior: step.posterior, a: step.a, b: step.b }, calibration), posterior: step.posterior };
  });
}

/** A context seen through a span: the features of the span's sentences only (for the guide path). */
function restrict(context: AlignmentContext, span: Span): AlignmentContext {
  if (span.src.length === context.src.chars.length && span.tgt.length === context.tgt.chars.length) return context;
  const pick = (side: AlignmentContext['src'], indices: number[]): AlignmentContext['src'] => {
    const sentenceTokens = new Int32Array(indices.length + 1);
    const sentenceAnchors = new Int32Array(indices.length + 1);
    const tokenStart: number[] = [];
    const tokenWeight: number[] = [];
    const candidates: number[] = [];
    const anchorIds: number[] = [];
    const anchorWeights: number[] = [];
    indices.forEach((s, k) => {
      sentenceTokens[k] = tokenStart.length;
      for (let t = side.sentenceTokens[s]; t < side.sentenceTokens[s + 1]; t++) {
        tokenStart.push(candidates.length);
        tokenWeight.push(side.tokenWeight[t]);
        for (let c = side.tokenStart[t]; c < side.tokenStart[t + 1]; c++) candidates.push(side.candidates[c]);
      }
      sentenceAnchors[k] = anchorIds.length;
      for (let a = side.sentenceAnchors[s]; a < side.sentenceAnchors[s + 1]; a++) {
        anchorIds.push(side.anchorIds[a]);
        anchorWeights.push(side.anchorWeights[a]);
      }
    });
    sentenceTokens[indices.length] = tokenStart.length;
    sentenceAnchors[indices.length] = anchorIds.length;
    tokenStart.push(candidates.length);
    return {
      ...side,
      chars: Float64Array.from(indices, (s) => side.chars[s]),
      sentenceTokens,
      tokenStart: Int32Array.from(tokenStart),
      candidates: Int32Array.from(candidates),
      sentenceAnchors,
      anchorIds: Int32Array.from(anchorIds),
      anchorWeights: Float64Array.from(anchorWeights),
      tokenWeight: Float64Array.from(tokenWeight),
      tokenCount: Float64Array.from(indices, (s) => side.tokenCount[s]),
      anchorTotal: Float64Array.from(indices, (s) => side.anchorTotal[s]),
    };
  };
  return { ...context, src: pick(context.src, span.src), tgt: pick(context.tgt, span.tgt) };
}

/**
 * Bead costs of one span. For every sentence pair a bead inside the band can hold, the
 * matched stems of one sentence against blocks of 1, 2 and 3 sentences of the other side
 * starting there are computed once (a stem matched by two sentences of a block counts
 * once), then summed per bead.
 */
class SpanScorer {
  private readonly pairLo: Int32Array;
  private readonly pairHi: Int32Array;
  private readonly pairStart: Int32Array;
  /** Per pair (i, j) and block size b: stems of source i matched in target j … j+b−1. */
  private readonly srcInTgtBlock: Float32Array;
  /** Per pair (i, j) and block size a: stems of target j matched in source i … i+a−1. */
  private readonly tgtInSrcBlock: Float32Array;
  private readonly anchors: Float32Array;
  private readonly evidence = emptyEvidence();
  /** Per shape of SHAPES: its cost over 1-1 under these weights. */
  private readonly shapeCosts: Float64Array;
  /** Share of a sentence's stems matched by chance in an unrelated sentence of the other side (median over the band, unless given). */
  readonly chance: ChanceRates = { src: 0, tgt: 0 };

  constructor(
    private readonly context: AlignmentContext,
    private readonly span: Span,
    band: Band,
    private readonly weights: ScoreWeights,
    chance?: ChanceRates,
  ) {
    const n = span.src.length;
    const m = span.tgt.length;
    this.shapeCosts = Float64Array.from(SHAPES, ([a, b]) => shapeCost(a, b, weights));
    this.pairLo = new Int32Array(n);
    this.pairHi = new Int32Array(n);
    this.pairStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      this.pairLo[i] = Math.max(0, band.lo[i + 1] - MAX_BEAD_SIDE);
      this.pairHi[i] = Math.min(m - 1, band.hi[Math.min(n, i + MAX_BEAD_SIDE)] - 1);
      this.pairStart[i + 1] = this.pairStart[i] + Math.max(0, this.pairHi[i] - this.pairLo[i] + 1);
    }
    const size = this.pairStart[n];
    this.srcInTgtBlock = new Float32Array(size * MAX_BEAD_SIDE);
    this.tgtInSrcBlock = new Float32Array(size * MAX_BEAD_SIDE);
    this.anchors = new Float32Array(size);
    if (weights.match === 0 && weights.unmatched === 0 && weights.anchorMatch === 0 && weights.anchorMiss === 0) return;
    this.computeEvidence();
    this.chance = chance ?? {
      src: this.chanceRate(this.srcInTgtBlock, (i) => context.src.tokenCount[span.src[i]]),
      tgt: this.chanceRate(this.tgtInSrcBlock, (_, j) => context.tgt.tokenCount[span.tgt[j]]),
    };
  }

  /** The median matched share over (a sample of) the band's sentence pairs, most of which are unrelated. */
  private chanceRate(matched: Float32Array, tokens: (i: number, j: number) => number): number {
    const shares: number[] = [];
    const n = this.span.src.length;
    const step = Math.max(1, Math.floor(this.pairStart[n] / CHANCE_SAMPLE));
    for (let i = 0; i < n; i++) {
      for (let j = this.pairLo[i]; j <= this.pairHi[i]; j += step) {
        const total = tokens(i, j);
        if (total > 0) shares.push(matched[(this.pairStart[i] + j - this.pairLo[i]) * MAX_BEAD_SIDE] / total);
      }
    }
    if (shares.length === 0) return 0;
    shares.sort((x, y) => x - y);
    return shares[Math.floor(shares.length / 2)];
  }

  private computeEvidence(): void {
    const { src, tgt, space } = this.context;
    const span = this.span;
    const n = span.src.length;
    const m = span.tgt.length;
    const pairOf = (i: number, j: number): number => this.pairIndex(i, j);
    // Target sentence j against source blocks starting at i, for the sources whose pairs hold j.
    const columns: QueryRanges = { from: new Int32Array(m), to: new Int32Array(m) };
    for (let j = 0, first = 0, last = -1; j < m; j++) {
      while (first < n && this.pairHi[first] < j) first++;
      while (last + 1 < n && this.pairLo[last + 1] <= j) last++;
      columns.from[j] = first;
      columns.to[j] = last;
    }
    blockMatches(tgt, span.tgt, indexKeys(src, span.src, space), n, columns, MAX_BEAD_SIDE, (j, i) => pairOf(i, j), this.tgtInSrcBlock);
    blockMatches(src, span.src, indexKeys(tgt, span.tgt, space), m, { from: this.pairLo, to: this.pairHi }, MAX_BEAD_SIDE, pairOf, this.srcInTgtBlock);
    for (let i = 0; i < n; i++) {
      for (let j = this.pairLo[i]; j <= this.pairHi[i]; j++) this.anchors[this.pairStart[i] + j - this.pairLo[i]] = sharedAnchors(src, span.src[i], tgt, span.tgt[j]);
    }
  }

  private pairIndex(i: number, j: number): number {
    return j < this.pairLo[i] || j > this.pairHi[i] ? -1 : this.pairStart[i] + j - this.pairLo[i];
  }

  /** Fills the evidence of the bead of shape a-b ending at DP cell (I, J). */
  private fill(I: number, J: number, a: number, b: number): void {
    const { src, tgt } = this.context;
    const e = this.evidence;
    e.srcChars = 0;
    e.tgtChars = 0;
    e.srcTokens = 0;
    e.tgtTokens = 0;
    e.srcMatched = 0;
    e.tgtMatched = 0;
    e.anchorsMatched = 0;
    e.anchorsTotal = 0;
    let tgtAnchors = 0;
    for (let y = J - b; y < J; y++) {
      const j = this.span.tgt[y];
      e.tgtChars += tgt.chars[j];
      e.tgtTokens += tgt.tokenCount[j];
      e.anchorsTotal += tgt.anchorTotal[j];
      tgtAnchors += tgt.anchorTotal[j];
      const k = this.pairIndex(I - a, y);
      if (k >= 0) e.tgtMatched += Math.max(0, this.tgtInSrcBlock[k * MAX_BEAD_SIDE + a - 1] - this.chance.tgt * (a - 1 + CHANCE_DISCOUNT_FIRST) * tgt.tokenCount[j]);
    }
    for (let x = I - a; x < I; x++) {
      const i = this.span.src[x];
      e.srcChars += src.chars[i];
      e.srcTokens += src.tokenCount[i];
      e.anchorsTotal += src.anchorTotal[i];
      const k = this.pairIndex(x, J - b);
      if (k >= 0) e.srcMatched += Math.max(0, this.srcInTgtBlock[k * MAX_BEAD_SIDE + b - 1] - this.chance.src * (b - 1 + CHANCE_DISCOUNT_FIRST) * src.tokenCount[i]);
      // Sentences without anchors share none: most beads skip this loop.
      if (src.anchorTotal[i] === 0 || tgtAnchors === 0) continue;
      for (let y = J - b; y < J; y++) {
        const p = this.pairIndex(x, y);
        if (p >= 0) e.anchorsMatched += this.anchors[p];
      }
    }
    // An anchor of one sentence found in several sentences of the other side counts once.
    e.anchorsMatched = Math.min(e.anchorsMatched, tgtAnchors, e.anchorsTotal - tgtAnchors);
  }

  /** The cost of the bead of shape SHAPES[s] ending at DP cell (I, J). */
  cost(I: number, J: number, s: number): number {
    const a = SHAPE_SRC[s];
    const b = SHAPE_TGT[s];
    if (a === 0 || b === 0) return this.weights.skip * (a + b);
    this.fill(I, J, a, b);
    return beadCostOfShape(this.shapeCosts[s], a, b, this.evidence, this.context.ratio, this.weights);
  }
}

/** A lexicon of the document pair's own words, learned from the surest 1-1 beads of a first pass (pairs seen in at least `minCount` of them). */
function learnFromBeads(src: PreparedSide, tgt: PreparedSide, beads: ScoredBead[], minCount: number): Lexicon | undefined {
  const arabic = src.lang === 'ar' ? src : tgt;
  const french = src.lang === 'ar' ? tgt : src;
  const sure = beads.filter((bead) => bead.src.length === 1 && bead.tgt.length === 1 && bead.posterior >= LEARN_MIN_POSTERIOR);
  if (sure.length < LEARN_MIN_BEADS) return undefined;
  const pairs = sure.map((bead) => {
    const [a, f] = src.lang === 'ar' ? [bead.src[0], bead.tgt[0]] : [bead.tgt[0], bead.src[0]];
    return { ar: sentenceStems(arabic, a), fr: sentenceStems(french, f) };
  });
  return learnDice(pairs, minCount, LEARN_MIN_DICE);
}
