// Names that do not agree between the Arabic and the French side of a bead. Each French
// name is looked for on the Arabic side: a translated place or organisation through its
// entity key ("Allemagne" and "ألمانيا" share `country:DE`), any name through the
// cross-script matcher. A spelling the reviewers accepted for that Arabic name passes; a
// counterpart that is close but not rendered right is flagged with the matcher's
// explanation ("Hmouzi does not render حموشي (usually Hammouchi?): ش written as z"); a
// name with no counterpart at all is a low-confidence note (it may be translated).
// Likenesses that are more often chance than error are not flagged (misspelling.ts).
import { ArabicCounterpart, findArabicCounterpart } from '../anchors/names';
import { NameAnchor } from '../anchors/types';
import { arabicKey, latinKey } from '../text/normalize';
import { looksMisspelled } from './misspelling';
import { Flag, SideSpan } from './types';

/**
 * A counterpart the matcher judges different yet aligns at no more than this cost may be
 * a misspelling: one main consonant wrong (cost 1) and little else.
 */
const MAX_MISSPELLING_COST = 1.35;
/** Confidence of a misspelling flag: this plus the matcher's score, at most MAX_CONFIDENCE. */
const MISSPELLING_BASE_CONFIDENCE = 0.5;
const MAX_CONFIDENCE = 0.9;
/** Confidence of a note about a name with no counterpart (often a translated name). */
const MISSING_CONFIDENCE = 0.3;

/** Accepted Latin spellings by Arabic key (`arabicKey` of the Arabic name), from the names page. */
export type AcceptedSpellings = ReadonlyMap<string, readonly string[]>;

/** One side's text with its name candidates. */
export interface NameSide {
  text: string;
  names: NameAnchor[];
}

function span(anchor: SideSpan): SideSpan {
  return { start: anchor.start, end: anchor.end, text: anchor.text };
}

function isAccepted(accepted: AcceptedSpellings | undefined, arabic: string, latin: string): boolean {
  const spellings = accepted?.get(arabicKey(arabic)) ?? [];
  return spellings.some((spelling) => latinKey(spelling) === latinKey(latin));
}

function misspellingFlag(latin: NameAnchor, counterpart: ArabicCounterpart, accepted: AcceptedSpellings | undefined): Flag {
  const usual = accepted?.get(arabicKey(counterpart.text))?.[0];
  const hint = usual ? ` (usually ${usual}?)` : '';
  return {
    kind: 'name',
    severity: 'warning',
    message: `${latin.text} does not render ${counterpart.text}${hint}: ${counterpart.match.explanation}`,
    arabic: span(counterpart),
    french: span(latin),
    confidence: Math.round(100 * Math.min(MAX_CONFIDENCE, MISSPELLING_BASE_CONFIDENCE + counterpart.match.score)) / 100,
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

/** A single capitalised word at the start of the text: as often a common word as a name. */
function startsText(latin: NameAnchor, text: string): boolean {
  return !/\s/.test(latin.text.trim()) && /^[\s\d.)\-–—«"“'’(]*$/.test(text.slice(0, latin.start));
}

/** Words of a person's name: two to four, each capitalised (Faisal Shahkar, Ahmed Nasser Al-Raisi). */
const PERSON_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;

/**
 * Is the absence of a counterpart worth a note? For a translated place or organisation
 * whose entity the Arabic lacks, and for what looks like a person's name; a single
 * capitalised word is too often a common noun (Mission, Groupe) or a name the Arabic
 * renders in another language's form (Pythagore, فيثاغورس), a phrase with small words
 * (Convention de Stockholm) a translated title.
 */
function noteMissing(latin: NameAnchor): boolean {
  return latin.entity !== undefined || PERSON_NAME.test(latin.text.trim());
}

/** The flag for one French name, or null when the Arabic renders it. */
function checkName(latin: NameAnchor, arabic: NameSide, french: NameSide, arabicEntities: Set<string>, accepted: AcceptedSpellings | undefined): Flag | null {
  if (latin.entity && arabicEntities.has(latin.entity)) return null;
  if (arabic.names.some((a) => isAccepted(accepted, a.text, latin.text))) return null;
  // The closest Arabic words, even when the matcher judges them another name (a possible misspelling).
  const closest = findArabicCounterpart(arabic.text, latin.text, { includeDifferent: true, maxCost: MAX_MISSPELLING_COST });
  if (closest && closest.match.verdict !== 'different') return null;
  // A person is often named by the family name alone on one side (Mitt Romney, رومني).
  const family = familyNameOf(latin);
  if (family && findArabicCounterpart(arabic.text, family.text)) return null;
  if (closest && isAccepted(accepted, closest.text, latin.text)) return null;
  // A translated place or organisation, or a capitalised word opening the text, is not a
  // misspelling of whatever Arabic word it comes closest to.
  if (latin.entity || startsText(latin, french.text)) return noteMissing(latin) ? missingFlag(latin) : null;
  if (closest && looksMisspelled(closest.text, latin.text)) return misspellingFlag(latin, closest, accepted);
  // The family name alone may be the misspelt part where the Arabic names the person by it
  // (Karim Zerkaoui beside السيد الشرقاوي).
  if (family) {
    const familyCounterpart = findArabicCounterpart(arabic.text, family.text, { includeDifferent: true, maxCost: MAX_MISSPELLING_COST });
    if (familyCounterpart && !isAccepted(accepted, familyCounterpart.text, family.text) && looksMisspelled(familyCounterpart.text, family.text)) {
      return misspellingFlag(family, familyCounterpart, accepted);
    }
  }
  return noteMissing(latin) ? missingFlag(latin) : null;
}

/** The last word of a person's name as an anchor of its own, or null when the name is not a person's or is one word. */
function familyNameOf(latin: NameAnchor): NameAnchor | null {
  const name = latin.text.trimEnd();
  if (!PERSON_NAME.test(name.trim())) return null;
  const start = name.search(/\S+$/);
  if (start <= 0 || /^\s*$/.test(name.slice(0, start))) return null;
  const text = name.slice(start);
  return { ...latin, text, start: latin.start + start, end: latin.start + start + text.length, value: latinKey(text) };
}

/** Flags the French names that the Arabic side does not render, or does not have. */
export function checkNames(arabic: NameSide, french: NameSide, accepted?: AcceptedSpellings): Flag[] {
  const arabicEntities = new Set(arabic.names.map((n) => n.entity).filter((e): e is string => e !== undefined));
  return french.names.map((latin) => checkName(latin, arabic, french, arabicEntities, accepted)).filter((f): f is Flag => f !== null);
}
