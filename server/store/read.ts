// Read models of the review app: documents, sentences, pairs, beads with their sentences
// and flags, the review history. Plain camelCase objects, JSON columns parsed.
import { Db } from './database';
import { NotFoundError } from './errors';
import { parseJson } from './json';
export { listNameGroups } from './names';
export type { NameGroupRow } from './names';

/** Below this confidence an unconfirmed bead counts as doubtful. */
export const DOUBTFUL_CONFIDENCE = 0.6;

export type DocumentLang = 'ar' | 'fr' | 'other';
export type BeadStatus = 'proposed' | 'confirmed' | 'rejected';
/** Which beads of a pair to list (see `listBeads`). */
export type BeadFilter = 'all' | 'doubtful' | 'unconfirmed' | 'confirmed';
export const BEAD_FILTERS: readonly BeadFilter[] = ['all', 'doubtful', 'unconfirmed', 'confirmed'];

/** A stored report. */
export interface DocumentRow {
  id: number;
  lang: DocumentLang;
  title: string | null;
  /** The file name or label it was imported from. */
  source: string;
  date: string | null;
  sha256: string;
  importedAt: string;
  encoding: string;
  sentenceCount: number;
}

/** A sentence of a stored report; `text` is the document text from `start` to `end`. */
export interface SentenceRow {
  id: number;
  documentId: number;
  ordinal: number;
  text: string;
  start: number;
  end: number;
  /** 0-based paragraph (non-empty line) of the document. */
  paragraph: number;
  kind: string;
  lang: DocumentLang;
}

/** An Arabic report paired with a French one, with review progress. */
export interface PairRow {
  id: number;
  arabicId: number;
  frenchId: number;
  arabicTitle: string | null;
  frenchTitle: string | null;
  score: number;
  relation: 'translation' | 'same-event' | 'unrelated';
  evidence: Record<string, unknown>;
  status: string;
  beadCount: number;
  confirmedCount: number;
  rejectedCount: number;
  flagCount: number;
  /** Beads with at least one flag. */
  flaggedBeadCount: number;
}

/** A mismatch flag of a bead; `detail.arabic` / `detail.french` hold spans in the bead's joined side text. */
export interface FlagRow {
  id: number;
  beadId: number;
  kind: string;
  severity: 'info' | 'warning' | 'error';
  confidence: number;
  message: string;
  detail: Record<string, unknown>;
}

/** A bead as reviewers see it: its sentences on both sides, status and flags. */
export interface BeadView {
  id: number;
  pairId: number;
  ordinal: number;
  arabic: SentenceRow[];
  french: SentenceRow[];
  confidence: number;
  status: BeadStatus;
  version: number;
  reviewer: string | null;
  updatedAt: string;
  flags: FlagRow[];
}

/** One entry of the review history. */
export interface EventRow {
  id: number;
  at: string;
  user: string;
  action: string;
  pairId: number | null;
  beadId: number | null;
  before: unknown;
  after: unknown;
  /** The undo event that reverted this one, if any. */
  undoneBy: number | null;
  /** For an undo event: the event it reverted. */
  undoes: number | null;
}

interface DocumentRecord {
  id: number;
  lang: DocumentLang;
  title: string | null;
  source: string;
  date: string | null;
  sha256: string;
  imported_at: string;
  encoding: string;
  sentence_count: number;
}

const DOCUMENT_COLUMNS = `d.id, d.lang, d.title, d.source, d.date, d.sha256, d.imported_at, d.encoding,
  (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id) AS sentence_count`;

function toDocument(row: DocumentRecord): DocumentRow {
  return {
    id: row.id,
    lang: row.lang,
    title: row.title,
    source: row.source,
    date: row.date,
    sha256: row.sha256,
    importedAt: row.imported_at,
    encoding: row.encoding,
    sentenceCount: row.sentence_count,
  };
}

/** Every document, Arabic first, then by date and id. */
export function listDocuments(db: Db): DocumentRow[] {
  const rows = db
    .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d
      ORDER BY CASE d.lang WHEN 'ar' THEN 0 WHEN 'fr' THEN 1 ELSE 2 END, d.date, d.id`)
    .all() as DocumentRecord[];
  return rows.map(toDocument);
}

/** One document (NotFoundError when there is none with that id). */
export function getDocument(db: Db, id: number): DocumentRow {
  const row = db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as DocumentRecord | undefined;
  if (!row) throw new NotFoundError(`there is no document ${id}`);
  return toDocument(row);
}

/** The full text of a document (NotFoundError when missing). */
export function getDocumentText(db: Db, id: number): string {
  const row = db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined;
  if (!row) throw new NotFoundError(`there is no document ${id}`);
  return row.text;
}

export interface SentenceRecord {
  id: number;
  document_id: number;
  ordinal: number;
  text: string;
  start_offset: number;
  end_offset: number;
  paragraph: number;
  kind: string;
  lang: DocumentLang;
}

/** A sentence row of the database as a read model. */
export function toSentence(row: SentenceRecord): SentenceRow {
  return {
    id: row.id,
    documentId: row.document_id,
    ordinal: row.ordinal,
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    paragraph: row.paragraph,
    kind: row.kind,
    lang: row.lang,
  };
}

/** The sentences of a document in order (NotFoundError for an unknown document). */
export function listSentences(db: Db, documentId: number): SentenceRow[] {
  getDocument(db, documentId);
  return sentencesOf(db, documentId);
}

/** The sentences of a document in order, without checking it exists. */
export function sentencesOf(db: Db, documentId: number): SentenceRow[] {
  const rows = db.prepare('SELECT * FROM sentences WHERE document_id = ? ORDER BY ordinal').all(documentId) as SentenceRecord[];
  return rows.map(toSentence);
}

interface PairRecord {
  id: number;
  arabic_id: number;
  french_id: number;
  arabic_title: string | null;
  french_title: string | null;
  score: number;
  relation: PairRow['relation'];
  evidence: string;
  status: string;
  bead_count: number;
  confirmed_count: number;
  rejected_count: number;
  flag_count: number;
  flagged_bead_count: number;
}

const PAIR_QUERY = `SELECT p.id, p.arabic_id, p.french_id, a.title AS arabic_title, f.title AS french_title,
    p.score, p.relation, p.evidence, p.status,
    (SELECT COUNT(*) FROM beads b WHERE b.pair_id = p.id) AS bead_count,
    (SELECT COUNT(*) FROM beads b WHERE b.pair_id = p.id AND b.status = 'confirmed') AS confirmed_count,
    (SELECT COUNT(*) FROM beads b WHERE b.pair_id = p.id AND b.status = 'rejected') AS rejected_count,
    (SELECT COUNT(*) FROM flags g JOIN beads b ON b.id = g.bead_id WHERE b.pair_id = p.id) AS flag_count,
    (SELECT COUNT(DISTINCT g.bead_id) FROM flags g JOIN beads b ON b.id = g.bead_id WHERE b.pair_id = p.id) AS flagged_bead_count
  FROM document_pairs p
  JOIN documents a ON a.id = p.arabic_id
  JOIN documents f ON f.id = p.french_id`;

function toPair(row: PairRecord): PairRow {
  return {
    id: row.id,
    arabicId: row.arabic_id,
    frenchId: row.french_id,
    arabicTitle: row.arabic_title,
    frenchTitle: row.french_title,
    score: row.score,
    relation: row.relation,
    evidence: parseJson(row.evidence) as Record<string, unknown>,
    status: row.status,
    beadCount: row.bead_count,
    confirmedCount: row.confirmed_count,
    rejectedCount: row.rejected_count,
    flagCount: row.flag_count,
    flaggedBeadCount: row.flagged_bead_count,
  };
}

/** Every document pair: grouped by Arabic document, translations first, then by score. */
export function listPairs(db: Db): PairRow[] {
  const relationRank = `CASE p.relation WHEN 'translation' THEN 0 WHEN 'same-event' THEN 1 ELSE 2 END`;
  const rows = db.prepare(`${PAIR_QUERY} ORDER BY p.arabic_id, ${relationRank}, p.score DESC, p.id`).all() as PairRecord[];
  return rows.map(toPair);
}

/** One pair (NotFoundError when there is none with that id). */
export function getPair(db: Db, id: number): PairRow {
  const row = db.prepare(`${PAIR_QUERY} WHERE p.id = ?`).get(id) as PairRecord | undefined;
  if (!row) throw new NotFoundError(`there is no document pair ${id}`);
  return toPair(row);
}

/** A bead row of the database. */
export interface BeadRecord {
  id: number;
  pair_id: number;
  ordinal: number;
  ar_first: number | null;
  ar_last: number | null;
  fr_first: number | null;
  fr_last: number | null;
  confidence: number;
  status: BeadStatus;
  version: number;
  reviewer: string | null;
  created_at: string;
  updated_at: string;
}

interface FlagRecord {
  id: number;
  bead_id: number;
  kind: string;
  severity: FlagRow['severity'];
  confidence: number;
  message: string;
  detail: string;
}

function toFlag(row: FlagRecord): FlagRow {
  return {
    id: row.id,
    beadId: row.bead_id,
    kind: row.kind,
    severity: row.severity,
    confidence: row.confidence,
    message: row.message,
    detail: parseJson(row.detail) as Record<string, unknown>,
  };
}

/** The sentences `first..last` (inclusive ordinals) of a document's ordered sentence list. */
function sliceRange(sentences: SentenceRow[], first: number | null, last: number | null): SentenceRow[] {
  if (first === null || last === null) return [];
  // Ordinals are 0..n-1 in order, so the index of a sentence is its ordinal.
  return sentences.slice(first, last + 1);
}

/** Beads of a pair as views, given the pair's documents' sentences. */
function toBeadViews(db: Db, records: BeadRecord[], arabic: SentenceRow[], french: SentenceRow[]): BeadView[] {
  const flagsByBead = new Map<number, FlagRow[]>();
  if (records.length > 0) {
    const flagRows = db
      .prepare(`SELECT g.* FROM flags g JOIN beads b ON b.id = g.bead_id WHERE b.pair_id = ? ORDER BY g.id`)
      .all(records[0].pair_id) as FlagRecord[];
    for (const row of flagRows) {
      const list = flagsByBead.get(row.bead_id) ?? [];
      list.push(toFlag(row));
      flagsByBead.set(row.bead_id, list);
    }
  }
  return records.map((row) => ({
    id: row.id,
    pairId: row.pair_id,
    ordinal: row.ordinal,
    arabic: sliceRange(arabic, row.ar_first, row.ar_last),
    french: sliceRange(french, row.fr_first, row.fr_last),
    confidence: row.confidence,
    status: row.status,
    version: row.version,
    reviewer: row.reviewer,
    updatedAt: row.updated_at,
    flags: flagsByBead.get(row.id) ?? [],
  }));
}

const FILTER_SQL: Record<BeadFilter, string> = {
  all: 'ORDER BY b.ordinal',
  confirmed: `AND b.status = 'confirmed' ORDER BY b.ordinal`,
  unconfirmed: `AND b.status = 'proposed' ORDER BY b.ordinal`,
  doubtful: `AND b.status = 'proposed'
    ORDER BY (b.confidence < ${DOUBTFUL_CONFIDENCE} OR EXISTS (SELECT 1 FROM flags g WHERE g.bead_id = b.id)) DESC, b.confidence, b.ordinal`,
};

/**
 * The beads of a pair with their sentences and flags (NotFoundError for an unknown pair).
 * 'unconfirmed' lists the proposed beads (neither confirmed nor rejected); 'doubtful' lists
 * them too, those below DOUBTFUL_CONFIDENCE or flagged first, each group least confident
 * first; the other filters keep the pair's order.
 */
export function listBeads(db: Db, pairId: number, filter: BeadFilter = 'all'): BeadView[] {
  const pair = db.prepare('SELECT arabic_id, french_id FROM document_pairs WHERE id = ?').get(pairId) as
    | { arabic_id: number; french_id: number }
    | undefined;
  if (!pair) throw new NotFoundError(`there is no document pair ${pairId}`);
  const sql = FILTER_SQL[filter];
  if (sql === undefined) throw new NotFoundError(`unknown bead filter '${filter}' (use ${BEAD_FILTERS.join(', ')})`);
  const records = db.prepare(`SELECT b.* FROM beads b WHERE b.pair_id = ? ${sql}`).all(pairId) as BeadRecord[];
  return toBeadViews(db, records, sentencesOf(db, pair.arabic_id), sentencesOf(db, pair.french_id));
}

/** Some beads (by id) as views, in their pairs' order; ids that do not exist are left out. */
export function getBeadViews(db: Db, beadIds: number[]): BeadView[] {
  if (beadIds.length === 0) return [];
  // Only the touched beads and their own sentences are read: an action on a long pair stays cheap.
  const records = db
    .prepare('SELECT b.* FROM beads b WHERE b.id IN (SELECT value FROM json_each(?)) ORDER BY b.pair_id, b.ordinal')
    .all(JSON.stringify(beadIds)) as BeadRecord[];
  const documents = db.prepare('SELECT arabic_id, french_id FROM document_pairs WHERE id = ?');
  const range = db.prepare('SELECT * FROM sentences WHERE document_id = ? AND ordinal BETWEEN ? AND ? ORDER BY ordinal');
  const flags = db.prepare('SELECT * FROM flags WHERE bead_id = ? ORDER BY id');
  const side = (documentId: number, first: number | null, last: number | null): SentenceRow[] =>
    first === null || last === null ? [] : (range.all(documentId, first, last) as SentenceRecord[]).map(toSentence);
  return records.map((row) => {
    const pair = documents.get(row.pair_id) as { arabic_id: number; french_id: number };
    return {
      id: row.id,
      pairId: row.pair_id,
      ordinal: row.ordinal,
      arabic: side(pair.arabic_id, row.ar_first, row.ar_last),
      french: side(pair.french_id, row.fr_first, row.fr_last),
      confidence: row.confidence,
      status: row.status,
      version: row.version,
      reviewer: row.reviewer,
      updatedAt: row.updated_at,
      flags: (flags.all(row.id) as FlagRecord[]).map(toFlag),
    };
  });
}

/** One bead as a view (NotFoundError when missing). */
export function getBead(db: Db, beadId: number): BeadView {
  const [view] = getBeadViews(db, [beadId]);
  if (!view) throw new NotFoundError(`there is no bead ${beadId}`);
  return view;
}

interface EventRecord {
  id: number;
  at: string;
  user: string;
  action: string;
  pair_id: number | null;
  bead_id: number | null;
  before: string;
  after: string;
  undone_by: number | null;
  undoes: number | null;
}

/** An event row of the database as a read model. */
export function toEvent(row: EventRecord): EventRow {
  return {
    id: row.id,
    at: row.at,
    user: row.user,
    action: row.action,
    pairId: row.pair_id,
    beadId: row.bead_id,
    before: parseJson(row.before),
    after: parseJson(row.after),
    undoneBy: row.undone_by,
    undoes: row.undoes,
  };
}

/** One event (NotFoundError when missing). */
export function getEvent(db: Db, id: number): EventRow {
  const row = db.prepare('SELECT * FROM review_events WHERE id = ?').get(id) as EventRecord | undefined;
  if (!row) throw new NotFoundError(`there is no review event ${id}`);
  return toEvent(row);
}

/** Options of `listEvents` / `countEvents`. */
export interface EventQuery {
  limit?: number;
  offset?: number;
  /** Only the events that changed this pair (a sentence fix counts for every pair of its document). */
  pairId?: number;
}

const DEFAULT_EVENT_LIMIT = 50;

/** Review events, newest first. */
export function listEvents(db: Db, query: EventQuery = {}): EventRow[] {
  const limit = query.limit ?? DEFAULT_EVENT_LIMIT;
  const offset = query.offset ?? 0;
  const rows = (
    query.pairId === undefined
      ? db.prepare('SELECT * FROM review_events ORDER BY id DESC LIMIT ? OFFSET ?').all(limit, offset)
      : db
          .prepare(`SELECT e.* FROM review_events e JOIN review_event_pairs ep ON ep.event_id = e.id
            WHERE ep.pair_id = ? ORDER BY e.id DESC LIMIT ? OFFSET ?`)
          .all(query.pairId, limit, offset)
  ) as EventRecord[];
  return rows.map(toEvent);
}

/** How many review events there are (of one pair when `pairId` is given). */
export function countEvents(db: Db, query: { pairId?: number } = {}): number {
  const row = (
    query.pairId === undefined
      ? db.prepare('SELECT COUNT(*) AS n FROM review_events').get()
      : db.prepare('SELECT COUNT(*) AS n FROM review_event_pairs WHERE pair_id = ?').get(query.pairId)
  ) as { n: number };
  return row.n;
}
