// TSV export: a header line, then one bead per line: Arabic, French, pair, bead, status,
// confidence, flags. Tabs, line breaks and backslashes inside a field are escaped as
// \t, \n, \r and \\ (the convention of PostgreSQL's and MySQL's text format).
import type { ExportRow, TextSink } from './types';
import { BufferedSink } from './sink';
import { removeInvalidCharacters } from './text';

/** The header line's columns. */
export const TSV_COLUMNS = ['arabic', 'french', 'pair', 'bead', 'status', 'confidence', 'flags'] as const;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escapes one TSV field. */
export function escapeTsvField(text: string): string {
  return removeInvalidCharacters(text).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
}

/** Reads one escaped TSV field back. */
export function unescapeTsvField(field: string): string {
  return field.replace(/\\([\\tnr])/g, (_m, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] as string);
}

/** Writes rows as TSV; returns how many beads were written. */
export async function writeTsv(rows: Iterable<ExportRow>, out: TextSink): Promise<number> {
  const sink = new BufferedSink(out);
  await sink.write(TSV_COLUMNS.join('\t') + '\n');
  let count = 0;
  for (const row of rows) {
    const flags = row.flags.map((f) => `${f.kind}:${f.message}`).join('; ');
    const fields = [row.arabic, row.french, String(row.pairId), String(row.beadId), row.status, row.confidence.toFixed(3), flags];
    await sink.write(fields.map(escapeTsvField).join('\t') + '\n');
    count++;
  }
  await sink.flush();
  return count;
}
