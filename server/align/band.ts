// The search band of the dynamic programme: for each number of source sentences consumed,
// the range of target sentence counts allowed. Full on short documents; on long ones a
// band around a guide path through rare shared keys (anchors, rare stems), so that time and
// memory grow linearly with the number of sentences.
import { indexKeys } from './blocks';
import { AlignmentContext } from './scoring';

/** Per DP row I (0..n source sentences consumed), the allowed target counts J, lo[I] ≤ J ≤ hi[I]. */
export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
}

/** A key occurring more often than this on one side is not rare enough to guide the path. */
const MAX_KEY_OCCURRENCES = 32;
/**
 * Guide points farther than this share of the longer side from the diagonal are ignored,
 * within a floor and a ceiling (sentences): the ceiling keeps a key repeated far apart in a
 * long document from pairing its distant occurrences.
 */
const CORRIDOR_SHARE = 0.12;
const CORRIDOR_FLOOR = 40;
const CORRIDOR_CEILING = 1000;
/**
 * A knot of the chain is dropped when its offset from the diagonal differs by more than
 * OUTLIER_OFFSET sentences from the median offset of the knots within KNOT_WINDOW source
 * sentences of it (when there are at least two): two sentences that share rare keys by
 * chance can still fit the chain's order, and would bend the path away from the alignment.
 */
const KNOT_WINDOW = 30;
const OUTLIER_OFFSET = 5;

/** The band allowing every cell. */
export function fullBand(n: number, m: number): Band {
  return { n, m, lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** The number of cells of a band. */
export function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i <= band.n; i++) cells += band.hi[i] - band.lo[i] + 1;
  return cells;
}

/**
 * The band of Chebyshev radius `radius` around a monotone guide path (`path[I]` is the
 * expected J after I source sentences; path[0] = 0, path[n] = m).
 */
export function bandAround(path: Float64Array, m: number, radius: number): Band {
  const n = path.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(path[Math.max(0, i - radius)]) - radius);
    hi[i] = Math.min(m, Math.ceil(path[Math.min(n, i + radius)]) + radius);
  }
  lo[0] = 0;
  hi[n] = m;
  return { n, m, lo, hi };
}

/**
 * The band of Chebyshev radius `radius` around a path of DP cells (`cells`: (I, J) pairs
 * from (0, 0) to (n, m), each step moving forward on at least one side): every cell within
 * `radius` rows and columns of one of them, and of the rows a step jumps over.
 */
export function bandAroundCells(cells: readonly (readonly [number, number])[], n: number, m: number, radius: number): Band {
  // The path's smallest and largest J in each row; a row a step jumps over spans the step's two ends.
  const rowLo = new Int32Array(n + 1).fill(m);
  const rowHi = new Int32Array(n + 1);
  cells.forEach(([I, J], k) => {
    const [fromI, fromJ] = k > 0 ? cells[k - 1] : cells[0];
    for (let row = fromI + 1; row < I; row++) {
      rowLo[row] = Math.min(rowLo[row], fromJ);
      rowHi[row] = Math.max(rowHi[row], J);
    }
    rowLo[I] = Math.min(rowLo[I], J);
    rowHi[I] = Math.max(rowHi[I], J);
  });
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let I = 0; I <= n; I++) {
    let low = m;
    let high = 0;
    for (let row = Math.max(0, I - radius); row <= Math.min(n, I + radius); row++) {
      low = Math.min(low, rowLo[row]);
      high = Math.max(high, rowHi[row]);
    }
    lo[I] = Math.max(0, low - radius);
    hi[I] = Math.min(m, high + radius);
  }
  return { n, m, lo, hi };
}

/** The part of a band between cells (I0, J0) and (I0 + n, J0 + m), as a band of its own from (0, 0) to (n, m). */
export function cropBand(band: Band, I0: number, J0: number, n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let I = 0; I <= n; I++) {
    lo[I] = Math.min(m, Math.max(0, band.lo[I0 + I] - J0));
    hi[I] = Math.max(0, Math.min(m, band.hi[I0 + I] - J0));
  }
  return { n, m, lo, hi };
}

/** The cells of either of two bands of the same size (each row's range spanning both). */
export function unionBands(a: Band, b: Band): Band {
  return { n: a.n, m: a.m, lo: a.lo.map((lo, I) => Math.min(lo, b.lo[I])), hi: a.hi.map((hi, I) => Math.max(hi, b.hi[I])) };
}

/** One more than the largest anchor id of either side. */
function anchorSpaceSize(context: AlignmentContext): number {
  let size = 0;
  for (const ids of [context.src.anchorIds, context.tgt.anchorIds]) for (let k = 0; k < ids.length; k++) size = Math.max(size, ids[k] + 1);
  return size;
}

/**
 * A guide path through the pairs of sentences that share keys rare on both sides, kept
 * when they form the longest chain increasing on both sides (near the diagonal), joined by
 * straight lines. Without such pairs it is the diagonal.
 */
export function guidePath(context: AlignmentContext): Float64Array {
  const n = context.src.chars.length;
  const m = context.tgt.chars.length;
  const anchorOffset = context.space;
  const size = anchorOffset + anchorSpaceSize(context);
  // Each key's sentences, one more than a rare key can have (enough to tell it is not rare).
  const listed = { anchorOffset, limit: MAX_KEY_OCCURRENCES + 1 };
  const srcKeys = indexKeys(context.src, Array.from({ length: n }, (_, i) => i), size, listed);
  const tgtKeys = indexKeys(context.tgt, Array.from({ length: m }, (_, j) => j), size, listed);
  const corridor = Math.max(CORRIDOR_FLOOR, Math.min(CORRIDOR_CEILING, CORRIDOR_SHARE * Math.max(n, m)));
  const weight = new Map<number, number>();
  for (let key = 0; key < size; key++) {
    const srcCount = srcKeys.start[key + 1] - srcKeys.start[key];
    const tgtCount = tgtKeys.start[key + 1] - tgtKeys.start[key];
    if (srcCount === 0 || srcCount > MAX_KEY_OCCURRENCES || tgtCount === 0 || tgtCount > MAX_KEY_OCCURRENCES) continue;
    for (let x = srcKeys.start[key]; x < srcKeys.start[key] + srcCount; x++) {
      const i = srcKeys.positions[x];
      for (let y = tgtKeys.start[key]; y < tgtKeys.start[key] + tgtCount; y++) {
        const j = tgtKeys.positions[y];
        if (Math.abs(j - (i * m) / Math.max(1, n)) > corridor) continue;
        const cell = i * m + j;
        weight.set(cell, (weight.get(cell) ?? 0) + 1);
      }
    }
  }
  // Pairs sharing two or more rare keys, or the only ones if there are none such.
  let points = [...weight.entries()].filter(([, w]) => w >= 2).map(([cell]) => cell);
  if (points.length < Math.min(n, m) / 20) points = [...weight.keys()];
  const chain = withoutOutlyingKnots(longestIncreasingChain(points.map((cell) => [Math.floor(cell / m), cell % m] as [number, number])), m / Math.max(1, n));
  const path = new Float64Array(n + 1);
  const knots: [number, number][] = [[0, 0], ...chain.map(([i, j]) => [i + 0.5, j + 0.5] as [number, number]), [n, m]];
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < knots.length - 2 && knots[k + 1][0] <= i) k++;
    const [i0, j0] = knots[k];
    const [i1, j1] = knots[k + 1];
    path[i] = i1 === i0 ? j1 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
  }
  path[0] = 0;
  path[n] = m;
  return path;
}

/** The chain without the knots far from the line of their near neighbours (slope: the documents' J per I). */
export function withoutOutlyingKnots(chain: [number, number][], slope: number): [number, number][] {
  const offsets = chain.map(([i, j]) => j - i * slope);
  return chain.filter(([i], k) => {
    const around: number[] = [];
    for (let x = k - 1; x >= 0 && chain[x][0] >= i - KNOT_WINDOW; x--) around.push(offsets[x]);
    for (let x = k + 1; x < chain.length && chain[x][0] <= i + KNOT_WINDOW; x++) around.push(offsets[x]);
    if (around.length < 2) return true;
    around.sort((x, y) => x - y);
    return Math.abs(offsets[k] - around[Math.floor(around.length / 2)]) <= OUTLIER_OFFSET;
  });
}

/** The longest chain of points strictly increasing in both coordinates (patience sorting, O(P log P)). */
export function longestIncreasingChain(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Int32Array(sorted.length).fill(-1);
  sorted.forEach(([, j], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid] < j) low = mid + 1;
      else high = mid;
    }
    tails[low] = j;
    tailIndex[low] = index;
    previous[index] = low > 0 ? tailIndex[low - 1] : -1;
  });
  const chain: [number, number][] = [];
  for (let index = tails.length > 0 ? tailIndex[tails.length - 1] : -1; index >= 0; index = previous[index]) chain.push(sorted[index]);
  return chain.reverse();
}
