// Cross-script name matching: does a Latin spelling render an Arabic name? (Placeholder
// contract: exact key equality only; the anchors issue replaces the body, not the signature.)

/** How a Latin spelling relates to an Arabic name. */
export type NameVerdict = 'same' | 'variant' | 'different';

/** The matcher's decision with a score in [0, 1] and a human explanation ("ش written as z"). */
export interface NameMatch {
  verdict: NameVerdict;
  score: number;
  explanation: string;
}

/** Compares an Arabic name with a Latin spelling of it. */
export function matchName(arabic: string, latin: string): NameMatch {
  void arabic;
  void latin;
  return { verdict: 'different', score: 0, explanation: 'the name matcher is not built yet' };
}
