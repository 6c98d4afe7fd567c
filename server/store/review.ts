// The review actions: confirm, reject, reopen, merge, split, move a sentence, confirm all
// above a threshold, realign what is not confirmed, split or join sentences, undo. Each is
// one transaction that writes the new state and its event (with before/after snapshots,
// which are also what undo restores). A bead action carries the version the reviewer saw:
// a stale one is refused with a StaleVersionError saying what changed.
import type { Db } from './database';
import { NotFoundError, StaleVersionError } from './errors';
import { InputError } from '../errors';
import { BeadRecord, BeadView, EventRow, SentenceRecord, getBead, getBeadViews, getEvent } from './read';
import { insertFlags, now } from './write';
import { acceptedSpellings, annotateNameFlags } from './names';
import { ALIGNED_KINDS, alignSides, alignedIndexes, checkBead } from '../pipeline';

/** A review action, as the routes build it from a request. */
export type ReviewAction =
  | { type: 'confirm' | 'reject' | 'reopen' | 'merge'; beadId: number; version: number }
  | { type: 'split'; beadId: number; version: number; arabicCount: number; frenchCount: number }
  | { type: 'move'; beadId: number; version: number; side: 'ar' | 'fr'; direction: 'prev' | 'next' }
  | { type: 'confirm-above'; pairId: number; threshold: number }
  | { type: 'realign' | 'undo'; pairId: number }
  | { type: 'split-sentence'; sentenceId: number; offset: number; pairId?: number }
  | { type: 'join-sentence'; sentenceId: number; pairId?: number };

/** What an action did: the pair shown, the beads it touched as they are now, and its event. */
export interface ReviewResult {
  pairId: number;
  beads: BeadView[];
  /** Null when there was nothing to do (confirm-above with no bead above the threshold, a realign that finds the same beads). */
  event: EventRow | null;
}

interface FlagSnapshot {
  kind: string;
  severity: string;
  confidence: number;
  message: string;
  detail: string;
}

/** A bead row with its flags, as events keep it. */
export interface BeadSnapshot extends BeadRecord {
  flags: FlagSnapshot[];
}

/** The state an event changed: beads, and for a sentence fix the document's sentences. */
export interface Snapshot {
  beads: BeadSnapshot[];
  sentences?: { documentId: number; rows: SentenceRecord[] };
}

type Side = 'ar' | 'fr';

/** Applies a review action in one transaction; `user` is recorded as the reviewer. */
export function applyReview(db: Db, action: ReviewAction, user: string): ReviewResult {
  return db.transaction((): ReviewResult => {
    switch (action.type) {
      case 'confirm':
      case 'reject':
      case 'reopen':
        return setStatus(db, action.beadId, action.version, STATUS_OF[action.type], action.type, user);
      case 'merge':
        return merge(db, action.beadId, action.version, user);
      case 'split':
        return split(db, action, user);
      case 'move':
        return move(db, action, user);
      case 'confirm-above':
        return confirmAbove(db, action.pairId, action.threshold, user);
      case 'realign':
        return realign(db, action.pairId, user);
      case 'undo':
        return undo(db, action.pairId, user);
      case 'split-sentence':
        return splitSentence(db, action.sentenceId, action.offset, action.pairId, user);
      case 'join-sentence':
        return joinSentence(db, action.sentenceId, action.pairId, user);
    }
  })();
}

const STATUS_OF = { confirm: 'confirmed', reject: 'rejected', reopen: 'proposed' } as const;

// ---------------------------------------------------------------------------------------
// Reading and writing beads.

function beadRecord(db: Db, id: number): BeadRecord {
  const row = db.prepare('SELECT * FROM beads WHERE id = ?').get(id) as BeadRecord | undefined;
  if (!row) throw new NotFoundError(`there is no bead ${id}`);
  return row;
}

/** Refuses a write based on an outdated version, saying who changed the bead and how. */
function checkVersion(db: Db, bead: BeadRecord, version: number): void {
  if (bead.version === version) return;
  const last = db
    .prepare('SELECT user, action, at FROM review_events WHERE bead_id = ? ORDER BY id DESC LIMIT 1')
    .get(bead.id) as { user: string; action: string; at: string } | undefined;
  const who = last ? `${last.user} (${last.action}) at ${last.at.slice(11, 19)} UTC` : `someone at ${bead.updated_at.slice(11, 19)} UTC`;
  throw new StaleVersionError(
    `bead ${bead.id} was changed by ${who}: it is now ${bead.status}, version ${bead.version}, and you had version ${version}. ` +
      'Your change was not applied; look at the bead as it is now and try again.',
    getBead(db, bead.id),
  );
}

function snapshot(db: Db, ids: number[]): BeadSnapshot[] {
  const flags = db.prepare('SELECT kind, severity, confidence, message, detail FROM flags WHERE bead_id = ? ORDER BY id');
  return ids.map((id) => ({ ...beadRecord(db, id), flags: flags.all(id) as FlagSnapshot[] }));
}

/** Rewrites a bead's ranges, status and confidence; bumps its version. */
function updateBead(db: Db, bead: BeadRecord, changes: Partial<BeadRecord>, user: string): void {
  const next = { ...bead, ...changes };
  db.prepare(`UPDATE beads SET ordinal = ?, ar_first = ?, ar_last = ?, fr_first = ?, fr_last = ?, confidence = ?, status = ?,
      version = version + 1, reviewer = ?, updated_at = ? WHERE id = ?`).run(
    next.ordinal, next.ar_first, next.ar_last, next.fr_first, next.fr_last, next.confidence, next.status, user, now(), bead.id,
  );
}

function deleteBead(db: Db, id: number): void {
  db.prepare('DELETE FROM beads WHERE id = ?').run(id);
}

/** The documents of a pair. */
/** A document pair's reports, how the pairing related them, and their date (the Arabic report's, else the French one's). */
interface PairDocuments {
  arabic_id: number;
  french_id: number;
  relation: 'translation' | 'same-event' | 'unrelated';
  date: string | null;
}

function pairDocuments(db: Db, pairId: number): PairDocuments {
  const row = db
    .prepare(
      `SELECT p.arabic_id, p.french_id, p.relation, COALESCE(a.date, f.date) AS date
       FROM document_pairs p JOIN documents a ON a.id = p.arabic_id JOIN documents f ON f.id = p.french_id
       WHERE p.id = ?`,
    )
    .get(pairId) as PairDocuments | undefined;
  if (!row) throw new NotFoundError(`there is no document pair ${pairId}`);
  return row;
}

/** The joined text of the aligned sentences (not boilerplate) first..last (inclusive), '' for an empty side. */
function sideText(db: Db, documentId: number, first: number | null, last: number | null): string {
  if (first === null || last === null) return '';
  const rows = db
    .prepare('SELECT text FROM sentences WHERE document_id = ? AND ordinal BETWEEN ? AND ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY ordinal')
    .all(documentId, first, last, JSON.stringify(ALIGNED_KINDS)) as { text: string }[];
  return rows.map((r) => r.text).join(' ');
}

/** Recomputes the flags of beads whose sentences changed. */
function refreshFlags(db: Db, beadIds: number[]): void {
  const spellings = acceptedSpellings(db);
  const dateOf = db.prepare('SELECT date FROM documents WHERE id = ?');
  for (const id of beadIds) {
    const bead = beadRecord(db, id);
    const docs = pairDocuments(db, bead.pair_id);
    const date = (dateOf.get(docs.arabic_id) as { date: string | null }).date ?? (dateOf.get(docs.french_id) as { date: string | null }).date;
    const context = { acceptedSpellings: spellings, documentDate: date ?? undefined };
    db.prepare('DELETE FROM flags WHERE bead_id = ?').run(id);
    insertFlags(db, id, checkBead(sideText(db, docs.arabic_id, bead.ar_first, bead.ar_last), sideText(db, docs.french_id, bead.fr_first, bead.fr_last), context));
  }
  annotateNameFlags(db, beadIds);
}

function neighbour(db: Db, bead: BeadRecord, direction: 'prev' | 'next'): BeadRecord | undefined {
  const sql =
    direction === 'next'
      ? 'SELECT * FROM beads WHERE pair_id = ? AND ordinal > ? ORDER BY ordinal LIMIT 1'
      : 'SELECT * FROM beads WHERE pair_id = ? AND ordinal < ? ORDER BY ordinal DESC LIMIT 1';
  return db.prepare(sql).get(bead.pair_id, bead.ordinal) as BeadRecord | undefined;
}

/** Records an event with the pairs it changed; returns it. */
function recordEvent(
  db: Db,
  event: { user: string; action: string; pairIds: number[]; beadId: number | null; before: Snapshot | Record<string, unknown>; after: Snapshot | Record<string, unknown>; undoes?: number },
): EventRow {
  const id = Number(
    db
      .prepare('INSERT INTO review_events (at, user, action, pair_id, bead_id, before, after, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(now(), event.user, event.action, event.pairIds[0] ?? null, event.beadId, JSON.stringify(event.before), JSON.stringify(event.after), event.undoes ?? null)
      .lastInsertRowid,
  );
  const link = db.prepare('INSERT OR IGNORE INTO review_event_pairs (event_id, pair_id) VALUES (?, ?)');
  for (const pairId of new Set(event.pairIds)) link.run(id, pairId);
  return getEvent(db, id);
}

/** Records a bead-level event and answers with the touched beads as they are now. */
function finish(db: Db, pairId: number, action: string, user: string, beadId: number | null, before: BeadSnapshot[], afterIds: number[]): ReviewResult {
  const event = recordEvent(db, { user, action, pairIds: [pairId], beadId, before: { beads: before }, after: { beads: snapshot(db, afterIds) } });
  return { pairId, beads: getBeadViews(db, afterIds), event };
}

// ---------------------------------------------------------------------------------------
// Bead actions.

function setStatus(db: Db, beadId: number, version: number, status: BeadRecord['status'], action: string, user: string): ReviewResult {
  const bead = beadRecord(db, beadId);
  checkVersion(db, bead, version);
  const before = snapshot(db, [beadId]);
  updateBead(db, bead, { status }, user);
  return finish(db, bead.pair_id, action, user, beadId, before, [beadId]);
}

/** The range covering two ranges of one side (either may be empty). */
function union(a: [number | null, number | null], b: [number | null, number | null]): [number | null, number | null] {
  if (a[0] === null) return b;
  if (b[0] === null) return a;
  return [Math.min(a[0], b[0] as number), Math.max(a[1] as number, b[1] as number)];
}

function merge(db: Db, beadId: number, version: number, user: string): ReviewResult {
  const bead = beadRecord(db, beadId);
  checkVersion(db, bead, version);
  const next = neighbour(db, bead, 'next');
  if (!next) throw new InputError(`bead ${beadId} is the last of its pair: there is no next bead to merge it with`);
  const before = snapshot(db, [beadId, next.id]);
  const [arFirst, arLast] = union([bead.ar_first, bead.ar_last], [next.ar_first, next.ar_last]);
  const [frFirst, frLast] = union([bead.fr_first, bead.fr_last], [next.fr_first, next.fr_last]);
  deleteBead(db, next.id);
  updateBead(db, bead, { ar_first: arFirst, ar_last: arLast, fr_first: frFirst, fr_last: frLast, confidence: Math.min(bead.confidence, next.confidence), status: 'proposed' }, user);
  refreshFlags(db, [beadId]);
  return finish(db, bead.pair_id, 'merge', user, beadId, before, [beadId]);
}

function split(db: Db, action: Extract<ReviewAction, { type: 'split' }>, user: string): ReviewResult {
  const bead = beadRecord(db, action.beadId);
  checkVersion(db, bead, action.version);
  const arCount = bead.ar_first === null ? 0 : (bead.ar_last as number) - bead.ar_first + 1;
  const frCount = bead.fr_first === null ? 0 : (bead.fr_last as number) - bead.fr_first + 1;
  const { arabicCount, frenchCount } = action;
  if (arabicCount > arCount || frenchCount > frCount) {
    throw new InputError(`bead ${bead.id} has ${arCount} Arabic and ${frCount} French sentences: cannot keep ${arabicCount} and ${frenchCount}`);
  }
  if (arabicCount + frenchCount === 0 || arabicCount + frenchCount === arCount + frCount) {
    throw new InputError('a split must leave at least one sentence in each part');
  }
  const before = snapshot(db, [bead.id]);
  const firstPart = (first: number | null, count: number): [number | null, number | null] => (first === null || count === 0 ? [null, null] : [first, first + count - 1]);
  const secondPart = (first: number | null, last: number | null, count: number): [number | null, number | null] =>
    first === null || first + count > (last as number) ? [null, null] : [first + count, last];
  const next = neighbour(db, bead, 'next');
  const ordinal = next ? (bead.ordinal + next.ordinal) / 2 : bead.ordinal + 1;
  const [arFirst2, arLast2] = secondPart(bead.ar_first, bead.ar_last, arabicCount);
  const [frFirst2, frLast2] = secondPart(bead.fr_first, bead.fr_last, frenchCount);
  const stamp = now();
  const newId = Number(
    db
      .prepare(`INSERT INTO beads (pair_id, ordinal, ar_first, ar_last, fr_first, fr_last, confidence, status, reviewer, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?)`)
      .run(bead.pair_id, ordinal, arFirst2, arLast2, frFirst2, frLast2, bead.confidence, user, stamp, stamp).lastInsertRowid,
  );
  const [arFirst, arLast] = firstPart(bead.ar_first, arabicCount);
  const [frFirst, frLast] = firstPart(bead.fr_first, frenchCount);
  updateBead(db, bead, { ar_first: arFirst, ar_last: arLast, fr_first: frFirst, fr_last: frLast, status: 'proposed' }, user);
  refreshFlags(db, [bead.id, newId]);
  return finish(db, bead.pair_id, 'split', user, bead.id, before, [bead.id, newId]);
}

function move(db: Db, action: Extract<ReviewAction, { type: 'move' }>, user: string): ReviewResult {
  const bead = beadRecord(db, action.beadId);
  checkVersion(db, bead, action.version);
  const [firstKey, lastKey] = action.side === 'ar' ? (['ar_first', 'ar_last'] as const) : (['fr_first', 'fr_last'] as const);
  const first = bead[firstKey];
  const last = bead[lastKey];
  const language = action.side === 'ar' ? 'Arabic' : 'French';
  if (first === null || last === null) throw new InputError(`bead ${bead.id} has no ${language} sentence to move`);
  const other = neighbour(db, bead, action.direction);
  if (!other) throw new InputError(`bead ${bead.id} has no ${action.direction === 'prev' ? 'previous' : 'next'} bead to move a sentence to`);
  const before = snapshot(db, [bead.id, other.id]);
  const moved = action.direction === 'prev' ? first : last;
  const remaining: [number | null, number | null] = first === last ? [null, null] : action.direction === 'prev' ? [first + 1, last] : [first, last - 1];
  const [otherFirst, otherLast] = union([other[firstKey], other[lastKey]], [moved, moved]);
  updateBead(db, other, { [firstKey]: otherFirst, [lastKey]: otherLast, status: 'proposed' }, user);
  const otherSide = action.side === 'ar' ? bead.fr_first : bead.ar_first;
  const after = [other.id];
  if (remaining[0] === null && otherSide === null) {
    deleteBead(db, bead.id);
  } else {
    updateBead(db, bead, { [firstKey]: remaining[0], [lastKey]: remaining[1], status: 'proposed' }, user);
    after.unshift(bead.id);
  }
  refreshFlags(db, after);
  const ordered = action.direction === 'prev' ? after.reverse() : after;
  return finish(db, bead.pair_id, 'move', user, bead.id, before, ordered);
}

// ---------------------------------------------------------------------------------------
// Pair actions.

// A flagged bead (a number, a date or a name that differs) is left for the reviewer to look at.
function confirmAbove(db: Db, pairId: number, threshold: number, user: string): ReviewResult {
  pairDocuments(db, pairId);
  const ids = (
    db
      .prepare(
        `SELECT id FROM beads b WHERE pair_id = ? AND status = 'proposed' AND confidence >= ?
           AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.bead_id = b.id) ORDER BY ordinal`,
      )
      .all(pairId, threshold) as { id: number }[]
  ).map((r) => r.id);
  if (ids.length === 0) return { pairId, beads: [], event: null };
  const before = snapshot(db, ids);
  const stamp = now();
  const update = db.prepare(`UPDATE beads SET status = 'confirmed', version = version + 1, reviewer = ?, updated_at = ? WHERE id = ?`);
  for (const id of ids) update.run(user, stamp, id);
  return finish(db, pairId, 'confirm-above', user, null, before, ids);
}

function realign(db: Db, pairId: number, user: string): ReviewResult {
  const docs = pairDocuments(db, pairId);
  const beads = db.prepare('SELECT * FROM beads WHERE pair_id = ? ORDER BY ordinal').all(pairId) as BeadRecord[];
  const confirmed = beads.filter((b) => b.status === 'confirmed');
  const loose = beads.filter((b) => b.status !== 'confirmed');
  // The aligner sees the aligned sentences only; positions are mapped back to ordinals.
  const side = (documentId: number): { texts: string[]; ordinals: number[] } => {
    const rows = db.prepare('SELECT text, kind FROM sentences WHERE document_id = ? ORDER BY ordinal').all(documentId) as { text: string; kind: string }[];
    const ordinals = alignedIndexes(rows);
    return { texts: ordinals.map((i) => rows[i].text), ordinals };
  };
  const arabic = side(docs.arabic_id);
  const french = side(docs.french_id);
  const positions = (first: number | null, last: number | null, of: typeof arabic): number[] =>
    first === null || last === null ? [] : of.ordinals.flatMap((o, k) => (o >= first && o <= last ? [k] : []));
  const fixedOf = confirmed.map((b) => ({ bead: b, src: positions(b.ar_first, b.ar_last, arabic), tgt: positions(b.fr_first, b.fr_last, french) }));
  const fixed = fixedOf.filter((f) => f.src.length + f.tgt.length > 0);
  const aligned = alignSides(arabic.texts, french.texts, {
    fixed: fixed.map(({ src, tgt }) => ({ src, tgt })),
    relation: docs.relation,
    ...(docs.date ? { documentDate: docs.date } : {}),
  }).map((bead) => ({
    ...bead,
    key: `${bead.src.join(',')}:${bead.tgt.join(',')}`,
    src: bead.src.map((k) => arabic.ordinals[k]),
    tgt: bead.tgt.map((k) => french.ordinals[k]),
  }));
  const confirmedByKey = new Map(fixed.map((f) => [`${f.src.join(',')}:${f.tgt.join(',')}`, f.bead]));
  // Nothing to write when the aligner proposes exactly the beads that are there: no event either.
  const proposed = aligned.filter((bead) => !confirmedByKey.has(bead.key));
  if (sameProposals(loose, proposed)) return { pairId, beads: [], event: null };

  const before = snapshot(db, loose.map((b) => b.id));
  for (const b of loose) deleteBead(db, b.id);
  const insert = db.prepare(`INSERT INTO beads (pair_id, ordinal, ar_first, ar_last, fr_first, fr_last, confidence, status, reviewer, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?)`);
  const stamp = now();
  const created: number[] = [];
  // New beads take ordinals spread between the confirmed beads around them, which keep theirs.
  let run: typeof aligned = [];
  let low: number | null = null;
  const flush = (high: number | null): void => {
    const top = high ?? (low ?? -1) + run.length + 1;
    const bottom = low ?? top - run.length - 1;
    run.forEach((bead, i) => {
      const ordinal = bottom + ((top - bottom) * (i + 1)) / (run.length + 1);
      created.push(Number(insert.run(pairId, ordinal, ...rangeEnds(bead.src), ...rangeEnds(bead.tgt), bead.confidence, user, stamp, stamp).lastInsertRowid));
    });
    run = [];
  };
  for (const bead of aligned) {
    const kept = confirmedByKey.get(bead.key);
    if (kept) {
      flush(kept.ordinal);
      low = kept.ordinal;
    } else {
      run.push(bead);
    }
  }
  flush(null);
  refreshFlags(db, created);
  return finish(db, pairId, 'realign', user, null, before, created);
}

/** The first and last sentence ordinals of a bead's side (nulls for an empty side). */
function rangeEnds(ordinals: number[]): [number | null, number | null] {
  return ordinals.length === 0 ? [null, null] : [ordinals[0], ordinals[ordinals.length - 1]];
}

/** True when the beads not confirmed are all proposed and cover exactly the realigned ranges, in order. */
function sameProposals(loose: BeadRecord[], realigned: { src: number[]; tgt: number[] }[]): boolean {
  return (
    loose.length === realigned.length &&
    loose.every((bead, i) => {
      const [arFirst, arLast] = rangeEnds(realigned[i].src);
      const [frFirst, frLast] = rangeEnds(realigned[i].tgt);
      return bead.status === 'proposed' && bead.ar_first === arFirst && bead.ar_last === arLast && bead.fr_first === frFirst && bead.fr_last === frLast;
    })
  );
}

/** What a reviewer sees of a bead (not its version or time stamps), to compare states. */
function beadState(bead: BeadRecord): string {
  return JSON.stringify([bead.pair_id, bead.ordinal, bead.ar_first, bead.ar_last, bead.fr_first, bead.fr_last, bead.status]);
}

/** Undoes the latest event of a pair not yet undone: restores its before-snapshot. */
function undo(db: Db, pairId: number, user: string): ReviewResult {
  pairDocuments(db, pairId);
  const row = db
    .prepare(`SELECT e.id FROM review_events e JOIN review_event_pairs ep ON ep.event_id = e.id
      WHERE ep.pair_id = ? AND e.action <> 'undo' AND e.undone_by IS NULL ORDER BY e.id DESC LIMIT 1`)
    .get(pairId) as { id: number } | undefined;
  if (!row) throw new InputError(`there is nothing left to undo in pair ${pairId}`);
  const event = getEvent(db, row.id);
  const before = event.before as Snapshot;
  const after = event.after as Snapshot;
  // The state the event left must still be there (the same ranges and status; versions
  // move on with every undo): otherwise a later change has to be undone first.
  for (const bead of after.beads) {
    const current = db.prepare('SELECT * FROM beads WHERE id = ?').get(bead.id) as BeadRecord | undefined;
    if (!current || beadState(current) !== beadState(bead)) {
      throw new StaleVersionError(
        `bead ${bead.id} changed after '${event.action}' by ${event.user} (event ${event.id}): undo the later change first`,
        current ? getBead(db, bead.id) : null,
      );
    }
  }
  const currentState: Snapshot = { beads: snapshot(db, after.beads.map((b) => b.id)) };
  if (before.sentences) {
    currentState.sentences = { documentId: before.sentences.documentId, rows: sentenceRows(db, before.sentences.documentId) };
    restoreSentences(db, before.sentences.documentId, before.sentences.rows);
  }
  const afterVersions = new Map(after.beads.map((b) => [b.id, b.version]));
  for (const bead of after.beads) deleteBead(db, bead.id);
  const restore = db.prepare(`INSERT INTO beads (id, pair_id, ordinal, ar_first, ar_last, fr_first, fr_last, confidence, status, version, reviewer, created_at, updated_at)
    VALUES (@id, @pair_id, @ordinal, @ar_first, @ar_last, @fr_first, @fr_last, @confidence, @status, @version, @reviewer, @created_at, @updated_at)`);
  const restoreFlag = db.prepare('INSERT INTO flags (bead_id, kind, severity, confidence, message, detail) VALUES (?, ?, ?, ?, ?, ?)');
  for (const bead of before.beads) {
    const { flags, ...record } = bead;
    restore.run({ ...record, version: Math.max(record.version, afterVersions.get(bead.id) ?? 0) + 1, updated_at: now() });
    for (const f of flags) restoreFlag.run(bead.id, f.kind, f.severity, f.confidence, f.message, f.detail);
  }
  const pairIds = (db.prepare('SELECT pair_id FROM review_event_pairs WHERE event_id = ?').all(event.id) as { pair_id: number }[]).map((r) => r.pair_id);
  const restoredIds = before.beads.map((b) => b.id);
  const restored: Snapshot = { beads: snapshot(db, restoredIds), sentences: before.sentences };
  const undoEvent = recordEvent(db, { user, action: 'undo', pairIds: [pairId, ...pairIds], beadId: event.beadId, before: currentState, after: restored, undoes: event.id });
  db.prepare('UPDATE review_events SET undone_by = ? WHERE id = ?').run(undoEvent.id, event.id);
  return { pairId, beads: getBeadViews(db, restoredIds), event: undoEvent };
}

// ---------------------------------------------------------------------------------------
// Sentence fixes: the segmenter cut a sentence in two, or missed a boundary.

function sentenceRecord(db: Db, id: number): SentenceRecord {
  const row = db.prepare('SELECT * FROM sentences WHERE id = ?').get(id) as SentenceRecord | undefined;
  if (!row) throw new NotFoundError(`there is no sentence ${id}`);
  return row;
}

function sentenceRows(db: Db, documentId: number): SentenceRecord[] {
  return db.prepare('SELECT * FROM sentences WHERE document_id = ? ORDER BY ordinal').all(documentId) as SentenceRecord[];
}

/** Puts a document's sentences back as a snapshot has them (same ids; rows added since removed). */
function restoreSentences(db: Db, documentId: number, rows: SentenceRecord[]): void {
  db.prepare('UPDATE sentences SET ordinal = -1 - ordinal WHERE document_id = ?').run(documentId);
  const update = db.prepare('UPDATE sentences SET ordinal = @ordinal, text = @text, start_offset = @start_offset, end_offset = @end_offset, paragraph = @paragraph, kind = @kind, lang = @lang WHERE id = @id');
  const insert = db.prepare(`INSERT INTO sentences (id, document_id, ordinal, text, start_offset, end_offset, paragraph, kind, lang)
    VALUES (@id, @document_id, @ordinal, @text, @start_offset, @end_offset, @paragraph, @kind, @lang)`);
  for (const row of rows) if (update.run(row).changes === 0) insert.run(row);
  db.prepare('DELETE FROM sentences WHERE document_id = ? AND ordinal < 0').run(documentId);
}

/** Shifts the ordinals of a document's sentences after `ordinal` by `delta` (unique index safe). */
function shiftSentences(db: Db, documentId: number, after: number, delta: number): void {
  db.prepare('UPDATE sentences SET ordinal = -1 - ordinal WHERE document_id = ? AND ordinal > ?').run(documentId, after);
  db.prepare('UPDATE sentences SET ordinal = -1 - ordinal + ? WHERE document_id = ? AND ordinal < 0').run(delta, documentId);
}

/** The pairs a document is in, with the side it is on. */
function pairsOfDocument(db: Db, documentId: number): { id: number; side: Side }[] {
  return db
    .prepare(`SELECT id, CASE WHEN arabic_id = ? THEN 'ar' ELSE 'fr' END AS side FROM document_pairs WHERE arabic_id = ? OR french_id = ? ORDER BY id`)
    .all(documentId, documentId, documentId) as { id: number; side: Side }[];
}

/**
 * Applies a sentence fix to every bead of every pair of the document: `remap` gives each
 * side range's new range (null for an empty side) and whether its content changed.
 */
function remapBeads(
  db: Db,
  documentId: number,
  touchedFrom: number,
  remap: (first: number, last: number) => { range: [number, number] | null; changed: boolean },
  user: string,
): { pairIds: number[]; before: BeadSnapshot[]; afterIds: number[] } {
  const pairs = pairsOfDocument(db, documentId);
  const before: BeadSnapshot[] = [];
  const afterIds: number[] = [];
  const changed: number[] = [];
  for (const pair of pairs) {
    const [firstKey, lastKey] = pair.side === 'ar' ? (['ar_first', 'ar_last'] as const) : (['fr_first', 'fr_last'] as const);
    const beads = db.prepare(`SELECT * FROM beads WHERE pair_id = ? AND ${lastKey} >= ? ORDER BY ordinal`).all(pair.id, touchedFrom) as BeadRecord[];
    before.push(...snapshot(db, beads.map((b) => b.id)));
    for (const bead of beads) {
      const { range, changed: contentChanged } = remap(bead[firstKey] as number, bead[lastKey] as number);
      const otherEmpty = pair.side === 'ar' ? bead.fr_first === null : bead.ar_first === null;
      if (range === null && otherEmpty) {
        deleteBead(db, bead.id);
        continue;
      }
      const changes: Partial<BeadRecord> = { [firstKey]: range ? range[0] : null, [lastKey]: range ? range[1] : null };
      if (contentChanged) changes.status = 'proposed';
      updateBead(db, bead, changes, user);
      afterIds.push(bead.id);
      if (contentChanged) changed.push(bead.id);
    }
  }
  refreshFlags(db, changed);
  return { pairIds: pairs.map((p) => p.id), before, afterIds };
}

function sentenceResult(db: Db, action: string, user: string, documentId: number, rowsBefore: SentenceRecord[], pairId: number | undefined, work: ReturnType<typeof remapBeads>): ReviewResult {
  const shown = pairId !== undefined && work.pairIds.includes(pairId) ? pairId : work.pairIds[0];
  const event = recordEvent(db, {
    user,
    action,
    pairIds: shown === undefined ? [] : [shown, ...work.pairIds],
    beadId: null,
    before: { beads: work.before, sentences: { documentId, rows: rowsBefore } },
    after: { beads: snapshot(db, work.afterIds), sentences: { documentId, rows: sentenceRows(db, documentId) } },
  });
  const beads = getBeadViews(db, work.afterIds).filter((b) => b.pairId === shown);
  return { pairId: shown ?? 0, beads, event };
}

function splitSentence(db: Db, sentenceId: number, offset: number, pairId: number | undefined, user: string): ReviewResult {
  const sentence = sentenceRecord(db, sentenceId);
  const head = sentence.text.slice(0, offset).trimEnd();
  const tailStart = offset + (sentence.text.slice(offset).length - sentence.text.slice(offset).trimStart().length);
  const tail = sentence.text.slice(tailStart);
  if (offset <= 0 || offset >= sentence.text.length || head === '' || tail === '') {
    throw new InputError(`offset ${offset} does not split sentence ${sentenceId} into two non-empty sentences (it has ${sentence.text.length} characters)`);
  }
  const rowsBefore = sentenceRows(db, sentence.document_id);
  const k = sentence.ordinal;
  shiftSentences(db, sentence.document_id, k, 1);
  db.prepare('UPDATE sentences SET text = ?, end_offset = ? WHERE id = ?').run(head, sentence.start_offset + head.length, sentenceId);
  db.prepare(`INSERT INTO sentences (document_id, ordinal, text, start_offset, end_offset, paragraph, kind, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    sentence.document_id, k + 1, tail, sentence.start_offset + tailStart, sentence.end_offset, sentence.paragraph, sentence.kind, sentence.lang,
  );
  const work = remapBeads(
    db,
    sentence.document_id,
    k,
    (first, last) => (first > k ? { range: [first + 1, last + 1], changed: false } : { range: [first, last + 1], changed: true }),
    user,
  );
  return sentenceResult(db, 'split-sentence', user, sentence.document_id, rowsBefore, pairId, work);
}

function joinSentence(db: Db, sentenceId: number, pairId: number | undefined, user: string): ReviewResult {
  const sentence = sentenceRecord(db, sentenceId);
  const k = sentence.ordinal;
  const next = db.prepare('SELECT * FROM sentences WHERE document_id = ? AND ordinal = ?').get(sentence.document_id, k + 1) as SentenceRecord | undefined;
  if (!next) throw new InputError(`sentence ${sentenceId} is the last of its document: there is no next sentence to join it with`);
  const rowsBefore = sentenceRows(db, sentence.document_id);
  const documentText = (db.prepare('SELECT text FROM documents WHERE id = ?').get(sentence.document_id) as { text: string }).text;
  const text = documentText.slice(sentence.start_offset, next.end_offset);
  db.prepare('UPDATE OR IGNORE name_mentions SET french_sentence_id = ? WHERE french_sentence_id = ?').run(sentence.id, next.id);
  db.prepare('UPDATE name_mentions SET arabic_sentence_id = ? WHERE arabic_sentence_id = ?').run(sentence.id, next.id);
  db.prepare('DELETE FROM sentences WHERE id = ?').run(next.id);
  db.prepare('UPDATE sentences SET text = ?, end_offset = ? WHERE id = ?').run(text.replace(/\s*\n\s*/g, ' '), next.end_offset, sentence.id);
  shiftSentences(db, sentence.document_id, k + 1, -1);
  const work = remapBeads(
    db,
    sentence.document_id,
    k,
    (first, last) => {
      if (first <= k) return { range: [first, last > k ? last - 1 : last], changed: true };
      if (first === k + 1) return last === k + 1 ? { range: null, changed: true } : { range: [k + 1, last - 1], changed: true };
      return { range: [first - 1, last - 1], changed: false };
    },
    user,
  );
  return sentenceResult(db, 'join-sentence', user, sentence.document_id, rowsBefore, pairId, work);
}
