// A bead's confidence: the probability that it is right, from the posterior of the
// dynamic programme and what the bead itself shows, through a logistic calibration fitted
// on held-out synthetic documents (bench/fit-confidence.ts prints the coefficients).
import { CALIBRATION } from './calibration-data';

/** What the calibration reads about a bead. */
export interface ConfidenceFeatures {
  /** Posterior probability of the bead under the aligner's model, in [0, 1]. */
  posterior: number;
  /** Source and target sentence counts. */
  a: number;
  b: number;
}

/** Keeps a probability away from 0 and 1 before taking its logit. */
const LOGIT_EPSILON = 1e-6;

/** The feature vector of the calibration, in the order of its coefficients. */
export function confidenceVector(f: ConfidenceFeatures): number[] {
  const p = Math.min(1 - LOGIT_EPSILON, Math.max(LOGIT_EPSILON, f.posterior));
  const skip = f.a === 0 || f.b === 0 ? 1 : 0;
  const multi = f.a + f.b > 2 ? 1 : 0;
  return [1, Math.log(p / (1 - p)), skip, multi];
}

/** The calibrated probability that a bead is right, in [0, 1]. */
export function beadConfidence(f: ConfidenceFeatures, coefficients: readonly number[] = CALIBRATION): number {
  const x = confidenceVector(f);
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (coefficients[k] ?? 0) * x[k];
  return 1 / (1 + Math.exp(-z));
}
