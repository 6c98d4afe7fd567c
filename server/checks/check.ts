// Mismatch checks between the two sides of a bead: extracts the anchors of the Arabic and
// the French text and flags the numbers, dates and names that do not agree.
import { extractAnchors } from '../anchors/index';
import { Anchor, DateAnchor, NameAnchor, NumberAnchor } from '../anchors/types';
import { AcceptedSpellings, checkNames } from './names';
import { checkFigures } from './numbers';
import { Flag } from './types';

/** Options of `checkPair`. */
export interface CheckOptions {
  /** The document's date (`YYYY-MM-DD`): dates without a year ("mardi 25 novembre") take its year. */
  documentDate?: string;
  /** Arabic key (`arabicKey`) → accepted Latin spellings, from the review app's names page. */
  acceptedSpellings?: AcceptedSpellings;
}

interface SideAnchors {
  numbers: NumberAnchor[];
  dates: DateAnchor[];
  names: NameAnchor[];
}

function splitAnchors(anchors: Anchor[]): SideAnchors {
  const side: SideAnchors = { numbers: [], dates: [], names: [] };
  for (const anchor of anchors) {
    if (anchor.kind === 'number') side.numbers.push(anchor);
    else if (anchor.kind === 'date') side.dates.push(anchor);
    else side.names.push(anchor);
  }
  return side;
}

/**
 * The flags of a sentence pair: numbers and dates on one side and not the other (or with
 * another value), French names that do not render their Arabic counterpart, and French
 * names with no counterpart. Flags with a French span come first, in French text order.
 */
export function checkPair(arabicText: string, frenchText: string, options: CheckOptions = {}): Flag[] {
  const anchorOptions = { documentDate: options.documentDate };
  const arabic = splitAnchors(extractAnchors(arabicText, 'ar', anchorOptions));
  const french = splitAnchors(extractAnchors(frenchText, 'fr', anchorOptions));
  const figures = checkFigures({ text: arabicText, ...arabic }, { text: frenchText, ...french });
  const names = checkNames({ text: arabicText, names: arabic.names }, { text: frenchText, names: french.names }, options.acceptedSpellings);
  return [...figures, ...names].sort(byPosition);
}

/** Flags with a French span in French text order, then those on the Arabic side alone in Arabic order. */
function byPosition(x: Flag, y: Flag): number {
  const rank = (flag: Flag): number => (flag.french ? 0 : 1);
  const offset = (flag: Flag): number => flag.french?.start ?? flag.arabic?.start ?? 0;
  return rank(x) - rank(y) || offset(x) - offset(y);
}
