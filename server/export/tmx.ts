// TMX 1.4b export: one <tu> per bead with an Arabic and a French <tuv> (xml:lang), the
// creation and change dates, the reviewer as changeid, and props for the pair, the
// documents, the bead's status, confidence and flags. Text is XML-escaped and cleared of
// characters XML 1.0 forbids.
import type { ExportRow, TextSink } from './types';
import { BufferedSink } from './sink';
import { removeInvalidCharacters } from './text';

/** The tool named in the header. */
export const CREATION_TOOL = 'muqabala';
export const CREATION_TOOL_VERSION = '0.1.0';

/** Options of the TMX writer. */
export interface TmxOptions {
  /** The source language of the memory (default 'ar'). */
  srcLang?: 'ar' | 'fr';
  /** The header's creation date (default now). */
  now?: Date;
}

// A carriage return is written as a reference: XML readers would turn a literal one into a line feed.
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return removeInvalidCharacters(text).replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]);
}

/** An ISO 8601 time as TMX writes dates: YYYYMMDDThhmmssZ. */
export function tmxDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function prop(type: string, value: string | number): string {
  return `      <prop type="${escapeXml(type)}">${escapeXml(String(value))}</prop>\n`;
}

function tuv(lang: 'ar' | 'fr', text: string): string {
  return `      <tuv xml:lang="${lang}"><seg>${escapeXml(text)}</seg></tuv>\n`;
}

/** Writes rows as a TMX 1.4b document; returns how many beads were written. */
export async function writeTmx(rows: Iterable<ExportRow>, out: TextSink, options: TmxOptions = {}): Promise<number> {
  const srcLang = options.srcLang ?? 'ar';
  const sink = new BufferedSink(out);
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<tmx version="1.4">\n' +
      `  <header creationtool="${CREATION_TOOL}" creationtoolversion="${CREATION_TOOL_VERSION}" segtype="sentence" o-tmf="${CREATION_TOOL}"` +
      ` adminlang="en" srclang="${srcLang}" datatype="plaintext" creationdate="${tmxDate(options.now ?? new Date())}"/>\n` +
      '  <body>\n',
  );
  let count = 0;
  for (const row of rows) {
    const changeId = row.reviewer ? ` changeid="${escapeXml(row.reviewer)}"` : '';
    let tu = `    <tu tuid="${row.beadId}" creationdate="${tmxDate(row.createdAt)}" changedate="${tmxDate(row.updatedAt)}"${changeId}>\n`;
    tu += prop('x-pair', row.pairId);
    tu += prop('x-arabic-document', row.arabicDocumentId);
    tu += prop('x-french-document', row.frenchDocumentId);
    tu += prop('x-status', row.status);
    tu += prop('x-confidence', row.confidence.toFixed(3));
    for (const flag of row.flags) tu += prop(`x-flag-${flag.kind}`, flag.message);
    const sides: ['ar' | 'fr', string][] = [
      ['ar', row.arabic],
      ['fr', row.french],
    ];
    if (srcLang === 'fr') sides.reverse();
    for (const [lang, text] of sides) tu += tuv(lang, text);
    tu += '    </tu>\n';
    await sink.write(tu);
    count++;
  }
  await sink.write('  </body>\n</tmx>\n');
  await sink.flush();
  return count;
}
