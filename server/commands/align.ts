// `muqabala align`: aligns the sentences of two documents and prints the beads (the
// `[0, 1]:[2]:0.93` lines sentence aligners share), JSON lines with texts and offsets, or
// tab-separated text pairs.
import { alignSentences, AlignedBead } from '../align/align';
import { formatBead } from '../align/beads';
import { alignComparable } from '../align/comparable';
import { InputError } from '../errors';
import { segmentText } from '../text/segment';
import { detectLang } from '../text/script';
import { Lang, SentenceSpan } from '../text/types';
import { choiceOption, Command } from './command';
import { print, readInputBytes, UsageError } from './io';

const LANGS = ['ar', 'fr', 'other', 'auto'] as const;
const MODES = ['translation', 'comparable'] as const;
const FORMATS = ['beads', 'jsonl', 'tsv'] as const;
const CONFIDENCE_DECIMALS = 4;

/**
 * Decodes a file's bytes as strict UTF-8 text (a leading BOM dropped). Binary, empty and
 * non-UTF-8 input become an InputError naming the file and what to do.
 */
export function decodeInput(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError(`${label}: the file is empty; give a text file with the document's sentences`);
  if (bytes.includes(0)) throw new InputError(`${label}: not a text file (it contains NUL bytes); give a UTF-8 text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 text; convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(`${label}: the file holds only blank space; give the document's sentences`);
  return text;
}

/**
 * One sentence per line, as Vecalign and Bertalign read them. A final line ending does not
 * start a sentence; blank lines are kept as empty sentences, so that sentence numbers are
 * the user's line numbers minus one.
 */
export function presegmentedSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const body = text.replace(/(\r?\n|\r)$/, '');
  const lineBreak = /\r?\n|\r/g;
  let start = 0;
  for (let match = lineBreak.exec(body); ; match = lineBreak.exec(body)) {
    const end = match ? match.index : body.length;
    spans.push({ text: body.slice(start, end), start, end });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return spans;
}

function languageOf(value: (typeof LANGS)[number], text: string): Lang {
  return value === 'auto' ? detectLang(text) : value;
}

/** Text of several sentences of a side, joined by a space. */
function joined(spans: SentenceSpan[], numbers: number[]): string {
  return numbers.map((n) => spans[n].text).join(' ');
}

function formatOutput(format: (typeof FORMATS)[number], beads: AlignedBead[], src: SentenceSpan[], tgt: SentenceSpan[]): string {
  if (format === 'beads') return beads.map((bead) => formatBead(bead, true) + '\n').join('');
  if (format === 'tsv') {
    const cell = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');
    return beads.map((bead) => `${cell(joined(src, bead.src))}\t${cell(joined(tgt, bead.tgt))}\t${bead.confidence.toFixed(CONFIDENCE_DECIMALS)}\n`).join('');
  }
  return beads
    .map((bead) =>
      JSON.stringify({
        src: bead.src,
        tgt: bead.tgt,
        srcText: bead.src.map((n) => src[n].text),
        tgtText: bead.tgt.map((n) => tgt[n].text),
        srcOffsets: bead.src.map((n) => [src[n].start, src[n].end]),
        tgtOffsets: bead.tgt.map((n) => [tgt[n].start, tgt[n].end]),
        confidence: Number(bead.confidence.toFixed(CONFIDENCE_DECIMALS)),
      }) + '\n',
    )
    .join('');
}

/** `muqabala align SRC TGT …` */
export const alignCommand: Command = {
  name: 'align',
  summary: 'Align the sentences of two documents (beads with a confidence)',
  usage: 'muqabala align SRC TGT [--src-lang ar] [--tgt-lang fr] [--presegmented] [--mode translation|comparable] [--format beads|jsonl|tsv]',
  options: {
    'src-lang': { type: 'string', short: 's', multiple: false, help: 'language of SRC: ar, fr, other or auto (default auto)' },
    'tgt-lang': { type: 'string', short: 't', multiple: false, help: 'language of TGT: ar, fr, other or auto (default auto)' },
    presegmented: { type: 'boolean', short: 'p', multiple: false, help: 'one sentence per line (blank lines are empty sentences); else the text is segmented' },
    mode: { type: 'string', short: 'm', multiple: false, help: 'translation (default: the documents translate each other) or comparable (pairs in any order; unpaired sentences left out)' },
    format: { type: 'string', short: 'f', multiple: false, help: 'beads (default: [0, 1]:[2]:confidence), jsonl (texts, offsets) or tsv' },
  },
  run(values, positionals) {
    if (positionals.length !== 2) throw new UsageError(`give two files, SRC and TGT (got ${positionals.length})`);
    const [srcFile, tgtFile] = positionals;
    if (srcFile === '-' && tgtFile === '-') throw new UsageError('only one of SRC and TGT can be standard input (-)');
    const mode = choiceOption(values, 'mode', MODES, 'translation');
    const format = choiceOption(values, 'format', FORMATS, 'beads');
    const srcLangOption = choiceOption(values, 'src-lang', LANGS, 'auto');
    const tgtLangOption = choiceOption(values, 'tgt-lang', LANGS, 'auto');
    const label = (file: string): string => (file === '-' ? 'standard input' : file);
    const srcText = decodeInput(readInputBytes(srcFile), label(srcFile));
    const tgtText = decodeInput(readInputBytes(tgtFile), label(tgtFile));
    const srcLang = languageOf(srcLangOption, srcText);
    const tgtLang = languageOf(tgtLangOption, tgtText);
    const split = (text: string, lang: Lang): SentenceSpan[] => (values.presegmented ? presegmentedSentences(text) : segmentText(text, lang));
    const src = split(srcText, srcLang);
    const tgt = split(tgtText, tgtLang);
    const srcTexts = src.map((s) => s.text);
    const tgtTexts = tgt.map((s) => s.text);
    // comparable: pairs in any order, sentences without a counterpart in no bead (see align/comparable.ts)
    const beads: AlignedBead[] =
      mode === 'comparable' ? alignComparable(srcTexts, tgtTexts, { srcLang, tgtLang }) : alignSentences(srcTexts, tgtTexts, { srcLang, tgtLang });
    print(formatOutput(format, beads, src, tgt));
  },
};
