// `muqabala segment`: splits French or Arabic text into sentences, one non-empty input
// line per paragraph, printed one sentence per line or as JSON lines with offsets.
import { htmlToText, looksLikeHtml } from '../text/html';
import { Paragraph, SegmentLang, segmentParagraphs, sentenceKind } from '../text/segment';
import { choiceOption, Command } from './command';
import { print, readInputText, UsageError } from './io';

const LANGS = ['fr', 'ar', 'auto'] as const;
const FORMATS = ['text', 'jsonl'] as const;

/** How the sentences are printed. */
export type SegmentFormat = (typeof FORMATS)[number];

/**
 * Prints paragraphs' sentences: `text` one sentence per line with an empty line after each
 * paragraph; `jsonl` one object per sentence with text, start, end (UTF-16 offsets into the
 * decoded input, BOM dropped, line endings as given), paragraph, kind (`title` or `body`) and lang.
 */
export function formatSentences(paragraphs: Paragraph[], format: SegmentFormat): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (format === 'text') {
        lines.push(sentence.text);
        continue;
      }
      const { text, start, end } = sentence;
      const kind = sentenceKind(sentence, paragraph.sentences.length);
      lines.push(JSON.stringify({ text, start, end, paragraph: paragraph.index, kind, lang: paragraph.lang }));
    }
    if (format === 'text') lines.push('');
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** `muqabala segment [FILE|-] [--lang fr|ar|auto] [--format text|jsonl]` */
export const segmentCommand: Command = {
  name: 'segment',
  summary:
    'Split French or Arabic text into sentences, one non-empty line per paragraph. Reads UTF-8, UTF-16, Windows-1256 or Windows-1252. ' +
    'In jsonl, start and end count UTF-16 code units into the decoded input as given (byte order mark dropped, CRLF line endings kept), so that text.slice(start, end) is the sentence. An HTML page is first reduced to its text, one block per line, as ingest does; offsets then count into that text',
  usage: 'muqabala segment [FILE|-] [--lang fr|ar|auto] [--format text|jsonl]',
  options: {
    lang: { type: 'string', short: 'l', multiple: false, help: 'fr, ar or auto (default: detected per line)' },
    format: { type: 'string', short: 'f', multiple: false, help: 'text (default: one sentence per line) or jsonl (offsets, kind, lang)' },
  },
  run(values, positionals) {
    if (positionals.length > 1) throw new UsageError(`one input at most (got ${positionals.length}: ${positionals.join(', ')})`);
    const lang: SegmentLang = choiceOption(values, 'lang', LANGS, 'auto');
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const input = readInputText(positionals[0]).text;
    // A page's tags and scripts are no sentences: segment the text it shows, as ingest reads it.
    const text = looksLikeHtml(input) ? htmlToText(input) : input;
    print(formatSentences(segmentParagraphs(text, lang), format));
  },
};
