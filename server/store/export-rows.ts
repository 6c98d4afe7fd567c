// The beads to export as a lazy iterator over one SQL query (better-sqlite3's iterate):
// a million beads are read one at a time, never held in memory.
import type { Db } from './database';
import type { ExportRow } from '../export/types';
import { parseJson } from './json';
import { ALIGNED_KINDS } from '../pipeline';

/** Which beads to export: confirmed only, or all but the rejected ones; one pair or all. */
export interface ExportQuery {
  status: 'confirmed' | 'all';
  pairId?: number;
}

interface ExportRecord {
  bead_id: number;
  pair_id: number;
  arabic_id: number;
  french_id: number;
  arabic: string | null;
  french: string | null;
  status: ExportRow['status'];
  confidence: number;
  reviewer: string | null;
  created_at: string;
  updated_at: string;
  flags: string;
}

/** The aligned kinds as an SQL list (a constant of the code, never user input). */
const KINDS = ALIGNED_KINDS.map((kind) => `'${kind.replace(/'/g, "''")}'`).join(', ');

// Beads with an empty side (a sentence left untranslated) are not translation pairs and
// rejected beads are known to be wrong: neither is exported. Boilerplate lines inside a
// bead's range are left out of its text.
const EXPORT_SQL = `SELECT b.id AS bead_id, b.pair_id, p.arabic_id, p.french_id,
    (SELECT group_concat(s.text, ' ' ORDER BY s.ordinal) FROM sentences s
      WHERE s.document_id = p.arabic_id AND s.ordinal BETWEEN b.ar_first AND b.ar_last AND s.kind IN (${KINDS})) AS arabic,
    (SELECT group_concat(s.text, ' ' ORDER BY s.ordinal) FROM sentences s
      WHERE s.document_id = p.french_id AND s.ordinal BETWEEN b.fr_first AND b.fr_last AND s.kind IN (${KINDS})) AS french,
    b.status, b.confidence, b.reviewer, b.created_at, b.updated_at,
    (SELECT json_group_array(json_object('kind', g.kind, 'severity', g.severity, 'message', g.message))
      FROM flags g WHERE g.bead_id = b.id) AS flags
  FROM beads b JOIN document_pairs p ON p.id = b.pair_id
  WHERE b.ar_first IS NOT NULL AND b.fr_first IS NOT NULL
    AND (b.status = 'confirmed' OR (@status = 'all' AND b.status = 'proposed'))
    AND (@pair IS NULL OR b.pair_id = @pair)
  ORDER BY b.pair_id, b.ordinal`;

/** The beads to export, one row at a time (call `return()` to stop early and free the query). */
export function* iterateExportRows(db: Db, query: ExportQuery): Generator<ExportRow, void, undefined> {
  const statement = db.prepare(EXPORT_SQL);
  for (const record of statement.iterate({ status: query.status, pair: query.pairId ?? null }) as IterableIterator<ExportRecord>) {
    yield {
      beadId: record.bead_id,
      pairId: record.pair_id,
      arabicDocumentId: record.arabic_id,
      frenchDocumentId: record.french_id,
      arabic: record.arabic ?? '',
      french: record.french ?? '',
      status: record.status,
      confidence: record.confidence,
      reviewer: record.reviewer,
      createdAt: record.created_at,
      updatedAt: record.updated_at,
      flags: (parseJson(record.flags) as ExportRow['flags'] | null) ?? [],
    };
  }
}
