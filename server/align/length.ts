// Gale–Church length model: how likely two stretches of text are translations given only
// their lengths in characters, with the target/source character ratio estimated per
// document pair.

/** Variance of target length per source character (Gale & Church 1993 measured 6.8 for English–French/German). */
export const LENGTH_VARIANCE = 6.8;
/** Lengths below this count as this (very short sentences are compared more loosely). */
const MIN_LENGTH = 8;
/** Bounds of a plausible character ratio, whatever the documents say. */
const MIN_RATIO = 0.4;
const MAX_RATIO = 2.5;

/** The target/source character ratio of a document pair (total lengths, clamped). */
export function estimateRatio(srcLengths: ArrayLike<number>, tgtLengths: ArrayLike<number>): number {
  let src = 0;
  let tgt = 0;
  for (let i = 0; i < srcLengths.length; i++) src += srcLengths[i];
  for (let i = 0; i < tgtLengths.length; i++) tgt += tgtLengths[i];
  if (src === 0 || tgt === 0) return 1;
  return Math.min(MAX_RATIO, Math.max(MIN_RATIO, tgt / src));
}

/** −log of the two-sided normal tail 2·(1 − Φ(|z|)), computed stably for large z. */
function negLogTwoSidedTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  // erfc(x) = t·exp(−x² + poly(t)) (Numerical Recipes' erfcc, relative error < 1.2e-7).
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886187 +
      t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return x * x - poly - Math.log(t);
}

/**
 * The Gale–Church length cost of pairing `srcChars` with `tgtChars` characters: −log of
 * the probability of a length difference at least this large, given the ratio.
 */
export function lengthCost(srcChars: number, tgtChars: number, ratio: number, variance = LENGTH_VARIANCE): number {
  const s = Math.max(srcChars, MIN_LENGTH);
  const t = Math.max(tgtChars, MIN_LENGTH);
  const mean = (s + t / ratio) / 2;
  const z = (t - s * ratio) / Math.sqrt(variance * mean * ratio);
  return negLogTwoSidedTail(z);
}
