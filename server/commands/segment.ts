// `muqabala segment`: splits French or Arabic text into sentences, one non-empty input
// line per paragraph, printed one sentence per line or as JSON lines with offsets.
import { InputError } from '../errors';
import { Paragraph, SegmentLang, segmentParagraphs, sentenceKind } from '../text/segment';
import { choiceOption, Command } from './command';
import { print, readInputBytes, UsageError } from './io';

const LANGS = ['fr', 'ar', 'auto'] as const;
const FORMATS = ['text', 'jsonl'] as const;

/** How the sentences are printed. */
export type SegmentFormat = (typeof FORMATS)[number];

/**
 * The text of input bytes: strict UTF-8 (a BOM is dropped). Refuses binary data, invalid
 * UTF-8 and blank input with a message naming the input.
 */
export function decodeInput(bytes: Uint8Array, label: string): string {
  if (bytes.includes(0)) throw new InputError(`${label}: binary data (NUL bytes), not text; save it as plain text in UTF-8`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 text; save it as plain text in UTF-8`);
  }
  if (text.trim() === '') throw new InputError(`${label}: empty input, nothing to segment`);
  return text;
}

/**
 * Prints paragraphs' sentences: `text` one sentence per line with an empty line after each
 * paragraph; `jsonl` one object per sentence with text, start, end (UTF-16 offsets into the
 * decoded input), paragraph, kind (`title` or `body`) and lang.
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
  summary: 'Split French or Arabic text into sentences',
  usage: 'muqabala segment [FILE|-] [--lang fr|ar|auto] [--format text|jsonl]',
  options: {
    lang: { type: 'string', short: 'l', multiple: false, help: 'fr, ar or auto (default: detected per line)' },
    format: { type: 'string', short: 'f', multiple: false, help: 'text (default: one sentence per line) or jsonl (offsets, kind, lang)' },
  },
  run(values, positionals) {
    if (positionals.length > 1) throw new UsageError(`one input at most (got ${positionals.length}: ${positionals.join(', ')})`);
    const lang: SegmentLang = choiceOption(values, 'lang', LANGS, 'auto');
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const file = positionals[0];
    const label = file === undefined || file === '-' ? 'standard input' : file;
    const text = decodeInput(readInputBytes(file), label);
    print(formatSentences(segmentParagraphs(text, lang), format));
  },
};
