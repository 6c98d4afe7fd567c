// Bilingual lexicon for the aligner: tokenising Arabic and French into comparable stems
// (Arabic clitics و ف ب ل ك ال split off, French elisions and accents removed, both
// lightly stemmed), learning Arabic→French translations from sentence pairs (IBM Model 1
// in both directions, intersected), and looking translations up. Pure: no I/O.
import { arabicKey, latinKey } from '../text/normalize';
import { Lang } from '../text/types';
// A JSON module: loaded by the module system, no file-system access here.
import shippedLexiconData from './lexicon-ar-fr.json';

/** Arabic function words (in arabicKey form), ignored by the lexicon. */
const ARABIC_STOPWORDS = new Set(
  ('في من علي الي ان عن مع هذا هذه ذلك تلك التي الذي الذين اللذين اللتين ما لا لم لن قد كان كانت كانوا يكون تكون ' +
    'هو هي هم هما نحن انا انت او ام ثم كل بين حيث اذا اذ عند منذ بعد قبل خلال حول ضد غير كما اي الا انه انها ' +
    'لقد ايضا به بها له لها لهم فيه فيها منه منها عليه عليها اليه عنه عنها حتي لدي تم يتم وقد ولا ومن وفي وعلي ' +
    'وان وهو وهي ذا هذان هاتان هؤلاء اولئك التى الى على فى لكن بل اما ان لان مما عما كي ليس').split(' '),
);

/** French function words (in latinKey form), ignored by the lexicon. */
const FRENCH_STOPWORDS = new Set(
  ('le la les l un une des du de d et a au aux en dans pour par sur avec sans sous ce cet cette ces c qui que qu ' +
    'quoi dont ou ne n pas plus se s sa son ses leur leurs il elle ils elles on nous vous je j tu y est sont ete etre ' +
    'ont avait avaient fait comme mais donc ainsi aussi tres tout tous toute toutes entre vers chez lors afin contre ' +
    'selon cela ceci celui celle ceux celles meme memes autre autres si car ni notre nos votre vos mon ma mes m lui ' +
    'leur t sera seront etait peut doit deux').split(' '),
);

/** Arabic proclitics that are split off: conjunctions first, then prepositions and the article. */
const ARABIC_CONJUNCTIONS = ['و', 'ف'];
const ARABIC_PREPOSITIONS_WITH_ARTICLE = ['بال', 'كال', 'فال', 'وال', 'لل'];
const ARABIC_PREPOSITIONS = ['ب', 'ك', 'ل'];
const ARABIC_ARTICLE = 'ال';
/** Light Arabic suffixes (plural, feminine, nisba, pronouns), longest first. */
const ARABIC_SUFFIXES = ['يه', 'ات', 'ون', 'ين', 'ها', 'هم', 'ه', 'ي'];
/** Shortest Arabic stem left after removing a clitic or a suffix. */
const MIN_ARABIC_STEM = 3;
/** French stems are the first letters of a word (plural s/x removed). */
const FRENCH_STEM_LENGTH = 6;
/** Shortest token kept. */
const MIN_TOKEN_LENGTH = 2;

/** Letters and digits of any script: the token pattern. */
const TOKEN_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const ARABIC_LETTERS = /[\u0600-\u06FF]/;
const DIGITS_ONLY = /^\p{N}+$/u;

/** Arabic→French translations: each Arabic stem with French stems and their strength (0..1), best first. */
export interface Lexicon {
  translations: Map<string, [string, number][]>;
}

/** The serialised form of a lexicon (the shipped lexicon-data.json). */
export interface LexiconData {
  /** Where the pairs it was learned from come from. */
  sources: string[];
  /** One line per Arabic stem: `stem fr1:0.52 fr2:0.21`. */
  entries: string[];
}

/** Strips Arabic proclitics and light suffixes from a word already in arabicKey form. */
export function arabicStem(word: string): string {
  let w = word;
  for (const c of ARABIC_CONJUNCTIONS) {
    if (w.startsWith(c) && w.length - 1 >= MIN_ARABIC_STEM && !ARABIC_STOPWORDS.has(w)) {
      w = w.slice(1);
      break;
    }
  }
  let stripped = false;
  for (const p of ARABIC_PREPOSITIONS_WITH_ARTICLE) {
    if (w.startsWith(p) && w.length - p.length >= MIN_ARABIC_STEM - 1) {
      w = w.slice(p.length);
      stripped = true;
      break;
    }
  }
  if (!stripped && w.startsWith(ARABIC_ARTICLE) && w.length - 2 >= MIN_ARABIC_STEM - 1 && !ARABIC_STOPWORDS.has(w)) {
    w = w.slice(2);
    stripped = true;
  }
  if (!stripped) {
    for (const p of ARABIC_PREPOSITIONS) {
      if (w.startsWith(p) && w.length - 1 >= MIN_ARABIC_STEM && !ARABIC_STOPWORDS.has(w)) {
        w = w.slice(1);
        break;
      }
    }
  }
  for (const s of ARABIC_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_ARABIC_STEM) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** The stem of a French (or other Latin-script) word already in latinKey form. */
export function frenchStem(word: string): string {
  let w = word;
  if (w.length > 3 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  return w.length > FRENCH_STEM_LENGTH ? w.slice(0, FRENCH_STEM_LENGTH) : w;
}

/**
 * The content stems of a sentence: Arabic words normalised, clitics split off and
 * stemmed; Latin words accent-folded, elisions dropped, stemmed; function words and
 * numbers left out (numbers are anchors, not lexicon entries). `cache` (chunk → its stems,
 * see `forEachChunk`) saves the work on chunks already seen when tokenizing many sentences.
 */
export function tokenize(text: string, lang: Lang, cache?: Map<string, readonly string[]>): string[] {
  const out: string[] = [];
  forEachStem(text, lang, (stem) => out.push(stem), cache);
  return out;
}

/** Calls `visit` with each content stem of a sentence, in order (what `tokenize` returns, without the array). */
export function forEachStem(text: string, lang: Lang, visit: (stem: string) => void, cache?: Map<string, readonly string[]>): void {
  forEachChunk(text, (chunk) => {
    let stems = cache?.get(chunk);
    if (stems === undefined) {
      stems = chunkStems(chunk, lang);
      cache?.set(chunk, stems);
    }
    for (const stem of stems) visit(stem);
  });
}

/**
 * Characters a sentence is cut into chunks at: ASCII spaces and punctuation, no-break
 * space, guillemets, dashes, double quotes, Arabic comma, semicolon and question mark.
 * The matching keys leave each of them as it is and never join it to a neighbour (no
 * composition starts from it, lower-casing looks through none of them), so keying a
 * sentence equals keying its chunks one by one, and none of them is in a word.
 * Left out on purpose: ' . : ^ ` (lower-casing looks through them) and < = > (NFC
 * composes them with a following U+0338).
 */
const CHUNK_BREAKS = ' \t\n\r\f\v!"#$%&()*+,-/;?@[\\]_{|}~\u00A0\u00AB\u00BB\u060C\u061B\u061F\u2013\u2014\u201C\u201D';

/** Per UTF-16 code unit up to U+2FFF: 1 when it cuts chunks (CHUNK_BREAKS). */
const CHUNK_BREAK_TABLE = (() => {
  const table = new Uint8Array(0x3000);
  for (const c of CHUNK_BREAKS) table[c.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Calls `visit` with each chunk of a raw sentence: the runs between CHUNK_BREAKS. A
 * sentence's stems are its chunks' stems in order, so a chunk seen before (a word, often
 * with its elided article or punctuation) need not be keyed again.
 */
export function forEachChunk(text: string, visit: (chunk: string) => void): void {
  const length = text.length;
  let start = -1;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x3000 && CHUNK_BREAK_TABLE[code] === 1) {
      if (start >= 0) {
        visit(text.slice(start, k));
        start = -1;
      }
    } else if (start < 0) start = k;
  }
  if (start >= 0) visit(start === 0 ? text : text.slice(start));
}

/** Starting number of slots of a ChunkTable (a power of two, doubled as needed). */
const INITIAL_CHUNK_SLOTS = 1 << 14;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Interns the chunks of many sentences (see `forEachChunk`) as consecutive numbers without
 * cutting out a string for a chunk already seen: an open-addressing table keyed by a hash
 * of the chunk's code units, computed while scanning.
 */
export class ChunkTable {
  /** The distinct chunks; a chunk's number is its index here. */
  readonly chunks: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(INITIAL_CHUNK_SLOTS).fill(-1);

  /** Calls `visit` with the number of each chunk of `text`, in order. */
  forEachChunk(text: string, visit: (chunk: number) => void): void {
    const length = text.length;
    let start = -1;
    let hash = FNV_OFFSET;
    for (let k = 0; k < length; k++) {
      const code = text.charCodeAt(k);
      if (code < 0x3000 && CHUNK_BREAK_TABLE[code] === 1) {
        if (start >= 0) {
          visit(this.intern(text, start, k, hash));
          start = -1;
        }
      } else {
        if (start < 0) {
          start = k;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
    }
    if (start >= 0) visit(this.intern(text, start, length, hash));
  }

  private intern(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot];
      if (index < 0) {
        const added = this.chunks.length;
        this.chunks.push(text.slice(start, end));
        this.hashes.push(hash);
        this.slots[slot] = added;
        if (2 * this.chunks.length > this.slots.length) this.grow();
        return added;
      }
      if (this.hashes[index] === hash && sameChunk(this.chunks[index], text, start, end)) return index;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, index) => {
      let slot = hash & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = index;
    });
    this.slots = slots;
  }
}

function sameChunk(chunk: string, text: string, start: number, end: number): boolean {
  if (chunk.length !== end - start) return false;
  for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The content stems of one chunk (see `forEachChunk`) or of any text: its matching key cut into words. */
export function chunkStems(chunk: string, lang: Lang): string[] {
  const keyed = lang === 'ar' ? latinKey(arabicKey(chunk)) : latinKey(chunk);
  const isWordUnit = wordUnits();
  const length = keyed.length;
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k < length; ) {
    const code = keyed.charCodeAt(k);
    // A character beyond the Basic Multilingual Plane takes two code units.
    const width = code >= 0xd800 && code <= 0xdbff && k + 1 < length ? 2 : 1;
    const inWord = width === 1 ? isWordUnit[code] === 1 : TOKEN_CHARACTER.test(keyed.slice(k, k + 2));
    if (inWord) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      pushStem(keyed.slice(start, k), out);
      start = -1;
    }
    k += width;
  }
  if (start >= 0) pushStem(keyed.slice(start), out);
  return out;
}

function pushStem(word: string, out: string[]): void {
  const stem = stemOfWord(word);
  if (stem !== '') out.push(stem);
}

/** Per UTF-16 code unit of the Basic Multilingual Plane: 1 when it is a letter, a mark or a digit (TOKEN's class). */
let wordUnitTable: Uint8Array | undefined;

function wordUnits(): Uint8Array {
  if (!wordUnitTable) {
    wordUnitTable = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (TOKEN_CHARACTER.test(String.fromCharCode(code))) wordUnitTable[code] = 1;
    }
  }
  return wordUnitTable;
}

/** The stem a word contributes, '' when it is a number, a function word or too short. */
function stemOfWord(word: string): string {
  if (DIGITS_ONLY.test(word)) return '';
  if (ARABIC_LETTERS.test(word)) {
    if (ARABIC_STOPWORDS.has(word)) return '';
    const stem = arabicStem(word);
    return stem.length >= MIN_TOKEN_LENGTH && !ARABIC_STOPWORDS.has(stem) ? stem : '';
  }
  return word.length < MIN_TOKEN_LENGTH || FRENCH_STOPWORDS.has(word) ? '' : frenchStem(word);
}

/** Options for learning a lexicon. */
export interface LearnOptions {
  /** EM iterations of IBM Model 1 in each direction (default 5). */
  iterations?: number;
  /** Least geometric mean of t(f|a) and t(a|f) kept (default 0.02). */
  minStrength?: number;
  /** Least number of sentence pairs the two stems co-occur in (default 2). */
  minCount?: number;
  /** Most translations kept per Arabic stem (default 4). */
  maxPerStem?: number;
}

/** Interns strings as consecutive integers. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }
}

/** Sentence pairs as word ids, with for each pair the co-occurrence cells of its words (row-major, Arabic × French). */
interface Corpus {
  ar: Int32Array[];
  fr: Int32Array[];
  cells: Int32Array[];
  /** Per cell: the Arabic and French word ids. */
  cellAr: Int32Array;
  cellFr: Int32Array;
  /** Per cell: in how many sentence pairs the two words occur together. */
  cellCount: Int32Array;
}

/** Distinct words of a sentence, as ids, keeping only words seen at least twice in the corpus. */
function frequentIds(words: string[], frequency: Map<string, number>, vocabulary: Vocabulary): Int32Array {
  const ids = new Set<number>();
  for (const word of words) if ((frequency.get(word) ?? 0) >= 2) ids.add(vocabulary.id(word));
  return Int32Array.from(ids);
}

function countWords(sentences: string[][], into: Map<string, number>): void {
  for (const words of sentences) for (const word of new Set(words)) into.set(word, (into.get(word) ?? 0) + 1);
}

/** Tokenises the pairs and indexes the co-occurrence cells the EM iterations run over. */
function buildCorpus(pairs: { ar: string; fr: string }[], arVocab: Vocabulary, frVocab: Vocabulary): Corpus {
  const arTokens = pairs.map((p) => tokenize(p.ar, 'ar'));
  const frTokens = pairs.map((p) => tokenize(p.fr, 'fr'));
  const arFrequency = new Map<string, number>();
  const frFrequency = new Map<string, number>();
  countWords(arTokens, arFrequency);
  countWords(frTokens, frFrequency);
  const corpus: Corpus = { ar: [], fr: [], cells: [], cellAr: new Int32Array(0), cellFr: new Int32Array(0), cellCount: new Int32Array(0) };
  const cellIndex = new Map<number, number>();
  const cellAr: number[] = [];
  const cellFr: number[] = [];
  const cellCount: number[] = [];
  const firstIds = pairs.map((_, k) => [frequentIds(arTokens[k], arFrequency, arVocab), frequentIds(frTokens[k], frFrequency, frVocab)]);
  const frSize = frVocab.words.length;
  for (const [a, f] of firstIds) {
    if (a.length === 0 || f.length === 0) continue;
    const cells = new Int32Array(a.length * f.length);
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < f.length; j++) {
        const key = a[i] * frSize + f[j];
        let cell = cellIndex.get(key);
        if (cell === undefined) {
          cell = cellAr.length;
          cellIndex.set(key, cell);
          cellAr.push(a[i]);
          cellFr.push(f[j]);
          cellCount.push(0);
        }
        cellCount[cell]++;
        cells[i * f.length + j] = cell;
      }
    }
    corpus.ar.push(a);
    corpus.fr.push(f);
    corpus.cells.push(cells);
  }
  corpus.cellAr = Int32Array.from(cellAr);
  corpus.cellFr = Int32Array.from(cellFr);
  corpus.cellCount = Int32Array.from(cellCount);
  return corpus;
}

/**
 * IBM Model 1 by EM over the corpus cells: t(target | source) per cell, with a NULL source
 * word. `arabicToFrench` picks the direction (true: t(French word | Arabic word)).
 */
function ibmModel1(corpus: Corpus, arabicToFrench: boolean, iterations: number, arSize: number, frSize: number): Float64Array {
  const cellCount = corpus.cellAr.length;
  const sourceOfCell = arabicToFrench ? corpus.cellAr : corpus.cellFr;
  const targetSize = arabicToFrench ? frSize : arSize;
  const sourceSize = arabicToFrench ? arSize : frSize;
  let prob = new Float64Array(cellCount).fill(1);
  let nullProb = new Float64Array(targetSize).fill(1);
  const counts = new Float64Array(cellCount);
  const totals = new Float64Array(sourceSize);
  const nullCounts = new Float64Array(targetSize);
  let nullTotal = 0;
  for (let it = 0; it < iterations; it++) {
    counts.fill(0);
    totals.fill(0);
    nullCounts.fill(0);
    nullTotal = 0;
    for (let k = 0; k < corpus.cells.length; k++) {
      const cells = corpus.cells[k];
      const width = corpus.fr[k].length;
      const sources = arabicToFrench ? corpus.ar[k].length : width;
      const targets = arabicToFrench ? width : corpus.ar[k].length;
      const targetIds = arabicToFrench ? corpus.fr[k] : corpus.ar[k];
      for (let t = 0; t < targets; t++) {
        const cellOf = (s: number): number => (arabicToFrench ? cells[s * width + t] : cells[t * width + s]);
        let norm = nullProb[targetIds[t]];
        for (let s = 0; s < sources; s++) norm += prob[cellOf(s)];
        const nullShare = nullProb[targetIds[t]] / norm;
        nullCounts[targetIds[t]] += nullShare;
        nullTotal += nullShare;
        for (let s = 0; s < sources; s++) {
          const cell = cellOf(s);
          const share = prob[cell] / norm;
          counts[cell] += share;
          totals[sourceOfCell[cell]] += share;
        }
      }
    }
    const next = new Float64Array(cellCount);
    for (let cell = 0; cell < cellCount; cell++) next[cell] = counts[cell] / (totals[sourceOfCell[cell]] || 1);
    prob = next;
    const nextNull = new Float64Array(targetSize);
    for (let t = 0; t < targetSize; t++) nextNull[t] = nullCounts[t] / (nullTotal || 1);
    nullProb = nextNull;
  }
  return prob;
}

/**
 * Learns Arabic→French translations from sentence pairs: IBM Model 1 in both directions,
 * an entry kept when both directions agree (geometric mean of the two probabilities) and
 * the stems co-occur often enough. `pairs` hold raw Arabic and French sentences.
 */
export function learnLexicon(pairs: { ar: string; fr: string }[], options: LearnOptions = {}): Lexicon {
  const iterations = options.iterations ?? 5;
  const minStrength = options.minStrength ?? 0.02;
  const minCount = options.minCount ?? 2;
  const maxPerStem = options.maxPerStem ?? 4;
  const arVocab = new Vocabulary();
  const frVocab = new Vocabulary();
  const corpus = buildCorpus(pairs, arVocab, frVocab);
  const arSize = arVocab.words.length;
  const frSize = frVocab.words.length;
  const forward = ibmModel1(corpus, true, iterations, arSize, frSize);
  const backward = ibmModel1(corpus, false, iterations, arSize, frSize);
  const byStem = new Map<string, [string, number][]>();
  for (let cell = 0; cell < corpus.cellAr.length; cell++) {
    if (corpus.cellCount[cell] < minCount) continue;
    const strength = Math.sqrt(forward[cell] * backward[cell]);
    if (strength < minStrength) continue;
    const stem = arVocab.words[corpus.cellAr[cell]];
    const list = byStem.get(stem) ?? [];
    list.push([frVocab.words[corpus.cellFr[cell]], strength]);
    byStem.set(stem, list);
  }
  const translations = new Map<string, [string, number][]>();
  for (const [stem, list] of byStem) {
    list.sort((x, y) => y[1] - x[1]);
    translations.set(stem, list.slice(0, maxPerStem));
  }
  return { translations };
}

/**
 * Learns translations from a few sentence pairs of one document (its most confident
 * beads) by the Dice coefficient: stems that appear together in at least `minCount` pairs
 * and rarely apart. Catches names and terms the shipped lexicon lacks.
 */
export function learnDice(pairs: { ar: string[]; fr: string[] }[], minCount = 2, minDice = 0.6): Lexicon {
  const arCount = new Map<string, number>();
  const frCount = new Map<string, number>();
  const joint = new Map<string, number>();
  for (const { ar, fr } of pairs) {
    const a = new Set(ar);
    const f = new Set(fr);
    for (const x of a) arCount.set(x, (arCount.get(x) ?? 0) + 1);
    for (const y of f) frCount.set(y, (frCount.get(y) ?? 0) + 1);
    for (const x of a) for (const y of f) {
      const k = `${x}\t${y}`;
      joint.set(k, (joint.get(k) ?? 0) + 1);
    }
  }
  const translations = new Map<string, [string, number][]>();
  for (const [k, n] of joint) {
    if (n < minCount) continue;
    const [x, y] = k.split('\t');
    const dice = (2 * n) / ((arCount.get(x) ?? 0) + (frCount.get(y) ?? 0));
    if (dice < minDice) continue;
    const list = translations.get(x) ?? [];
    list.push([y, dice]);
    translations.set(x, list);
  }
  for (const list of translations.values()) list.sort((p, q) => q[1] - p[1]);
  return { translations };
}

/** The French stems an Arabic stem translates to (empty when unknown). */
export function lookup(lexicon: Lexicon, arabic: string): readonly [string, number][] {
  return lexicon.translations.get(arabic) ?? [];
}

/** A lexicon holding the entries of both (the first's entries first for a shared stem). */
export function mergeLexicons(first: Lexicon, second: Lexicon): Lexicon {
  const translations = new Map(first.translations);
  for (const [stem, list] of second.translations) {
    const known = translations.get(stem) ?? [];
    const seen = new Set(known.map(([f]) => f));
    translations.set(stem, [...known, ...list.filter(([f]) => !seen.has(f))]);
  }
  return { translations };
}

/** Serialises a lexicon (strengths rounded to two decimals, stems sorted). */
export function lexiconToData(lexicon: Lexicon, sources: string[]): LexiconData {
  const entries = [...lexicon.translations.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([stem, list]) => `${stem} ${list.map(([f, p]) => `${f}:${p.toFixed(2)}`).join(' ')}`);
  return { sources, entries };
}

/** Reads a serialised lexicon. */
export function lexiconFromData(data: LexiconData): Lexicon {
  const translations = new Map<string, [string, number][]>();
  for (const line of data.entries) {
    const [stem, ...rest] = line.split(' ');
    translations.set(
      stem,
      rest.map((item) => {
        const colon = item.lastIndexOf(':');
        return [item.slice(0, colon), Number(item.slice(colon + 1))];
      }),
    );
  }
  return { translations };
}

let shipped: Lexicon | undefined;

/**
 * The Arabic→French lexicon shipped with the aligner (lexicon-ar-fr.json, learned by
 * bench/build-lexicon.ts from UNPC, FLORES-200 and Tatoeba), read once.
 */
export function defaultLexicon(): Lexicon {
  shipped ??= lexiconFromData(shippedLexiconData as LexiconData);
  return shipped;
}
