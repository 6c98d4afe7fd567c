// `muqabala anchors`: the numbers, dates and names of a text as JSONL, one object per
// anchor. When the input has several lines each object carries its line number and
// offsets relative to that line; with --lang auto each line's language is detected.
import { extractAnchors } from '../anchors/index';
import { Anchor } from '../anchors/types';
import { detectLang } from '../text/script';
import { Lang } from '../text/types';
import { choiceOption, Command } from './command';
import { documentDateOption } from './document-date';
import { print, readInputText, splitLines, UsageError } from './io';

const LANGS = ['auto', 'fr', 'ar'] as const;

/** One output object: line (when several), language (when detected), then the anchor's fields. */
function anchorRecord(anchor: Anchor, line: number | undefined, lang: Lang | undefined): Record<string, unknown> {
  const { kind, text, value, start, end, ...rest } = anchor;
  return {
    ...(line === undefined ? {} : { line }),
    ...(lang === undefined ? {} : { lang }),
    kind,
    text,
    value,
    start,
    end,
    ...rest,
  };
}

/** `muqabala anchors [FILE|-] [--lang fr|ar|auto]` */
export const anchorsCommand: Command = {
  name: 'anchors',
  summary: 'List the numbers, dates and names of a text as JSONL',
  usage: 'muqabala anchors [FILE|-] [--lang fr|ar|auto] [--document-date YYYY-MM-DD]',
  options: {
    lang: { type: 'string', short: 'l', help: 'language of the text: fr, ar, or auto (default: detected line by line)' },
    'document-date': { type: 'string', short: 'd', help: 'the date of the document (YYYY-MM-DD): dates without a year take its year' },
  },
  run(values, positionals) {
    if (positionals.length > 1) throw new UsageError(`give one file (or - for standard input), not ${positionals.length}`);
    const lang = choiceOption(values, 'lang', LANGS, 'auto');
    const documentDate = documentDateOption(values);
    const lines = splitLines(readInputText(positionals[0]).text);
    const numbered = lines.length > 1;
    lines.forEach((line, index) => {
      const lineLang: Lang = lang === 'auto' ? detectLang(line) : lang;
      const records = extractAnchors(line, lineLang, { documentDate }).map((anchor) =>
        JSON.stringify(anchorRecord(anchor, numbered ? index + 1 : undefined, lang === 'auto' ? lineLang : undefined)),
      );
      if (records.length > 0) print(`${records.join('\n')}\n`);
    });
  },
};
