// Moses export: two plain-text files, line n of one translating line n of the other
// (corpus.ar, corpus.fr). Each bead's side is kept on one line.
import type { ExportRow, TextSink } from './types';
import { BufferedSink } from './sink';
import { oneLine } from './text';

/** Writes the Arabic and the French side of each row to two sinks, line by line; returns the line count. */
export async function writeMoses(rows: Iterable<ExportRow>, arabicOut: TextSink, frenchOut: TextSink): Promise<number> {
  const arabic = new BufferedSink(arabicOut);
  const french = new BufferedSink(frenchOut);
  let count = 0;
  for (const row of rows) {
    await arabic.write(oneLine(row.arabic) + '\n');
    await french.write(oneLine(row.french) + '\n');
    count++;
  }
  await arabic.flush();
  await french.flush();
  return count;
}

/** Writes one side only (a Moses file of a two-pass export, e.g. inside a zip). */
export async function writeMosesSide(rows: Iterable<ExportRow>, side: 'ar' | 'fr', out: TextSink): Promise<number> {
  const sink = new BufferedSink(out);
  let count = 0;
  for (const row of rows) {
    await sink.write(oneLine(side === 'ar' ? row.arabic : row.french) + '\n');
    count++;
  }
  await sink.flush();
  return count;
}
