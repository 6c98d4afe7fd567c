// Coefficients of the confidence calibration (intercept, logit of the posterior, skip bead,
// multi-sentence bead), fitted by bench/fit-confidence.ts on held-out
// synthetic Arabic–French documents. Regenerate them when the bead costs change.
export const CALIBRATION: readonly number[] = [1.845, 0.742, 0.097, -2.996];
