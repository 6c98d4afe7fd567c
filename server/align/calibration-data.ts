// Coefficients of the confidence calibration (intercept, logit of the posterior, skip bead,
// multi-sentence bead), fitted by bench/fit-confidence.ts on held-out
// synthetic Arabic–French documents. Regenerate them when the bead costs change.
export const CALIBRATION: readonly number[] = [0.970, 0.631, 0.193, -0.967];
