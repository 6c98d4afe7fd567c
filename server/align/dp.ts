// Dynamic programming over beads inside a band: the cheapest path from (0, 0) to (n, m)
// (Viterbi), and for each of its beads the posterior probability that a path drawn with
// weights exp(−cost / temperature) goes through it (forward–backward), the raw material
// of the bead's confidence.
import { Band } from './band';

/** One step of the best path: a bead of shape a-b ending after I source and J target sentences. */
export interface PathStep {
  a: number;
  b: number;
  /** Sentences consumed after the bead. */
  i: number;
  j: number;
  /** The bead's cost and its posterior probability. */
  cost: number;
  posterior: number;
}

/** Cost of the bead of shape `shapes[s]` ending at DP cell (I, J); Infinity when not allowed. */
export type CostFunction = (I: number, J: number, s: number) => number;

/** The result of `alignInBand`. */
export interface BandResult {
  steps: PathStep[];
  /** The steps (indices into `steps`) ending on the band's edge, where the band may have been too narrow. */
  edgeSteps: number[];
}

/** Scale of costs in the posterior: exp(−cost / temperature). */
export const POSTERIOR_TEMPERATURE = 1;

/**
 * A term this far (in log units) below the largest adds less than half a unit in the last
 * place of the sum, which is at least 1: leaving it out changes no bit of the result.
 */
const NEGLIGIBLE_LOG_TERM = 40;

/** log Σ exp(terms[0..count)), given their maximum `top`. */
function logSumExp(terms: Float64Array, count: number, top: number): number {
  if (count === 0 || top === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const d = terms[k] - top;
    if (d > -NEGLIGIBLE_LOG_TERM) sum += Math.exp(d);
  }
  return top + Math.log(sum);
}

/** Finds the cheapest path through the band and the posteriors of its beads. */
export function alignInBand(band: Band, shapes: readonly (readonly [number, number])[], cost: CostFunction): BandResult {
  const { n, m, lo, hi } = band;
  const rowStart = new Int32Array(n + 2);
  for (let I = 0; I <= n; I++) rowStart[I + 1] = rowStart[I] + (hi[I] - lo[I] + 1);
  const cells = rowStart[n + 1];
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const forward = new Float64Array(cells).fill(-Infinity);
  const cellOf = (I: number, J: number): number => (I < 0 || J < lo[I] || J > hi[I] ? -1 : rowStart[I] + J - lo[I]);
  const t = POSTERIOR_TEMPERATURE;
  const shapeCount = shapes.length;
  const shapeA = Int32Array.from(shapes, ([a]) => a);
  const shapeB = Int32Array.from(shapes, ([, b]) => b);
  // Bead costs computed in the forward pass, kept for the backward pass (NaN: not allowed);
  // only for beads with both sides: a skip's cost is cheap to ask again.
  const stored = Int32Array.from(shapes, ([a, b]) => (a > 0 && b > 0 ? 1 : 0));
  const storedCount = stored.reduce((sum, x) => sum + x, 0);
  const slot = new Int32Array(shapeCount).fill(-1);
  for (let s = 0, k = 0; s < shapeCount; s++) if (stored[s]) slot[s] = k++;
  const costs = new Float32Array(cells * storedCount).fill(NaN);
  best[0] = 0;
  forward[0] = 0;
  // Terms of one cell's log-sum-exp: summed after their maximum is known (one log per cell).
  const terms = new Float64Array(shapeCount);
  for (let I = 0; I <= n; I++) {
    for (let J = lo[I]; J <= hi[I]; J++) {
      const here = rowStart[I] + J - lo[I];
      if (here === 0) continue;
      let bestCost = Infinity;
      let bestShape = -1;
      let count = 0;
      let top = -Infinity;
      for (let s = 0; s < shapeCount; s++) {
        // cellOf(I − a, J − b), inlined: this is the innermost loop.
        const fromI = I - shapeA[s];
        const fromJ = J - shapeB[s];
        if (fromI < 0 || fromJ < lo[fromI] || fromJ > hi[fromI]) continue;
        const from = rowStart[fromI] + fromJ - lo[fromI];
        if (best[from] === Infinity) continue;
        const c = cost(I, J, s);
        if (c === Infinity) continue;
        if (slot[s] >= 0) costs[here * storedCount + slot[s]] = c;
        const candidate = best[from] + c;
        if (candidate < bestCost) {
          bestCost = candidate;
          bestShape = s;
        }
        const term = forward[from] - c / t;
        terms[count++] = term;
        if (term > top) top = term;
      }
      best[here] = bestCost;
      back[here] = bestShape;
      forward[here] = logSumExp(terms, count, top);
    }
  }
  const end = cellOf(n, m);
  if (end < 0 || best[end] === Infinity) throw new Error('alignInBand: no path through the band');

  // The best path first (it needs `best`), then `best`'s memory holds the backward pass.
  const steps: PathStep[] = [];
  const fromCells: number[] = [];
  const edgeFromEnd: number[] = [];
  for (let I = n, J = m; I > 0 || J > 0; ) {
    const here = cellOf(I, J);
    const s = back[here];
    const [a, b] = shapes[s];
    const from = cellOf(I - a, J - b);
    steps.push({ a, b, i: I, j: J, cost: best[here] - best[from], posterior: 0 });
    fromCells.push(from);
    if ((J === lo[I] && lo[I] > 0) || (J === hi[I] && hi[I] < m)) edgeFromEnd.push(steps.length - 1);
    I -= a;
    J -= b;
  }

  // A skip's cost asked again, as the forward pass stored it (Float32; NaN when it was not allowed).
  const forwardCost = (from: number, I: number, J: number, s: number): number => {
    if (forward[from] === -Infinity) return NaN;
    const c = cost(I, J, s);
    return c === Infinity ? NaN : Math.fround(c);
  };
  const backward = best.fill(-Infinity);
  backward[end] = 0;
  for (let I = n; I >= 0; I--) {
    for (let J = hi[I]; J >= lo[I]; J--) {
      const here = rowStart[I] + J - lo[I];
      if (here === end) continue;
      let count = 0;
      let top = -Infinity;
      for (let s = 0; s < shapeCount; s++) {
        const toI = I + shapeA[s];
        const toJ = J + shapeB[s];
        if (toI > n || toJ > m || toJ < lo[toI] || toJ > hi[toI]) continue;
        const to = rowStart[toI] + toJ - lo[toI];
        if (backward[to] === -Infinity) continue;
        const c = slot[s] >= 0 ? costs[to * storedCount + slot[s]] : forwardCost(here, I + shapeA[s], J + shapeB[s], s);
        if (Number.isNaN(c)) continue;
        const term = backward[to] - c / t;
        terms[count++] = term;
        if (term > top) top = term;
      }
      backward[here] = logSumExp(terms, count, top);
    }
  }

  const logZ = forward[end];
  steps.forEach((step, k) => {
    const here = cellOf(step.i, step.j);
    step.posterior = Math.min(1, Math.exp(forward[fromCells[k]] - step.cost / t + backward[here] - logZ));
  });
  steps.reverse();
  return { steps, edgeSteps: edgeFromEnd.map((k) => steps.length - 1 - k).reverse() };
}
