// Accuracy of the mismatch checks on the shared parallel data: how often correct
// translations get a number, date or name flag (false alarms), and how often a French
// number changed by one digit is caught. Prints a sample of the false alarms to fix.
import { extractAnchors } from '../server/anchors/index';
import { checkPair } from '../server/checks/check';
import { Flag } from '../server/checks/types';
import { foldDigits } from '../server/text/normalize';
import { CorpusName, loadCorpus, ParallelRow } from './data';
import { seededRandom } from '../server/align/synthetic';

const CORPORA: CorpusName[] = ['unpc', 'flores', 'tatoeba'];
/** Pairs per corpus in quick mode (CI). */
const QUICK_PAIRS = 600;
/** False alarms printed per kind. */
const SAMPLE_SIZE = 12;
/** Share of the flagged pairs considered for the samples (spreads them over the corpora). */
const SAMPLE_RATE = 0.1;
/** Characters of each side shown in a sample. */
const SAMPLE_CHARS = 160;
/** Seed of the mutation choices, so that runs compare. */
const SEED = 20251125;
const TARGET_NUMBER_FALSE_ALARMS = 0.02;
const TARGET_DETECTION = 0.98;


const isFigureFlag = (flag: Flag): boolean => flag.kind === 'number' || flag.kind === 'date';

interface Mutation {
  french: string;
  start: number;
  end: number;
}

/**
 * Changes one digit of one French number or date written in digits whose digits also
 * appear in the Arabic (so that it has a counterpart to disagree with); undefined when
 * there is none. Digits outside number and date anchors (times of day, document symbols)
 * are left alone: they are not compared.
 */
function mutate(row: ParallelRow, next: () => number): Mutation | undefined {
  const arabicRuns = new Set(foldDigits(row.ar).match(/\d+/g) ?? []);
  const figures = extractAnchors(row.fr, 'fr').filter((a) => a.kind !== 'name');
  const inFigure = (start: number, end: number): boolean => figures.some((a) => a.start <= start && end <= a.end);
  const runs = [...row.fr.matchAll(/\d+/g)].filter((m) => arabicRuns.has(m[0]) && inFigure(m.index ?? 0, (m.index ?? 0) + m[0].length));
  if (runs.length === 0) return undefined;
  const run = runs[Math.floor(next() * runs.length)];
  const start = run.index ?? 0;
  const digits = run[0];
  const at = Math.floor(next() * digits.length);
  const choices = '0123456789'.split('').filter((d) => d !== digits[at] && !(at === 0 && d === '0' && digits.length > 1));
  const changed = digits.slice(0, at) + choices[Math.floor(next() * choices.length)] + digits.slice(at + 1);
  return { french: row.fr.slice(0, start) + changed + row.fr.slice(start + digits.length), start, end: start + digits.length };
}

function share(count: number, total: number): string {
  return total === 0 ? '-' : `${((100 * count) / total).toFixed(2)}% (${count}/${total})`;
}

function clip(text: string): string {
  return text.length <= SAMPLE_CHARS ? text : `${text.slice(0, SAMPLE_CHARS)}…`;
}

function printSample(title: string, sample: { row: ParallelRow; flags: Flag[] }[]): void {
  if (sample.length === 0) return;
  process.stdout.write(`\n${title}\n`);
  for (const { row, flags } of sample) {
    process.stdout.write(`  [${row.doc} ${row.position}]\n    ar: ${clip(row.ar)}\n    fr: ${clip(row.fr)}\n`);
    for (const flag of flags) process.stdout.write(`    → ${flag.kind}/${flag.severity} ${flag.confidence.toFixed(2)}: ${flag.message}\n`);
  }
}

/** Prints false-alarm and detection rates per corpus and overall. */
export function run({ quick }: { quick: boolean }): void {
  // Two streams, so that what is sampled for printing does not change which digits are changed.
  const next = seededRandom(SEED);
  const sampling = seededRandom(SEED + 1);
  const total = { pairs: 0, number: 0, numberWarning: 0, date: 0, figure: 0, nameWarning: 0, nameAny: 0, mutated: 0, caught: 0, caughtAnywhere: 0 };
  const figureSample: { row: ParallelRow; flags: Flag[] }[] = [];
  const nameSample: { row: ParallelRow; flags: Flag[] }[] = [];
  const missedSample: { row: ParallelRow; flags: Flag[] }[] = [];
  let checked = 0;
  const started = process.hrtime.bigint();
  process.stdout.write('corpus     pairs  number flag     number warning  date flag       name warning    name (any)      mutated caught\n');
  for (const corpus of CORPORA) {
    const rows = loadCorpus(corpus).slice(0, quick ? QUICK_PAIRS : undefined);
    const counts = { pairs: 0, number: 0, numberWarning: 0, date: 0, figure: 0, nameWarning: 0, nameAny: 0, mutated: 0, caught: 0, caughtAnywhere: 0 };
    for (const row of rows) {
      const flags = checkPair(row.ar, row.fr);
      checked++;
      counts.pairs++;
      const figures = flags.filter(isFigureFlag);
      const names = flags.filter((f) => f.kind === 'name');
      if (flags.some((f) => f.kind === 'number')) counts.number++;
      if (flags.some((f) => f.kind === 'number' && f.severity !== 'info')) counts.numberWarning++;
      if (flags.some((f) => f.kind === 'date')) counts.date++;
      if (figures.length > 0) {
        counts.figure++;
        if (figureSample.length < SAMPLE_SIZE && sampling() < SAMPLE_RATE) figureSample.push({ row, flags: figures });
      }
      if (names.some((f) => f.severity !== 'info')) counts.nameWarning++;
      if (names.length > 0) {
        counts.nameAny++;
        if (nameSample.length < SAMPLE_SIZE && sampling() < SAMPLE_RATE) nameSample.push({ row, flags: names });
      }
      if (figures.length > 0) continue;
      const mutation = mutate(row, next);
      if (!mutation) continue;
      counts.mutated++;
      const mutatedFlags = checkPair(row.ar, mutation.french).filter(isFigureFlag);
      checked++;
      if (mutatedFlags.length > 0) counts.caughtAnywhere++;
      if (mutatedFlags.some((f) => f.french && f.french.start < mutation.end && f.french.end > mutation.start)) counts.caught++;
      else if (missedSample.length < SAMPLE_SIZE) missedSample.push({ row: { ...row, fr: mutation.french }, flags: mutatedFlags });
    }
    process.stdout.write(
      `${corpus.padEnd(9)}${String(counts.pairs).padStart(6)}  ${share(counts.number, counts.pairs).padEnd(16)}${share(counts.numberWarning, counts.pairs).padEnd(16)}${share(counts.date, counts.pairs).padEnd(16)}` +
        `${share(counts.nameWarning, counts.pairs).padEnd(16)}${share(counts.nameAny, counts.pairs).padEnd(16)}${share(counts.caught, counts.mutated)}\n`,
    );
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += counts[key];
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    [
      '',
      `correct pairs with a number flag:          ${share(total.number, total.pairs)}  (target ≤ ${TARGET_NUMBER_FALSE_ALARMS * 100}%)`,
      `  of which warnings or errors:             ${share(total.numberWarning, total.pairs)}  (the rest are notes: a lone 1 or 2 in digits)`,
      `correct pairs with a number or date flag:  ${share(total.figure, total.pairs)}`,
      `correct pairs with a name warning:         ${share(total.nameWarning, total.pairs)}`,
      `correct pairs with any name flag:          ${share(total.nameAny, total.pairs)}  (info: no counterpart found)`,
      `(the changed digit is one of a French number or date in digits that the Arabic also has, in pairs without a number/date flag)`,
      `one French digit changed, flagged there:   ${share(total.caught, total.mutated)}  (target ≥ ${TARGET_DETECTION * 100}%)`,
      `one French digit changed, flagged at all:  ${share(total.caughtAnywhere, total.mutated)}`,
      `speed: ${Math.round(checked / seconds)} pairs/s (${checked} checks in ${seconds.toFixed(1)} s)`,
      '',
    ].join('\n'),
  );
  printSample('sample of number/date flags on correct pairs:', figureSample);
  printSample('sample of name flags on correct pairs:', nameSample);
  printSample('sample of changed numbers not flagged at the changed span:', missedSample);
}
