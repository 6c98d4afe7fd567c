// `muqabala ingest`: reads a raw report (any supported encoding, text or HTML) and shows
// its language, title, date and classified lines, as readable text or as JSON.
import { IngestedDocument, ingestDocument } from '../text/ingest';
import { LineKind } from '../text/types';
import { choiceOption, Command } from './command';
import { print, readInputText, UsageError } from './io';

const FORMATS = ['text', 'json'] as const;
/** Order of the kinds in the text format's count line. */
const KIND_ORDER: readonly LineKind[] = ['title', 'body', 'caption', 'foreign', 'metadata', 'boilerplate'];

/** The text format: a header (name, language, title, date, encoding, counts), a blank line, then `kind<TAB>text` per line. */
export function formatIngested(doc: IngestedDocument): string {
  const counts = KIND_ORDER.map((kind) => [kind, doc.lines.filter((line) => line.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`);
  const header = [
    ...(doc.name !== undefined ? [`file: ${doc.name}`] : []),
    `language: ${doc.lang}`,
    `title: ${doc.title ?? '(none)'}`,
    `date: ${doc.date === null ? '(none)' : `${doc.date} (from the ${doc.dateSource})`}`,
    `encoding: ${doc.encoding ?? 'text'}${doc.html ? ', HTML reduced to text' : ''}`,
    `lines: ${doc.lines.length} (${counts.join(', ')}); sentences: ${doc.sentences.length}`,
  ];
  return [...header, '', ...doc.lines.map((line) => `${line.kind}\t${line.text}`), ''].join('\n');
}

/** `muqabala ingest FILE [--format text|json]` */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read a raw report: language, title, date and classified lines',
  usage: 'muqabala ingest [FILE|-] [--format text|json]',
  options: {
    format: { type: 'string', short: 'f', multiple: false, help: 'text (default: a header, then kind<TAB>line) or json (the whole document)' },
  },
  run(values, positionals) {
    if (positionals.length > 1) throw new UsageError(`one report at a time (got ${positionals.length} files)`);
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const { text, label, encoding } = readInputText(positionals[0]);
    const doc = ingestDocument(text, { name: label, encoding });
    print(format === 'json' ? `${JSON.stringify(doc)}\n` : formatIngested(doc));
  },
};
