// JSONL export: one JSON object per bead and line (JSON escapes line breaks itself).
import type { ExportRow, TextSink } from './types';
import { BufferedSink } from './sink';
import { removeInvalidCharacters } from './text';

/** Writes rows as JSON lines; returns how many beads were written. */
export async function writeJsonl(rows: Iterable<ExportRow>, out: TextSink): Promise<number> {
  const sink = new BufferedSink(out);
  let count = 0;
  for (const row of rows) {
    const record = {
      ar: removeInvalidCharacters(row.arabic),
      fr: removeInvalidCharacters(row.french),
      pair: row.pairId,
      bead: row.beadId,
      arabicDocument: row.arabicDocumentId,
      frenchDocument: row.frenchDocumentId,
      status: row.status,
      confidence: row.confidence,
      reviewer: row.reviewer,
      created: row.createdAt,
      changed: row.updatedAt,
      flags: row.flags,
    };
    await sink.write(JSON.stringify(record) + '\n');
    count++;
  }
  await sink.flush();
  return count;
}
