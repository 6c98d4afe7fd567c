// Accuracy and speed of the cross-script name matcher on real (Arabic, French spelling)
// pairs: the share of correct spellings accepted, of spellings with one wrong consonant
// flagged, and of unrelated names accepted, against the targets of the anchors issue.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchName } from '../server/anchors/name-match';
import { arabicKey } from '../server/text/normalize';

/** The list of pairs, kept with the tests. */
const PAIRS_FILE = resolve(__dirname, '..', '..', 'test', 'fixtures', 'names.tsv');
const TARGET_ACCEPTED = 0.97;
const TARGET_FLAGGED = 0.95;
const TARGET_UNRELATED_ACCEPTED = 0.01;
/** Wrong-consonant spellings generated per pair (full and quick runs). */
const MUTATIONS_PER_PAIR = { full: 5, quick: 2 };
/** Unrelated Latin names paired with each Arabic name. */
const UNRELATED_PER_PAIR = { full: 10, quick: 3 };
const SEED = 20251125;

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
}

/** Reads the tab-separated pairs (comment lines start with #). */
export function readPairs(path = PAIRS_FILE): Pair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [arabic, latin] = line.split('\t');
      return { arabic, latin };
    });
}

/** A small deterministic generator (mulberry32), so that runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

/** Prints the three target figures and the matcher's speed. */
export function run({ quick }: { quick: boolean }): void {
  const pairs = readPairs();
  const next = random(SEED);
  const started = process.hrtime.bigint();
  let calls = 0;
  const judge = (arabic: string, latin: string) => {
    calls++;
    return matchName(arabic, latin);
  };

  const rejected = pairs.filter((p) => judge(p.arabic, p.latin).verdict === 'different');
  const accepted = pairs.length - rejected.length;

  let mutants = 0;
  let flagged = 0;
  const missedMutants: string[] = [];
  for (const pair of pairs) {
    for (let k = 0; k < (quick ? MUTATIONS_PER_PAIR.quick : MUTATIONS_PER_PAIR.full); k++) {
      const wrong = mutate(pair.latin, next);
      if (!wrong) continue;
      mutants++;
      if (judge(pair.arabic, wrong).verdict === 'different') flagged++;
      else missedMutants.push(`${pair.arabic} ~ ${wrong} (for ${pair.latin})`);
    }
  }

  let unrelated = 0;
  let unrelatedAccepted = 0;
  const acceptedUnrelated: string[] = [];
  for (const pair of pairs) {
    for (let k = 0; k < (quick ? UNRELATED_PER_PAIR.quick : UNRELATED_PER_PAIR.full); k++) {
      const other = pairs[Math.floor(next() * pairs.length)];
      if (arabicKey(other.arabic) === arabicKey(pair.arabic)) continue;
      unrelated++;
      if (judge(pair.arabic, other.latin).verdict !== 'different') {
        unrelatedAccepted++;
        acceptedUnrelated.push(`${pair.arabic} ~ ${other.latin}`);
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const mark = (ok: boolean): string => (ok ? 'ok' : 'BELOW TARGET');
  process.stdout.write(`pairs: ${pairs.length} (Arabic name, French spelling)\n`);
  process.stdout.write(`correct spellings accepted:        ${rate(accepted, pairs.length)}  target ≥ 97 %  ${mark(accepted / pairs.length >= TARGET_ACCEPTED)}\n`);
  process.stdout.write(`one wrong consonant flagged:       ${rate(flagged, mutants)}  target ≥ 95 %  ${mark(flagged / Math.max(1, mutants) >= TARGET_FLAGGED)}\n`);
  process.stdout.write(
    `unrelated names accepted:          ${rate(unrelatedAccepted, unrelated)}  target ≤ 1 %  ${mark(unrelatedAccepted / Math.max(1, unrelated) <= TARGET_UNRELATED_ACCEPTED)}\n`,
  );
  process.stdout.write(`speed: ${calls} comparisons in ${seconds.toFixed(2)} s (${((1e6 * seconds) / calls).toFixed(0)} µs each)\n`);
  const show = (label: string, items: string[]): void => {
    if (items.length > 0) process.stdout.write(`${label}: ${items.slice(0, 8).join(' | ')}${items.length > 8 ? ` | … ${items.length - 8} more` : ''}\n`);
  };
  show('rejected correct spellings', rejected.map((p) => `${p.arabic} ~ ${p.latin}`));
  show('missed wrong consonants', missedMutants);
  show('accepted unrelated names', acceptedUnrelated);
}
