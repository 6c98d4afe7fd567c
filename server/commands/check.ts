// `muqabala check`: flags the names, numbers and dates that disagree between the two
// columns of arabic<TAB>french lines, one JSON object per line. A bad line (empty, no tab,
// too long, columns the wrong way round) gets an error object and the others are still
// answered; the exit code is 1 when any line was bad.
import { checkPair } from '../checks/check';
import { Flag } from '../checks/types';
import { detectLang } from '../text/script';
import { choiceOption, Command, ParsedValues } from './command';
import { documentDateOption } from './document-date';
import { print, readInputText, splitLines, UsageError, UserError } from './io';

/** Longest line checked, in characters (a sentence pair is far shorter; a whole document on one line is a mistake). */
export const MAX_LINE_CHARS = 20_000;

const LANGS = ['ar', 'fr'] as const;
type Lang = (typeof LANGS)[number];

/** The answer for one input line. */
export type LineResult = { line: number; flags: Flag[] } | { line: number; error: string };

/** Is the Arabic in the first column? `--src-lang`/`--tgt-lang` (ar then fr by default; either one implies the other). */
function arabicFirst(values: ParsedValues): boolean {
  const src = values['src-lang'] === undefined ? undefined : choiceOption<Lang>(values, 'src-lang', LANGS, 'ar');
  const tgt = values['tgt-lang'] === undefined ? undefined : choiceOption<Lang>(values, 'tgt-lang', LANGS, 'fr');
  const first = src ?? (tgt === 'ar' ? 'fr' : 'ar');
  const second = tgt ?? (first === 'ar' ? 'fr' : 'ar');
  if (first === second) throw new UsageError(`--src-lang and --tgt-lang are both ${first}: one column must be Arabic and the other French`);
  return first === 'ar';
}

/** Checks one line `arabic<TAB>french` (columns in the order given); a bad line becomes an error result. */
export function checkLine(line: string, number: number, arabicFirst: boolean, documentDate?: string): LineResult {
  const fail = (reason: string): LineResult => ({ line: number, error: `line ${number}: ${reason}` });
  const order = arabicFirst ? 'the Arabic text, a tab, then the French text' : 'the French text, a tab, then the Arabic text';
  if (line.trim() === '') return fail(`empty line; expected ${order}`);
  if (line.length > MAX_LINE_CHARS) return fail(`${line.length} characters, more than the limit of ${MAX_LINE_CHARS}; give one sentence pair per line`);
  const columns = line.split('\t');
  if (columns.length === 1) return fail(`no tab between the Arabic and the French text; expected ${order}`);
  if (columns.length > 2) return fail(`${columns.length - 1} tabs; expected exactly one, between the Arabic and the French text`);
  const [arabic, french] = arabicFirst ? columns : [columns[1], columns[0]];
  if (arabic.trim() === '') return fail('the Arabic text is empty');
  if (french.trim() === '') return fail('the French text is empty');
  if (detectLang(arabic) === 'fr' && detectLang(french) === 'ar') {
    const hint = arabicFirst ? '--src-lang fr --tgt-lang ar' : '--src-lang ar --tgt-lang fr';
    return fail(`the Arabic column reads as French and the French column as Arabic; swap the columns or give ${hint}`);
  }
  return { line: number, flags: checkPair(arabic, french, { documentDate }) };
}

/** `muqabala check [FILE|-] [--src-lang ar --tgt-lang fr]` */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Flag names, numbers and dates that disagree in arabic<TAB>french lines (exit 1 if a line is bad)',
  usage: 'muqabala check [FILE|-] [--src-lang ar --tgt-lang fr] [--document-date YYYY-MM-DD]',
  options: {
    'src-lang': { type: 'string', short: 's', help: 'language of the first column: ar (default) or fr' },
    'tgt-lang': { type: 'string', short: 't', help: 'language of the second column: fr (default) or ar' },
    'document-date': { type: 'string', short: 'd', help: 'the date of the document (YYYY-MM-DD): dates without a year take its year' },
  },
  run(values, positionals) {
    if (positionals.length > 1) throw new UsageError(`give one file (or - for standard input), not ${positionals.length}`);
    const arabicIsFirst = arabicFirst(values);
    const documentDate = documentDateOption(values);
    const { text, label } = readInputText(positionals[0]);
    const lines = splitLines(text);
    let bad = 0;
    lines.forEach((line, index) => {
      const result = checkLine(line, index + 1, arabicIsFirst, documentDate);
      if ('error' in result) bad++;
      print(`${JSON.stringify(result)}\n`);
    });
    if (bad > 0) {
      throw new UserError(`${label}: ${bad} of ${lines.length} lines could not be checked (see their "error" objects); the others were answered`);
    }
  },
};
