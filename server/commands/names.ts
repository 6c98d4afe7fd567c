// `muqabala names check`: compares Arabic names with Latin spellings, one pair a line
// (arabic<TAB>latin; latin<TAB>arabic is read the right way round), and prints verdict<TAB>score<TAB>explanation for each line, in order.
// A bad line is answered with `error<TAB>0<TAB>line N: reason` (also written to standard
// error) and the other lines are still answered: the exit status is 0 unless the input
// itself cannot be read (1) or the command is misused (2).
import { matchName } from '../anchors/name-match';
import { Command } from './command';
import { print, readInputText, splitLines, UsageError } from './io';

/** Longest line answered (characters): longer ones are not names. */
export const MAX_LINE_LENGTH = 1000;
const SCORE_DECIMALS = 3;
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const SUBCOMMANDS = ['check'] as const;

/** The answer to one input line: the matcher's columns, or an error column with the reason. */
export function checkLine(line: string, number: number): { output: string; error?: string } {
  const fail = (reason: string) => {
    const error = `line ${number}: ${reason}`;
    return { output: `error\t0\t${error}`, error };
  };
  if (line.length > MAX_LINE_LENGTH) return fail(`line too long (${line.length} characters, at most ${MAX_LINE_LENGTH}); expected an Arabic name, a tab and a Latin spelling`);
  if (line.trim() === '') return fail('empty line; expected an Arabic name, a tab and a Latin spelling');
  const cells = line.split('\t');
  if (cells.length === 1) return fail('no tab between the Arabic and the Latin name');
  if (cells.length > 2) return fail(`${cells.length - 1} tabs; expected one, between the Arabic and the Latin name`);
  const [first, second] = cells.map((c) => c.trim());
  if (first === '') return fail('the Arabic name (before the tab) is empty');
  if (second === '') return fail('the Latin name (after the tab) is empty');
  // The columns the other way round (Hammouchi<TAB>حموشي) are read as meant.
  const swapped = !ARABIC_LETTER.test(first) && LATIN_LETTER.test(first) && ARABIC_LETTER.test(second) && !LATIN_LETTER.test(second);
  const [arabic, latin] = swapped ? [second, first] : [first, second];
  const match = matchName(arabic, latin);
  return { output: `${match.verdict}\t${match.score.toFixed(SCORE_DECIMALS)}\t${match.explanation}` };
}

/** `muqabala names check [FILE|-]` */
export const namesCommand: Command = {
  name: 'names',
  summary:
    'Compare Arabic names with Latin spellings: check reads arabic<TAB>latin lines (latin<TAB>arabic is read the right way round) and prints verdict<TAB>score<TAB>explanation for each; a bad line gets error<TAB>0<TAB>reason and the exit status stays 0',
  usage: 'muqabala names check [FILE|-]',
  options: {},
  run(_values, positionals) {
    const [subcommand, file, ...extra] = positionals;
    if (subcommand === undefined) throw new UsageError(`give a subcommand: ${SUBCOMMANDS.join(', ')}`);
    if (!(SUBCOMMANDS as readonly string[]).includes(subcommand)) throw new UsageError(`unknown subcommand '${subcommand}': expected ${SUBCOMMANDS.join(', ')}`);
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}': give one FILE, or - for standard input`);
    const lines = splitLines(readInputText(file, { allowBlank: true }).text);
    const out: string[] = [];
    lines.forEach((raw, index) => {
      const answer = checkLine(raw, index + 1);
      if (answer.error) process.stderr.write(`muqabala names: ${answer.error}\n`);
      out.push(answer.output);
    });
    if (out.length > 0) print(`${out.join('\n')}\n`);
  },
};
