// Value types of the mismatch checks between the two sides of a bead.

/** What disagrees. */
export type FlagKind = 'name' | 'number' | 'date' | 'length' | 'untranslated';

/** How sure the check is that something is wrong. */
export type FlagSeverity = 'info' | 'warning' | 'error';

/** A span of one side's text. */
export interface SideSpan {
  start: number;
  end: number;
  text: string;
}

/** One disagreement between the Arabic and the French side. */
export interface Flag {
  kind: FlagKind;
  severity: FlagSeverity;
  /** One sentence a reviewer reads: what differs and how ("Hmouzi does not render حموشي: ش written as z"). */
  message: string;
  /** Where on the Arabic side, when it is there. */
  arabic?: SideSpan;
  /** Where on the French side, when it is there. */
  french?: SideSpan;
  /** How sure, in [0, 1]. */
  confidence: number;
  /** Kind-specific details (values compared, the matcher's explanation, a suggested spelling). */
  detail?: Record<string, unknown>;
}
