// Writing what the import pipeline produces: documents with their sentences, document
// pairs, beads with their flags. Prepared statements only; callers own the transactions
// that group several writes.
import type { Db } from './database';
import type { Flag } from '../checks/types';
import type { Lang, LineKind } from '../text/types';

/** A decoded, segmented report ready to store. */
export interface DocumentInput {
  name: string;
  lang: Lang;
  title: string | null;
  date: string | null;
  encoding: string;
  text: string;
  sha256: string;
  sentences: { text: string; start: number; end: number; paragraph: number; kind: LineKind; lang: Lang }[];
}

/** A stored report as the pipeline works on it. */
export interface ProcessingDocument {
  id: number;
  lang: Lang;
  title: string | null;
  date: string | null;
  text: string;
  sentences: { id: number; text: string; kind: string }[];
}

/** A bead to store: 0-based sentence indexes of each side, its confidence, flags and display order. */
export interface BeadInput {
  src: number[];
  tgt: number[];
  confidence: number;
  ordinal: number;
  flags: Flag[];
  status?: 'proposed' | 'confirmed' | 'rejected';
  reviewer?: string | null;
}

/** The time stamps the store writes: ISO 8601 UTC. */
export function now(): string {
  return new Date().toISOString();
}

/** The id of the document with this text hash, if stored. */
export function findDocumentBySha(db: Db, sha256: string): number | undefined {
  const row = db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(sha256) as { id: number } | undefined;
  return row?.id;
}

/** Stores a document and its sentences in one transaction; returns its id. */
export function insertDocument(db: Db, doc: DocumentInput): number {
  const insertDoc = db.prepare(`INSERT INTO documents (lang, title, source, date, sha256, imported_at, encoding, text)
    VALUES (@lang, @title, @source, @date, @sha256, @importedAt, @encoding, @text)`);
  const insertSentence = db.prepare(`INSERT INTO sentences (document_id, ordinal, text, start_offset, end_offset, paragraph, kind, lang)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  return db.transaction(() => {
    const id = Number(
      insertDoc.run({ lang: doc.lang, title: doc.title, source: doc.name, date: doc.date, sha256: doc.sha256, importedAt: now(), encoding: doc.encoding, text: doc.text })
        .lastInsertRowid,
    );
    doc.sentences.forEach((s, ordinal) => insertSentence.run(id, ordinal, s.text, s.start, s.end, s.paragraph, s.kind, s.lang));
    return id;
  })();
}

/** The ids of the documents of a language, oldest first. */
export function listDocumentIds(db: Db, lang: Lang): number[] {
  return (db.prepare('SELECT id FROM documents WHERE lang = ? ORDER BY id').all(lang) as { id: number }[]).map((r) => r.id);
}

/** A stored document with its sentences, for pairing and alignment. */
export function loadProcessingDocument(db: Db, id: number): ProcessingDocument {
  const doc = db.prepare('SELECT id, lang, title, date, text FROM documents WHERE id = ?').get(id) as Omit<ProcessingDocument, 'sentences'>;
  const sentences = db.prepare('SELECT id, text, kind FROM sentences WHERE document_id = ? ORDER BY ordinal').all(id) as ProcessingDocument['sentences'];
  return { ...doc, sentences };
}

/** True when the two documents are already paired. */
export function pairExists(db: Db, arabicId: number, frenchId: number): boolean {
  return db.prepare('SELECT 1 FROM document_pairs WHERE arabic_id = ? AND french_id = ?').get(arabicId, frenchId) !== undefined;
}

/** Stores a document pair; returns its id. */
export function insertPair(
  db: Db,
  pair: { arabicId: number; frenchId: number; score: number; relation: string; evidence: Record<string, unknown> },
): number {
  return Number(
    db
      .prepare(`INSERT INTO document_pairs (arabic_id, french_id, score, relation, evidence, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(pair.arabicId, pair.frenchId, pair.score, pair.relation, JSON.stringify(pair.evidence), now()).lastInsertRowid,
  );
}

/** The first and last index of a side, or nulls for an empty side. */
export function sideRange(indexes: number[]): [number | null, number | null] {
  return indexes.length === 0 ? [null, null] : [Math.min(...indexes), Math.max(...indexes)];
}

/** Stores beads of a pair with their flags; returns their ids in order. */
export function insertBeads(db: Db, pairId: number, beads: BeadInput[]): number[] {
  const insert = db.prepare(`INSERT INTO beads (pair_id, ordinal, ar_first, ar_last, fr_first, fr_last, confidence, status, reviewer, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const stamp = now();
  return beads.map((bead) => {
    const [arFirst, arLast] = sideRange(bead.src);
    const [frFirst, frLast] = sideRange(bead.tgt);
    const id = Number(
      insert.run(pairId, bead.ordinal, arFirst, arLast, frFirst, frLast, bead.confidence, bead.status ?? 'proposed', bead.reviewer ?? null, stamp, stamp)
        .lastInsertRowid,
    );
    insertFlags(db, id, bead.flags);
    return id;
  });
}

/** Stores the flags of a bead (spans kept in `detail.arabic` / `detail.french` as lists). */
export function insertFlags(db: Db, beadId: number, flags: Flag[]): void {
  const insert = db.prepare('INSERT INTO flags (bead_id, kind, severity, confidence, message, detail) VALUES (?, ?, ?, ?, ?, ?)');
  for (const flag of flags) {
    const detail = { ...(flag.detail ?? {}), arabic: flag.arabic ? [flag.arabic] : [], french: flag.french ? [flag.french] : [], values: flag.detail ?? {} };
    insert.run(beadId, flag.kind, flag.severity, flag.confidence, flag.message, JSON.stringify(detail));
  }
}
