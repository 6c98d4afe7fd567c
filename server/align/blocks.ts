// Matched stems of one sentence in blocks of consecutive sentences of the other side, for
// every sentence pair of a band: the raw lexical evidence of beads 1-1 to 1-3 and 3-1. Each
// token asks an index of the other side's keys which sentences near it hold one of its
// keys, so the work follows the matches, not the pairs times the tokens.
import { SideFeatures } from './scoring';

/** Per key of the shared space: the positions of the sentences holding it, ascending (into `positions`, from `start[key]` to `start[key + 1]`). */
export interface KeyIndex {
  start: Int32Array;
  positions: Int32Array;
}

/** Options of `indexKeys`. */
export interface IndexOptions {
  /** List the sentences' anchors too, anchor id a as key anchorOffset + a. */
  anchorOffset?: number;
  /** Most positions listed per key (default all). */
  limit?: number;
}

/**
 * Where each of `size` keys occurs among `sentences` of `side` (positions 0 … sentences.length − 1):
 * the keys of every token (and the anchors, with `anchorOffset`), each listed once per sentence,
 * in flat arrays counted in a first pass and filled in a second.
 */
export function indexKeys(side: SideFeatures, sentences: readonly number[], size: number, options: IndexOptions = {}): KeyIndex {
  const limit = options.limit ?? Infinity;
  const { anchorOffset } = options;
  const count = new Int32Array(size);
  const last = new Int32Array(size);
  const visit = (record: (key: number, position: number) => void): void => {
    count.fill(0);
    last.fill(-1);
    const add = (key: number, position: number): void => {
      if (last[key] === position || count[key] >= limit) return;
      last[key] = position;
      record(key, position);
      count[key]++;
    };
    sentences.forEach((s, position) => {
      for (let k = side.tokenStart[side.sentenceTokens[s]]; k < side.tokenStart[side.sentenceTokens[s + 1]]; k++) add(side.candidates[k], position);
      if (anchorOffset !== undefined) for (let a = side.sentenceAnchors[s]; a < side.sentenceAnchors[s + 1]; a++) add(anchorOffset + side.anchorIds[a], position);
    });
  };
  visit(() => undefined);
  const start = new Int32Array(size + 1);
  for (let key = 0; key < size; key++) start[key + 1] = start[key] + count[key];
  const positions = new Int32Array(start[size]);
  visit((key, position) => (positions[start[key] + count[key]] = position));
  return { start, positions };
}

/** The sentence pairs to fill: per query sentence q, the other side's positions `from[q]` … `to[q]` (nondecreasing in q). */
export interface QueryRanges {
  from: Int32Array;
  to: Int32Array;
}

/**
 * For each sentence `sentences[q]` of `side` and each position p of its range, the weight
 * of its tokens with a key in the other side's sentences p … p + size − 1, for size 1 to
 * `maxSide` (a token matched in two sentences of a block counts once), written to
 * out[pairIndex(q, p) * maxSide + size − 1]; pairs whose index is negative are skipped.
 * `other` indexes the other side's `otherCount` sentences. Weights are summed in token order.
 */
export function blockMatches(
  side: SideFeatures,
  sentences: readonly number[],
  other: KeyIndex,
  otherCount: number,
  ranges: QueryRanges,
  maxSide: number,
  pairIndex: (q: number, p: number) => number,
  out: Float32Array,
): void {
  const cursor = other.start.slice(0, other.start.length - 1);
  const { from, to } = ranges;
  let width = 0;
  for (let q = 0; q < sentences.length; q++) width = Math.max(width, to[q] - from[q] + 1);
  // Per position of the range: the nearest block offset holding the token (maxSide: none),
  // and the weights matched per block size.
  const nearest = new Int32Array(width).fill(maxSide);
  const touched = new Int32Array(width);
  const sums = new Float64Array(width * maxSide);
  for (let q = 0; q < sentences.length; q++) {
    const lo = from[q];
    const hi = to[q];
    if (hi < lo) continue;
    const last = Math.min(otherCount - 1, hi + maxSide - 1);
    const s = sentences[q];
    for (let t = side.sentenceTokens[s]; t < side.sentenceTokens[s + 1]; t++) {
      let touchedCount = 0;
      for (let k = side.tokenStart[t]; k < side.tokenStart[t + 1]; k++) {
        const key = side.candidates[k];
        const end = other.start[key + 1];
        let x = cursor[key];
        while (x < end && other.positions[x] < lo) x++;
        cursor[key] = x;
        for (; x < end && other.positions[x] <= last; x++) {
          const held = other.positions[x];
          for (let offset = 0; offset < maxSide; offset++) {
            const p = held - offset;
            if (p < lo) break;
            if (p > hi) continue;
            const at = p - lo;
            if (nearest[at] === maxSide) touched[touchedCount++] = at;
            if (offset < nearest[at]) nearest[at] = offset;
          }
        }
      }
      const weight = side.tokenWeight[t];
      for (let u = 0; u < touchedCount; u++) {
        const at = touched[u];
        for (let size = nearest[at]; size < maxSide; size++) sums[at * maxSide + size] += weight;
        nearest[at] = maxSide;
      }
    }
    for (let at = 0; at <= hi - lo; at++) {
      const pair = pairIndex(q, lo + at);
      for (let size = 0; size < maxSide; size++) {
        if (pair >= 0) out[pair * maxSide + size] = sums[at * maxSide + size];
        sums[at * maxSide + size] = 0;
      }
    }
  }
}
