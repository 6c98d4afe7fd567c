// `muqabala align`: aligns the sentences of two documents and prints the beads (the
// `[0, 1]:[2]:0.93` lines sentence aligners share), JSON lines with texts and offsets, or
// tab-separated text pairs. A raw report is ingested first (its page furniture left out of
// the alignment); a presegmented file is taken one sentence per line.
import { alignSentences, AlignedBead } from '../align/align';
import { formatBead } from '../align/beads';
import { alignComparable } from '../align/comparable';
import { COUNTED_KINDS, MAX_PAIRED_SENTENCES, pairDocuments, PairingDocument } from '../align/pairing';
import { isArabicFrench } from '../align/scoring';
import { htmlToText, looksLikeHtml } from '../text/html';
import { ingestDocument, IngestedDocument } from '../text/ingest';
import { detectLang } from '../text/script';
import { Lang, SentenceSpan } from '../text/types';
import { choiceOption, Command } from './command';
import { print, readInputText, UsageError } from './io';

const LANGS = ['ar', 'fr', 'other', 'auto'] as const;
const MODES = ['translation', 'comparable'] as const;
const FORMATS = ['beads', 'jsonl', 'tsv'] as const;
const CONFIDENCE_DECIMALS = 4;
/** Blanks that ingest collapses into one space: a sentence's space may be any run of them in the input. */
const BLANK_RUN = '[\\s\\u00A0\\u202F]+';

/**
 * A side of the alignment: the sentences the user numbers (every line of a presegmented
 * file; every sentence of an ingested report, as `muqabala ingest --format json` lists them),
 * those the aligner sees (`kept`: their numbers), and the offsets of each in the decoded input
 * (null when ingest's cleaning changed a sentence beyond its blanks).
 */
interface AlignSide {
  sentences: { text: string; offsets: [number, number] | null }[];
  kept: number[];
  lang: Lang;
  /** The report as ingested (not for a presegmented file). */
  report?: IngestedDocument;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds sentences in the text they were taken from, in order: each where it is written
 * verbatim, or with other blanks between its words (ingest collapses them), from the end of
 * the previous one found; null when not found (a sentence ingest changed otherwise).
 */
export function locateSentences(input: string, texts: readonly string[]): ([number, number] | null)[] {
  let cursor = 0;
  return texts.map((text) => {
    let start = input.indexOf(text, cursor);
    let end = start + text.length;
    if (start < 0) {
      const pattern = new RegExp(text.trim().split(/\s+/).map(escapeRegExp).join(BLANK_RUN), 'g');
      pattern.lastIndex = cursor;
      const match = pattern.exec(input);
      if (!match) return null;
      start = match.index;
      end = start + match[0].length;
    }
    cursor = end;
    return [start, end];
  });
}

/** One sentence per line (presegmented, all kept), or the report ingested (title, body and caption sentences kept). */
function readSide(text: string, label: string, langOption: (typeof LANGS)[number], presegmented: boolean): AlignSide {
  if (presegmented) {
    const spans = presegmentedSentences(text);
    return {
      sentences: spans.map((s) => ({ text: s.text, offsets: [s.start, s.end] })),
      kept: spans.map((_, k) => k),
      lang: langOption === 'auto' ? detectLang(text) : langOption,
    };
  }
  const doc = ingestDocument(text, { name: label });
  const shown = looksLikeHtml(text) ? htmlToText(text) : text;
  const offsets = locateSentences(
    shown,
    doc.sentences.map((s) => s.text),
  );
  return {
    sentences: doc.sentences.map((s, k) => ({ text: s.text, offsets: offsets[k] })),
    kept: doc.sentences.flatMap((s, k) => (COUNTED_KINDS.has(s.kind) ? [k] : [])),
    lang: langOption === 'auto' ? doc.lang : langOption,
    report: doc,
  };
}

/**
 * Whether two Arabic–French reports tell the same event without translating each other
 * sentence by sentence, as the pairing judges them (then more sentences have no counterpart).
 */
function areLoosePair(src: AlignSide, tgt: AlignSide): boolean {
  if (!src.report || !tgt.report || !isArabicFrench(src.lang, tgt.lang)) return false;
  // Longer documents are not news reports: they are aligned as translations, without the pairing's cost.
  if (Math.max(src.kept.length, tgt.kept.length) > MAX_PAIRED_SENTENCES) return false;
  const [arabic, french] = src.lang === 'ar' ? [src.report, tgt.report] : [tgt.report, src.report];
  const asPairing = (doc: IngestedDocument, id: string): PairingDocument => ({ id, lang: doc.lang, date: doc.date, sentences: doc.sentences });
  return pairDocuments(asPairing(arabic, 'ar'), [asPairing(french, 'fr')])[0].relation === 'same-event';
}

/** Text of several sentences of a side, joined by a space. */
function joined(side: AlignSide, numbers: number[]): string {
  return numbers.map((n) => side.sentences[n].text).join(' ');
}

function formatOutput(format: (typeof FORMATS)[number], beads: AlignedBead[], src: AlignSide, tgt: AlignSide): string {
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
        srcText: bead.src.map((n) => src.sentences[n].text),
        tgtText: bead.tgt.map((n) => tgt.sentences[n].text),
        srcOffsets: bead.src.map((n) => src.sentences[n].offsets),
        tgtOffsets: bead.tgt.map((n) => tgt.sentences[n].offsets),
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
    presegmented: {
      type: 'boolean',
      short: 'p',
      multiple: false,
      help:
        'one sentence per line, numbered from 0 (blank lines are empty sentences). Without it each file is read as a report: ' +
        'sentences are numbered as `muqabala ingest --format json` lists them, and only title, body and caption sentences are aligned ' +
        '(page furniture, metadata and foreign-language lines keep their numbers but are in no bead)',
    },
    mode: {
      type: 'string',
      short: 'm',
      multiple: false,
      help:
        'translation (default: the documents translate each other, in order; two reports the pairing judges to tell the same event without translating each other expect more sentences without a counterpart) ' +
        'or comparable (pairs in any order; unpaired sentences left out)',
    },
    format: {
      type: 'string',
      short: 'f',
      multiple: false,
      help: 'beads (default: [0, 1]:[2]:confidence), jsonl (sentence texts and [start, end] UTF-16 offsets into the decoded input, BOM dropped; an HTML page: into its text as ingest reduces it) or tsv',
    },
  },
  run(values, positionals) {
    if (positionals.length !== 2) throw new UsageError(`give two files, SRC and TGT (got ${positionals.length})`);
    const [srcFile, tgtFile] = positionals;
    if (srcFile === '-' && tgtFile === '-') throw new UsageError('only one of SRC and TGT can be standard input (-)');
    const mode = choiceOption(values, 'mode', MODES, 'translation');
    const format = choiceOption(values, 'format', FORMATS, 'beads');
    const srcLangOption = choiceOption(values, 'src-lang', LANGS, 'auto');
    const tgtLangOption = choiceOption(values, 'tgt-lang', LANGS, 'auto');
    const srcInput = readInputText(srcFile);
    const tgtInput = readInputText(tgtFile);
    const presegmented = values.presegmented === true;
    const src = readSide(srcInput.text, srcInput.label, srcLangOption, presegmented);
    const tgt = readSide(tgtInput.text, tgtInput.label, tgtLangOption, presegmented);
    const srcTexts = src.kept.map((n) => src.sentences[n].text);
    const tgtTexts = tgt.kept.map((n) => tgt.sentences[n].text);
    const options = { srcLang: src.lang, tgtLang: tgt.lang };
    // comparable: pairs in any order, sentences without a counterpart in no bead (see align/comparable.ts)
    const found: AlignedBead[] =
      mode === 'comparable' ? alignComparable(srcTexts, tgtTexts, options) : alignSentences(srcTexts, tgtTexts, { ...options, loose: areLoosePair(src, tgt) });
    // back to the user's sentence numbers
    const beads = found.map((bead) => ({ ...bead, src: bead.src.map((k) => src.kept[k]), tgt: bead.tgt.map((k) => tgt.kept[k]) }));
    print(formatOutput(format, beads, src, tgt));
  },
};
