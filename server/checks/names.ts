// Names that do not agree between the Arabic and the French side of a bead. Each French
// name is looked for on the Arabic side: a translated place or organisation through its
// entity key ("Allemagne" and "ألمانيا" share `country:DE`), any other name through the
// cross-script matcher. A spelling the reviewers accepted for that Arabic name passes; a
// counterpart that is close but not rendered right is flagged with the matcher's
// explanation ("Hmouzi does not render حموشي (usually Hammouchi?): ش written as z"); a
// name with no counterpart at all is reported at a lower severity (it may be translated).
import { matchName, NameMatch } from '../anchors/name-match';
import { NameAnchor } from '../anchors/types';
import { arabicKey, latinKey } from '../text/normalize';
import { Flag, SideSpan } from './types';

/** A counterpart scoring at least this much, yet judged different, is a likely misspelling. */
const CLOSE_SCORE = 0.5;
/** Confidence of a flag for a name with no counterpart (often a translated name). */
const MISSING_CONFIDENCE = 0.3;

/** Accepted Latin spellings by Arabic key (`arabicKey` of the Arabic name), from the names page. */
export type AcceptedSpellings = ReadonlyMap<string, readonly string[]>;

/** One side's text with its name candidates. */
export interface NameSide {
  text: string;
  names: NameAnchor[];
}

/** The best Arabic counterpart of a French name and how the matcher judged it. */
interface Counterpart {
  anchor: NameAnchor;
  match: NameMatch;
}

const VERDICT_RANK: Record<NameMatch['verdict'], number> = { same: 2, variant: 1, different: 0 };

function span(anchor: NameAnchor): SideSpan {
  return { start: anchor.start, end: anchor.end, text: anchor.text };
}

/** The accepted spellings of an Arabic name, as Latin keys. */
function acceptedKeys(accepted: AcceptedSpellings | undefined, arabic: string): string[] {
  return (accepted?.get(arabicKey(arabic)) ?? []).map(latinKey);
}

/** The Arabic name that the matcher finds closest to a Latin one (best verdict, then score). */
function bestCounterpart(latin: NameAnchor, arabicNames: NameAnchor[]): Counterpart | undefined {
  let best: Counterpart | undefined;
  for (const anchor of arabicNames) {
    if (anchor.entity) continue;
    const match = matchName(anchor.text, latin.text);
    if (!best || VERDICT_RANK[match.verdict] > VERDICT_RANK[best.match.verdict] || (match.verdict === best.match.verdict && match.score > best.match.score)) {
      best = { anchor, match };
    }
  }
  return best;
}

function misspellingFlag(latin: NameAnchor, counterpart: Counterpart, accepted: AcceptedSpellings | undefined): Flag {
  const usual = accepted?.get(arabicKey(counterpart.anchor.text))?.[0];
  const hint = usual ? ` (usually ${usual}?)` : '';
  return {
    kind: 'name',
    severity: 'warning',
    message: `${latin.text} does not render ${counterpart.anchor.text}${hint}: ${counterpart.match.explanation}`,
    arabic: span(counterpart.anchor),
    french: span(latin),
    confidence: counterpart.match.score,
    detail: { explanation: counterpart.match.explanation, score: counterpart.match.score, ...(usual ? { suggestion: usual } : {}) },
  };
}

function missingFlag(latin: NameAnchor): Flag {
  return {
    kind: 'name',
    severity: 'info',
    message: `${latin.text} in the French has no counterpart in the Arabic`,
    french: span(latin),
    confidence: MISSING_CONFIDENCE,
  };
}

/** Flags the French names that the Arabic side does not render, or does not have. */
export function checkNames(arabic: NameSide, french: NameSide, accepted?: AcceptedSpellings): Flag[] {
  const flags: Flag[] = [];
  const arabicEntities = new Set(arabic.names.map((n) => n.entity).filter((e): e is string => e !== undefined));
  for (const latin of french.names) {
    if (latin.entity && arabicEntities.has(latin.entity)) continue;
    const latinSpelling = latinKey(latin.text);
    if (arabic.names.some((a) => acceptedKeys(accepted, a.text).includes(latinSpelling))) continue;
    const counterpart = bestCounterpart(latin, arabic.names);
    if (counterpart && counterpart.match.verdict !== 'different') continue;
    if (counterpart && counterpart.match.score >= CLOSE_SCORE) flags.push(misspellingFlag(latin, counterpart, accepted));
    else flags.push(missingFlag(latin));
  }
  return flags;
}
