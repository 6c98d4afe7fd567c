// `muqabala eval`: scores test alignments against gold ones, strict and lax precision,
// recall and F1 as Vecalign's scorer computes them, as a table or as JSON.
import { Bead, checkBeads, parseBeads } from '../align/beads';
import { countAlignments, scoreAlignments } from '../align/evaluate';
import { choiceOption, Command, ParsedValues } from './command';
import { print, readInputBytes, UsageError, UserError } from './io';

const FORMATS = ['table', 'json'] as const;
const DECIMALS = 3;
/** Problems of one file printed as warnings before the rest is summarised. */
const MAX_WARNINGS_PER_FILE = 3;

function fileList(values: ParsedValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Reads and parses one bead file; bad bytes or a bad line become a one-line UserError. */
function readBeadFile(file: string): Bead[] {
  const bytes = readInputBytes(file);
  const label = file === '-' ? 'standard input' : file;
  if (bytes.includes(0)) throw new UserError(`${label}: not a text file (it contains NUL bytes); expected one bead such as [0, 1]:[2] per line`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${label}: not valid UTF-8 text; expected one bead such as [0, 1]:[2] per line`);
  }
  return parseBeads(text, label);
}

/** Warns on standard error about beads that overlap or are out of order (they are still scored); `ordered: false` allows any order. */
function warnAboutProblems(beads: Bead[], label: string, ordered: boolean): void {
  const problems = checkBeads(beads, { ordered });
  for (const problem of problems.slice(0, MAX_WARNINGS_PER_FILE)) process.stderr.write(`muqabala eval: warning: ${label}: ${problem}\n`);
  if (problems.length > MAX_WARNINGS_PER_FILE) {
    process.stderr.write(`muqabala eval: warning: ${label}: ${problems.length - MAX_WARNINGS_PER_FILE} more problems\n`);
  }
}

function table(result: ReturnType<typeof scoreAlignments>, summary: string): string {
  const row = (name: string, strict: number, lax: number) =>
    `${name.padEnd(11)}${strict.toFixed(DECIMALS).padStart(8)}${lax.toFixed(DECIMALS).padStart(8)}`;
  return [
    `${''.padEnd(11)}${'strict'.padStart(8)}${'lax'.padStart(8)}`,
    row('precision', result.strict.precision, result.lax.precision),
    row('recall', result.strict.recall, result.lax.recall),
    row('F1', result.strict.f1, result.lax.f1),
    summary,
    '',
  ].join('\n');
}

/** `muqabala eval --gold GOLD --test TEST` */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score test alignments against gold ones (strict and lax precision, recall, F1)',
  usage: 'muqabala eval --gold GOLD [--gold GOLD2 …] --test TEST [--test TEST2 …] [--unordered] [--format table|json]',
  options: {
    gold: { type: 'string', short: 'g', multiple: true, help: 'gold alignment file, one [0, 1]:[2] bead per line (repeat for several documents)' },
    test: { type: 'string', short: 't', multiple: true, help: 'test alignment file, paired in order with the gold files' },
    unordered: {
      type: 'boolean',
      short: 'u',
      multiple: false,
      help: 'beads may come in any order (comparable mode): no order warnings; scoring is the same (strict: the same bead; lax: a source and a target sentence aligned together)',
    },
    format: { type: 'string', short: 'f', multiple: false, help: 'table (default) or json' },
  },
  run(values, positionals) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}': give files with --gold and --test`);
    const format = choiceOption(values, 'format', FORMATS, 'table');
    const goldFiles = fileList(values, 'gold');
    const testFiles = fileList(values, 'test');
    if (goldFiles.length === 0 || testFiles.length === 0) throw new UsageError('give at least one --gold and one --test file');
    if (goldFiles.length !== testFiles.length) {
      throw new UsageError(`${goldFiles.length} gold files but ${testFiles.length} test files: they are paired in order, so give as many of each`);
    }
    const gold = goldFiles.map(readBeadFile);
    const test = testFiles.map(readBeadFile);
    const ordered = values.unordered !== true;
    gold.forEach((beads, i) => warnAboutProblems(beads, goldFiles[i], ordered));
    test.forEach((beads, i) => warnAboutProblems(beads, testFiles[i], ordered));

    const result = scoreAlignments(gold, test);
    const counts = countAlignments(gold, test);
    const goldBeads = gold.reduce((sum, beads) => sum + beads.length, 0);
    const testBeads = test.reduce((sum, beads) => sum + beads.length, 0);
    if (format === 'json') {
      print(`${JSON.stringify({ ...result, documents: gold.length, goldBeads, testBeads, counts })}\n`);
      return;
    }
    const documents = gold.length === 1 ? '1 document' : `${gold.length} documents`;
    print(table(result, `(${documents}: ${goldBeads} gold beads, ${testBeads} test beads)`));
  },
};
