// Cross-script name matching: does a Latin spelling render an Arabic name? The Arabic
// letters are aligned with substrings of the Latin spelling by dynamic programming, each
// letter through its class of acceptable renderings (transliteration-data.ts). Arabic
// writes no short vowels, so Latin vowels between consonants are free; a doubled Latin
// consonant renders an unwritten shadda; the article ال may be written al/el, assimilated
// or dropped. A wrong or missing main consonant makes another name; a vowel, a doubling or
// a less usual rendering makes a variant. Two Latin spellings compare by consonant skeleton.
import { latinKey, stripInvisible, arabicKey } from '../text/normalize';
import {
  ARTICLE_RENDERINGS,
  CONFUSABLE_GIVEN_NAMES,
  LATIN_DIGRAPHS,
  LATIN_VOWELS,
  LATIN_WEAK_LETTERS,
  LETTER_CLASSES,
  LetterClass,
} from './transliteration-data';

/** How a Latin spelling relates to an Arabic name. */
export type NameVerdict = 'same' | 'variant' | 'different';

/** The matcher's decision with a score in [0, 1] and a human explanation ("ش written as z"). */
export interface NameMatch {
  verdict: NameVerdict;
  score: number;
  explanation: string;
}

/** Cost of a less usual rendering of a letter (Mouhamed's "ou" for a short vowel is free; ح as "kh" is rare). */
const RARE_COST = 0.25;
/** Cost of a consonant written with a shadda but not doubled in Latin (حمّوشي as Hamouchi). */
const UNDOUBLED_COST = 0.3;
/** Cost of a long vowel letter written as another vowel (ي as "a"). */
const VOWEL_MISMATCH_COST = 0.3;
/** Cost of a second Latin vowel inserted where Arabic writes none ("ou" with no و). */
const EXTRA_VOWEL_COST = 0.15;
/** Cost of an i, o or u ending a Latin word where Arabic writes no final long vowel (Abdelali for عبد الله). */
const FINAL_VOWEL_COST = 0.4;
/** Cost of an inserted h, y or w. */
const WEAK_INSERT_COST = 0.3;
/** Cost of leaving out a long vowel or a weak letter. */
const MINOR_DROP_COST = 0.3;
/** Cost of a wrong, missing or extra main consonant. */
const MAJOR_COST = 1;
/** At most this cost (and no major difference) the spelling is the same name. */
const SAME_MAX_COST = 0.2;
/** Above this cost of minor differences the spelling is no longer a variant. */
const VARIANT_MAX_COST = 0.65;
/** A confusable given name must fit this much better to count as the name written. */
const CONFUSION_MARGIN = 0.1;
/** score = exp(−SCORE_DECAY × cost). */
const SCORE_DECAY = 1.2;

/**
 * Latin letters with a mark that stand for a digraph (Romanian ş/ș and Slavic š are sh, č/ć
 * are ch, ž is zh: Chişinău كيشيناو, Timișoara تيميشوارا), spelled out before accents are
 * removed.
 */
const LATIN_LETTERS_AS_DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/[şșšŞȘŠ]/g, 'sh'],
  [/[čćČĆ]/g, 'ch'],
  [/[žŽ]/g, 'zh'],
];

/** Harakat and other marks, shadda excepted (it asks for a doubled consonant). */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u0650\u0652-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const SHADDA = '\u0651';
const ARTICLE = 'ال';
/** Internal key of a word-initial bare alef (a hamza not written): any vowel or none. */
const INITIAL_ALEF = 'ٱ';

/** How much a difference weighs. */
export type Severity = 'none' | 'minor' | 'major';

/** One step of the alignment of an Arabic name with a Latin spelling. */
export interface AlignmentStep {
  kind: 'match' | 'rare' | 'substitute' | 'drop' | 'insert' | 'double' | 'undoubled' | 'separator';
  /** The Arabic letter (or `ال`), absent for an insertion. */
  arabic?: string;
  /** The Latin substring, absent for a drop. */
  latin?: string;
  severity: Severity;
  cost: number;
}

/** The best alignment of an Arabic name with a Latin spelling and what it costs. */
export interface NameAlignment {
  cost: number;
  /** Number of main-consonant differences (wrong, missing or extra consonants). */
  majors: number;
  steps: AlignmentStep[];
}

interface Unit {
  kind: 'letter' | 'article' | 'space';
  arabic: string;
  letter?: LetterClass;
  /** The last letter of its word. */
  final?: boolean;
  /** Written with a shadda: the Latin doubles it. */
  geminate?: boolean;
}

/** Long vowels that are always written at the end of a word (Ali, Mehdi, nisba -i): leaving one out changes the name. */
const FINAL_VOWELS_KEPT = new Set(['ي', 'و']);
/** Latin letters that make a digraph with a following h (c+h is ch, not c): an h after them is a consonant. */
const DIGRAPH_HEADS = new Set('cskgdtpz'.split(''));

/** The Arabic words of a name with marks, tatweel and invisible characters removed. */
export function arabicNameWords(arabic: string): string[] {
  const text = stripInvisible(arabic.normalize('NFKC'))
    .replace(ARABIC_MARKS, '')
    .replace(/\u06A9/g, 'ك')
    .replace(/\u06CC/g, 'ي')
    .replace(/\u0671/g, 'ا');
  return text.split(/[^\p{L}\p{M}]+/u).filter((w) => /[\u0600-\u06FF]/.test(w));
}

function arabicUnits(words: string[]): Unit[] {
  const units: Unit[] = [];
  words.forEach((word, index) => {
    if (index > 0) units.push({ kind: 'space', arabic: ' ' });
    let rest = word;
    if (word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1) {
      units.push({ kind: 'article', arabic: ARTICLE });
      rest = word.slice(ARTICLE.length);
    }
    const chars = [...rest.replace(/\u0651+/g, SHADDA)];
    const letters = chars.filter((c) => c !== SHADDA).length;
    let position = 0;
    for (const char of chars) {
      if (char === SHADDA) {
        const previous = units[units.length - 1];
        if (previous?.kind === 'letter' && !previous.letter?.vowel) previous.geminate = true;
        continue;
      }
      const key = position === 0 && rest === word && char === 'ا' ? INITIAL_ALEF : char;
      const letter = LETTER_CLASSES[key];
      if (letter) units.push({ kind: 'letter', arabic: char, letter, final: position === letters - 1 && letters > 1 });
      position++;
    }
  });
  return units;
}

/** The Latin spelling folded for matching: lower case, no accents, letters and single spaces. */
export function foldLatinName(latin: string): string {
  let spelled = latin;
  for (const [letter, digraph] of LATIN_LETTERS_AS_DIGRAPHS) spelled = spelled.replace(letter, digraph);
  return latinKey(spelled).replace(/[^a-z]+/g, ' ').trim();
}

const isVowel = (c: string | undefined): boolean => c !== undefined && LATIN_VOWELS.has(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';

/** The Latin consonant (one letter or a digraph such as "ch") at a position, for substitutions. */
function latinConsonantsAt(s: string, j: number): string[] {
  const found: string[] = [];
  if (!isLetter(s[j]) || isVowel(s[j])) return found;
  found.push(s[j]);
  for (const digraph of LATIN_DIGRAPHS) if (digraph !== 'ou' && s.startsWith(digraph, j)) found.push(digraph);
  return found;
}

const DROP_COST = { free: 0, minor: MINOR_DROP_COST, major: MAJOR_COST } as const;
const DROP_SEVERITY: Record<keyof typeof DROP_COST, Severity> = { free: 'none', minor: 'minor', major: 'major' };

/** Most that a Latin spelling of an Arabic name may cost and still be the same name or a variant. */
export const ACCEPTABLE_COST = VARIANT_MAX_COST;

/**
 * Aligns an Arabic name with a Latin spelling at the least cost (see the module header).
 * With a limit, gives up (cost Infinity, no steps) as soon as every alignment costs more.
 */
export function alignName(arabic: string, latin: string, limit = Infinity): NameAlignment {
  const units = arabicUnits(arabicNameWords(arabic));
  const s = foldLatinName(latin);
  const n = units.length;
  const m = s.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back: ({ from: number; step: AlignmentStep } | undefined)[] = new Array((n + 1) * width);
  cost[0] = 0;
  // The step is built only when it improves on the best way found so far (fewer allocations).
  const relax = (from: number, i: number, j: number, c: number, kind: AlignmentStep['kind'], arabic: string | undefined, latin: string | undefined, severity: Severity): void => {
    const to = i * width + j;
    const total = cost[from] + c;
    if (total < cost[to] - 1e-9) {
      cost[to] = total;
      back[to] = { from, step: { kind, arabic, latin, severity, cost: c } };
    }
  };
  for (let i = 0; i <= n; i++) {
    // Every alignment passes through row i: when all of it costs more than the limit, stop.
    let rowMin = Infinity;
    for (let j = 0; j <= m; j++) rowMin = Math.min(rowMin, cost[i * width + j]);
    if (rowMin > limit) return { cost: Infinity, majors: Infinity, steps: [] };
    for (let j = 0; j <= m; j++) {
      const here = i * width + j;
      if (cost[here] === Infinity) continue;
      if (j < m) {
        const insert = insertLatin(s, j, back[here]?.step);
        relax(here, i, j + 1, insert.cost, insert.kind, undefined, s[j], insert.severity);
      }
      if (i === n) continue;
      const unit = units[i];
      if (unit.kind === 'space') {
        relax(here, i + 1, j, 0, 'separator', ' ', undefined, 'none');
        continue;
      }
      if (unit.kind === 'article') {
        relax(here, i + 1, j, 0, 'drop', ARTICLE, undefined, 'none');
        for (const r of ARTICLE_RENDERINGS) {
          if (s.startsWith(r, j)) relax(here, i + 1, j + r.length, 0, 'match', ARTICLE, r, 'none');
        }
        continue;
      }
      const letter = unit.letter as LetterClass;
      // تش renders the English and Italian ch (Richard ريتشارد): the ت needs no letter of its own.
      const clustered = unit.arabic === 'ت' && units[i + 1]?.arabic === 'ش';
      const drop = clustered ? 'free' : unit.final && FINAL_VOWELS_KEPT.has(unit.arabic) ? 'major' : letter.drop;
      relax(here, i + 1, j, DROP_COST[drop], 'drop', unit.arabic, undefined, DROP_SEVERITY[drop]);
      for (const r of letter.usual) {
        if (!s.startsWith(r, j)) continue;
        if (unit.geminate) {
          // A shadda: the doubled rendering is the usual one, a single one a variant.
          const doubled = r + r[r.length - 1];
          if (s.startsWith(doubled, j)) relax(here, i + 1, j + doubled.length, 0, 'match', unit.arabic, doubled, 'none');
          relax(here, i + 1, j + r.length, UNDOUBLED_COST, 'undoubled', unit.arabic, r, 'minor');
        } else relax(here, i + 1, j + r.length, 0, 'match', unit.arabic, r, 'none');
      }
      for (const r of letter.rare ?? []) {
        if (s.startsWith(r, j)) relax(here, i + 1, j + r.length, RARE_COST, 'rare', unit.arabic, r, 'minor');
      }
      for (const r of letter.rareBeforeConsonant ?? []) {
        const next = s[j + r.length];
        if (s.startsWith(r, j) && isLetter(next) && !isVowel(next)) relax(here, i + 1, j + r.length, RARE_COST, 'rare', unit.arabic, r, 'minor');
      }
      if (letter.vowel) {
        if (isVowel(s[j])) relax(here, i + 1, j + 1, VOWEL_MISMATCH_COST, 'substitute', unit.arabic, s[j], 'minor');
      } else {
        for (const c of latinConsonantsAt(s, j)) {
          relax(here, i + 1, j + c.length, MAJOR_COST, 'substitute', unit.arabic, c, 'major');
        }
      }
    }
  }
  const steps: AlignmentStep[] = [];
  for (let at = n * width + m; at !== 0; ) {
    const link = back[at];
    if (!link) break;
    steps.push(link.step);
    at = link.from;
  }
  steps.reverse();
  return { cost: cost[n * width + m], majors: steps.filter((step) => step.severity === 'major').length, steps };
}

interface InsertKind {
  kind: 'insert' | 'double' | 'separator';
  severity: Severity;
  cost: number;
}
const SEPARATOR: InsertKind = { kind: 'separator', severity: 'none', cost: 0 };
const SHORT_VOWEL: InsertKind = { kind: 'insert', severity: 'none', cost: 0 };
const EXTRA_VOWEL: InsertKind = { kind: 'insert', severity: 'minor', cost: EXTRA_VOWEL_COST };
const FINAL_VOWEL: InsertKind = { kind: 'insert', severity: 'minor', cost: FINAL_VOWEL_COST };
const DOUBLING: InsertKind = { kind: 'double', severity: 'none', cost: 0 };
const WEAK_LETTER: InsertKind = { kind: 'insert', severity: 'minor', cost: WEAK_INSERT_COST };
const EXTRA_CONSONANT: InsertKind = { kind: 'insert', severity: 'major', cost: MAJOR_COST };

/** How writing one more Latin letter than the Arabic letters account for is counted. */
function insertLatin(s: string, j: number, before: AlignmentStep | undefined): InsertKind {
  const c = s[j];
  const previous = j > 0 ? s[j - 1] : undefined;
  if (c === ' ') return SEPARATOR;
  if (isVowel(c)) {
    // One short vowel is free; a second one in a row, with no long vowel letter for it, is not.
    const wordEnd = j + 1 === s.length || s[j + 1] === ' ';
    if (wordEnd && 'iou'.includes(c)) return FINAL_VOWEL;
    return before?.kind === 'insert' && isVowel(before.latin) ? EXTRA_VOWEL : SHORT_VOWEL;
  }
  if (c === previous) return DOUBLING;
  // A silent h after a vowel (Abdallah, John) is a variant; elsewhere an h is a consonant.
  if (c === 'h' && isVowel(previous)) return WEAK_LETTER;
  if (LATIN_WEAK_LETTERS.has(c) && c !== 'h' && !(previous !== undefined && DIGRAPH_HEADS.has(previous))) return WEAK_LETTER;
  return EXTRA_CONSONANT;
}

function describeDifference(step: AlignmentStep): string {
  switch (step.kind) {
    case 'substitute':
      return `${step.arabic} written as ${step.latin}`;
    case 'rare':
      return `${step.arabic} written as ${step.latin} (less usual)`;
    case 'undoubled':
      return `${step.arabic}${SHADDA} not doubled (${step.latin})`;
    case 'drop':
      return `${step.arabic} not written`;
    case 'insert':
      return isVowel(step.latin) ? `extra vowel ${step.latin}` : `extra ${step.latin}`;
    default:
      return `${step.arabic ?? ''} ${step.latin ?? ''}`.trim();
  }
}

/** "ح h, م mm, و ou, ش ch, ي i": the letters of a good alignment with the doublings. */
function describeLetters(steps: AlignmentStep[]): string {
  const pairs: { arabic: string; latin: string }[] = [];
  for (const step of steps) {
    if ((step.kind === 'match' || step.kind === 'rare' || step.kind === 'undoubled') && step.arabic) pairs.push({ arabic: step.arabic, latin: step.latin ?? '' });
    else if (step.kind === 'double' && pairs.length > 0) pairs[pairs.length - 1].latin += step.latin ?? '';
  }
  return pairs.map((p) => `${p.arabic} ${p.latin}`).join(', ');
}

/** Each confusable name (folded, words joined by one space) with the other members of its group. */
const CONFUSABLES: { name: string; others: string[] }[] = CONFUSABLE_GIVEN_NAMES.flatMap((group) => {
  const folded = group.map((name) => arabicNameWords(arabicKey(name)).join(' '));
  return folded.map((name) => ({ name, others: folded.filter((other) => other !== name) }));
});

/** A confusable given name that the Latin spelling renders clearly better than the one written. */
function betterConfusable(words: string[], latin: string, own: NameAlignment): { written: string; read: string } | null {
  const joined = ` ${arabicNameWords(arabicKey(words.join(' '))).join(' ')} `;
  let best: { written: string; read: string; cost: number } | null = null;
  for (const { name, others } of CONFUSABLES) {
    if (!joined.includes(` ${name} `)) continue;
    for (const other of others) {
      const alternative = alignName(joined.replace(` ${name} `, ` ${other} `), latin);
      if (alternative.cost + CONFUSION_MARGIN < own.cost && (!best || alternative.cost < best.cost)) best = { written: name, read: other, cost: alternative.cost };
    }
  }
  return best;
}

const roundScore = (cost: number): number => Math.round(Math.exp(-SCORE_DECAY * cost) * 1000) / 1000;

/** Compares an Arabic name with a Latin spelling of it. */
export function matchName(arabic: string, latin: string): NameMatch {
  const words = arabicNameWords(arabic);
  if (words.length === 0) return { verdict: 'different', score: 0, explanation: 'no Arabic letters to compare' };
  if (foldLatinName(latin) === '') return { verdict: 'different', score: 0, explanation: 'no Latin letters to compare' };
  const alignment = alignName(words.join(' '), latin);
  const confusion = betterConfusable(words, latin, alignment);
  if (confusion) {
    return {
      verdict: 'different',
      score: roundScore(Math.max(alignment.cost, MAJOR_COST)),
      explanation: `${latin} reads as ${confusion.read}, a different given name from ${confusion.written}`,
    };
  }
  const differences = alignment.steps.filter((step) => step.severity !== 'none');
  const majors = differences.filter((step) => step.severity === 'major');
  const score = roundScore(alignment.cost);
  if (majors.length > 0) return { verdict: 'different', score, explanation: majors.map(describeDifference).join('; ') };
  if (alignment.cost > VARIANT_MAX_COST) return { verdict: 'different', score, explanation: `too many differences: ${differences.map(describeDifference).join('; ')}` };
  if (alignment.cost > SAME_MAX_COST) return { verdict: 'variant', score, explanation: `variant: ${differences.map(describeDifference).join('; ')}` };
  const letters = describeLetters(alignment.steps);
  return { verdict: 'same', score, explanation: differences.length > 0 ? `${letters} (${differences.map(describeDifference).join('; ')})` : letters };
}
