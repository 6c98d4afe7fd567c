// Accuracy and speed of the cross-script name matcher on real (Arabic, French spelling)
// pairs: the share of correct spellings accepted, of spellings with one wrong consonant
// flagged, and of unrelated names accepted, against the targets of the anchors issue.
// Two lists: a hand-made one of common Maghrebi and Middle-Eastern names, and one mined
// from the development data and checked by hand (Arabic names, and names of other
// languages that both sides transliterate, reported apart: the targets are for the first).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchName } from '../server/anchors/name-match';
import { extractNames, findArabicCounterpart } from '../server/anchors/names';
import { loadCorpus } from './data';
import { arabicKey } from '../server/text/normalize';
import { seededRandom } from '../server/align/synthetic';

/** The lists of pairs, kept with the tests. */
const FIXTURES = resolve(__dirname, '..', '..', 'test', 'fixtures');
const HAND_FILE = resolve(FIXTURES, 'names.tsv');
const MINED_FILE = resolve(FIXTURES, 'names-mined.tsv');
const TARGET_ACCEPTED = 0.97;
const TARGET_FLAGGED = 0.95;
const TARGET_UNRELATED_ACCEPTED = 0.01;
/** Wrong-consonant spellings generated per pair (full and quick runs). */
const MUTATIONS_PER_PAIR = { full: 5, quick: 2 };
/** Unrelated Latin names paired with each Arabic name. */
const UNRELATED_PER_PAIR = { full: 10, quick: 3 };
const SEED = 20251125;
/** FLORES rows scanned for Arabic counterparts of French names (full and quick runs). */
const COUNTERPART_ROWS = { full: 1012, quick: 150 };

/** Latin consonants grouped by how they sound; a replacement comes from another group. */
const CONSONANT_GROUPS: readonly (readonly string[])[] = [
  ['b', 'p'],
  ['t', 'd', 'th', 'dh'],
  ['k', 'q', 'c', 'g', 'ck', 'kh', 'gh'],
  ['s', 'z', 'c', 'ss'],
  ['f', 'v', 'ph'],
  ['m', 'n'],
  ['l', 'r'],
  ['j', 'dj', 'g', 'ch', 'sh'],
  ['h', 'kh'],
];
const REPLACEMENTS = ['b', 'd', 'f', 'k', 'l', 'm', 'n', 'r', 's', 't', 'z', 'ch', 'j'];
const LATIN_UNIT = /ch|sh|kh|gh|th|dh|dj|ph|ck|[a-z]|[^a-z]/gi;

interface Pair {
  arabic: string;
  latin: string;
  /** `arabic` for Arabic names, `other` for names of other languages. */
  origin: string;
}

/** Reads tab-separated pairs arabic, latin[, origin] (comment lines start with #). */
export function readPairs(path: string): Pair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [arabic, latin, origin = 'arabic'] = line.split('\t');
      return { arabic, latin, origin };
    });
}


const sameGroup = (a: string, b: string): boolean => CONSONANT_GROUPS.some((g) => g.includes(a) && g.includes(b));
const isConsonantUnit = (unit: string): boolean => /^[b-df-hj-np-tv-z]+$/i.test(unit) && !/^[hwy]$/i.test(unit);

/** A spelling with one consonant replaced by a consonant of another group, or null. */
function mutate(latin: string, next: () => number): string | null {
  const units = latin.match(LATIN_UNIT) ?? [];
  const positions = units.map((u, i) => (isConsonantUnit(u) ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return null;
  const at = positions[Math.floor(next() * positions.length)];
  const original = units[at].toLowerCase();
  const choices = REPLACEMENTS.filter((r) => r !== original && !sameGroup(r, original));
  let replacement = choices[Math.floor(next() * choices.length)];
  if (units[at][0] !== units[at][0].toLowerCase()) replacement = replacement[0].toUpperCase() + replacement.slice(1);
  return [...units.slice(0, at), replacement, ...units.slice(at + 1)].join('');
}

function rate(hits: number, total: number): string {
  return `${((100 * hits) / Math.max(1, total)).toFixed(1)} % (${hits}/${total})`;
}

interface Figures {
  accepted: number;
  pairs: number;
  flagged: number;
  mutants: number;
  unrelatedAccepted: number;
  unrelated: number;
  rejectedPairs: string[];
  missedMutants: string[];
  acceptedUnrelated: string[];
}

/** The three figures on one list of pairs. */
function measure(pairs: Pair[], quick: boolean, next: () => number): Figures {
  const f: Figures = { accepted: 0, pairs: pairs.length, flagged: 0, mutants: 0, unrelatedAccepted: 0, unrelated: 0, rejectedPairs: [], missedMutants: [], acceptedUnrelated: [] };
  for (const pair of pairs) {
    if (matchName(pair.arabic, pair.latin).verdict !== 'different') f.accepted++;
    else f.rejectedPairs.push(`${pair.arabic} ~ ${pair.latin}`);
    for (let k = 0; k < (quick ? MUTATIONS_PER_PAIR.quick : MUTATIONS_PER_PAIR.full); k++) {
      const wrong = mutate(pair.latin, next);
      if (!wrong) continue;
      f.mutants++;
      if (matchName(pair.arabic, wrong).verdict === 'different') f.flagged++;
      else f.missedMutants.push(`${pair.arabic} ~ ${wrong} (for ${pair.latin})`);
    }
    for (let k = 0; k < (quick ? UNRELATED_PER_PAIR.quick : UNRELATED_PER_PAIR.full); k++) {
      const other = pairs[Math.floor(next() * pairs.length)];
      if (arabicKey(other.arabic) === arabicKey(pair.arabic)) continue;
      f.unrelated++;
      if (matchName(pair.arabic, other.latin).verdict !== 'different') {
        f.unrelatedAccepted++;
        f.acceptedUnrelated.push(`${pair.arabic} ~ ${other.latin}`);
      }
    }
  }
  return f;
}

function printFigures(label: string, f: Figures, targets: boolean): void {
  const mark = (ok: boolean): string => (targets ? (ok ? '  ok' : '  BELOW TARGET') : '');
  process.stdout.write(`${label}: ${f.pairs} pairs\n`);
  process.stdout.write(`  correct spellings accepted:   ${rate(f.accepted, f.pairs)}${targets ? '  target ≥ 97 %' : ''}${mark(f.accepted / f.pairs >= TARGET_ACCEPTED)}\n`);
  process.stdout.write(`  one wrong consonant flagged:  ${rate(f.flagged, f.mutants)}${targets ? '  target ≥ 95 %' : ''}${mark(f.flagged / Math.max(1, f.mutants) >= TARGET_FLAGGED)}\n`);
  process.stdout.write(
    `  unrelated names accepted:     ${rate(f.unrelatedAccepted, f.unrelated)}${targets ? '  target ≤ 1 %' : ''}${mark(f.unrelatedAccepted / Math.max(1, f.unrelated) <= TARGET_UNRELATED_ACCEPTED)}\n`,
  );
  const show = (what: string, items: string[]): void => {
    if (items.length > 0) process.stdout.write(`  ${what}: ${items.slice(0, 6).join(' | ')}${items.length > 6 ? ` | … ${items.length - 6} more` : ''}\n`);
  };
  show('rejected correct spellings', f.rejectedPairs);
  show('missed wrong consonants', f.missedMutants);
  show('accepted unrelated names', f.acceptedUnrelated);
}

/** Prints the three target figures on each list and the matcher's speed. */
export function run({ quick }: { quick: boolean }): void {
  const hand = readPairs(HAND_FILE);
  const mined = readPairs(MINED_FILE);
  const next = seededRandom(SEED);
  const started = process.hrtime.bigint();
  const arabicNames = measure([...hand, ...mined.filter((p) => p.origin === 'arabic')], quick, next);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  printFigures('Arabic names (hand-made list and names mined from the data)', arabicNames, true);
  printFigures('  of which mined from the data', measure(mined.filter((p) => p.origin === 'arabic'), quick, next), true);
  printFigures('names of other languages mined from the data (no target)', measure(mined.filter((p) => p.origin !== 'arabic'), quick, next), false);
  const calls = arabicNames.pairs + arabicNames.mutants + arabicNames.unrelated;
  process.stdout.write(`speed: ${calls} comparisons in ${seconds.toFixed(2)} s (${((1e6 * seconds) / calls).toFixed(0)} µs each)\n`);
  counterparts(quick);
}

/** How often and how fast the Arabic counterpart of a French name is found in the aligned Arabic sentence. */
function counterparts(quick: boolean): void {
  const rows = loadCorpus('flores').slice(0, quick ? COUNTERPART_ROWS.quick : COUNTERPART_ROWS.full);
  let names = 0;
  let found = 0;
  let extractSeconds = 0;
  let findSeconds = 0;
  for (const row of rows) {
    let t = process.hrtime.bigint();
    const people = extractNames(row.fr, 'fr').filter((n) => !n.entity);
    extractNames(row.ar, 'ar');
    extractSeconds += Number(process.hrtime.bigint() - t) / 1e9;
    t = process.hrtime.bigint();
    for (const name of people) {
      names++;
      if (findArabicCounterpart(row.ar, name.text)) found++;
    }
    findSeconds += Number(process.hrtime.bigint() - t) / 1e9;
  }
  process.stdout.write(
    `FLORES, ${rows.length} sentence pairs: names extracted in ${((1000 * extractSeconds) / rows.length).toFixed(2)} ms per pair (both sides); ` +
      `${names} French person names, an Arabic counterpart found for ${rate(found, names)} in ${((1000 * findSeconds) / Math.max(1, names)).toFixed(2)} ms each\n`,
  );
}
