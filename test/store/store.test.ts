// The store on its own: migrations applied once and recorded, WAL and foreign keys, the
// sample imported through the pipeline, duplicates skipped, and review actions in one
// transaction with their event.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, migrate, openDatabase, Db } from '../../server/store/database';
import { applyReview } from '../../server/store/review';
import { getBead, listBeads, listEvents, listPairs } from '../../server/store/read';
import { StaleVersionError } from '../../server/store/errors';
import { loadSampleIfEmpty, sampleInputs } from '../../server/store/sample';
import { importDocuments } from '../../server/pipeline';
import { InputError } from '../../server/errors';
import { insertPair } from '../../server/store/write';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-store-'));
  db = openDatabase(join(dir, 'nested', 'folder', 'store.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('opening creates the folder, turns on WAL and foreign keys, and records each migration once', () => {
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
  expect(applied).toEqual(loadMigrations().map((m) => ({ version: m.version, name: m.name })));
  expect(migrate(db)).toEqual([]);
  expect(readdirSync(join(dir, 'nested', 'folder'))).toContain('store.sqlite');
});

test('a failing migration leaves nothing behind', () => {
  const broken = [{ version: 999, name: '999_broken.sql', sql: 'CREATE TABLE half_done (x); INSERT INTO nowhere VALUES (1);' }];
  expect(() => migrate(db, broken)).toThrow(/nowhere/);
  expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
  expect(db.prepare('SELECT 1 FROM schema_migrations WHERE version = 999').get()).toBeUndefined();
});

test('the sample is loaded into an empty database only, and a second import of it adds nothing', () => {
  const summary = loadSampleIfEmpty(db)!;
  expect(summary.documents.map((d) => d.lang).sort()).toEqual(['ar', 'fr', 'fr']);
  expect(summary.pairs).toBe(1);
  expect(loadSampleIfEmpty(db)).toBeNull();
  const again = importDocuments(db, sampleInputs());
  expect(again.documents.every((d) => d.duplicate)).toBe(true);
  expect(again.pairs).toBe(0);
  const [pair] = listPairs(db);
  expect(pair.relation).toBe('translation');
  expect(pair.frenchTitle).toContain('Essaouira');
});

test('an unreadable file is reported and the others are imported; Latin-1 text is decoded', () => {
  const summary = importDocuments(db, [
    { name: 'binary.bin', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]) },
    { name: 'empty.txt', bytes: Buffer.from('  \n') },
    { name: 'latin1.txt', bytes: Buffer.from('Le forum de la région a réuni des délégués à Essaouira.\n', 'latin1') },
    ...sampleInputs(),
  ]);
  expect(summary.errors.map((e) => e.name)).toEqual(['binary.bin', 'empty.txt']);
  expect(summary.documents).toHaveLength(4);
  const latin1 = db.prepare("SELECT lang, encoding, text FROM documents WHERE source = 'latin1.txt'").get() as { lang: string; encoding: string; text: string };
  expect(latin1.lang).toBe('fr');
  expect(latin1.text).toContain('région a réuni des délégués');
});

test('deleting a document removes its sentences, pairs and beads (foreign keys cascade)', () => {
  loadSampleIfEmpty(db);
  const [pair] = listPairs(db);
  db.prepare('DELETE FROM documents WHERE id = ?').run(pair.arabicId);
  expect(db.prepare('SELECT COUNT(*) AS n FROM beads').get()).toEqual({ n: 0 });
  expect(db.prepare('SELECT COUNT(*) AS n FROM sentences WHERE document_id = ?').get(pair.arabicId)).toEqual({ n: 0 });
});

test('a review action writes the state and its event together; a stale version changes nothing', () => {
  loadSampleIfEmpty(db);
  const [pair] = listPairs(db);
  const [bead] = listBeads(db, pair.id);
  const result = applyReview(db, { type: 'confirm', beadId: bead.id, version: bead.version }, 'ana');
  expect(result.event).toMatchObject({ user: 'ana', action: 'confirm', beadId: bead.id, pairId: pair.id });
  expect(getBead(db, bead.id)).toMatchObject({ status: 'confirmed', version: bead.version + 1, reviewer: 'ana' });
  const events = listEvents(db).length;
  expect(() => applyReview(db, { type: 'reject', beadId: bead.id, version: bead.version }, 'omar')).toThrow(StaleVersionError);
  expect(getBead(db, bead.id).status).toBe('confirmed');
  expect(listEvents(db)).toHaveLength(events);
});

test('a refused action leaves the beads and the history unchanged', () => {
  loadSampleIfEmpty(db);
  const [pair] = listPairs(db);
  const beads = listBeads(db, pair.id);
  const last = beads[beads.length - 1];
  expect(() => applyReview(db, { type: 'merge', beadId: last.id, version: last.version }, 'ana')).toThrow(InputError);
  expect(listBeads(db, pair.id)).toEqual(beads);
  expect(listEvents(db)).toHaveLength(0);
});

test('pairs are listed per Arabic report with the translation first, even when another report scores higher', () => {
  loadSampleIfEmpty(db);
  const [translation] = listPairs(db);
  expect(translation.relation).toBe('translation');
  const festival = db.prepare("SELECT id FROM documents WHERE lang = 'fr' AND id <> ?").get(translation.frenchId) as { id: number };
  insertPair(db, { arabicId: translation.arabicId, frenchId: festival.id, score: translation.score + 50, relation: 'same-event', evidence: {} });
  expect(listPairs(db).map((p) => [p.frenchId, p.relation])).toEqual([
    [translation.frenchId, 'translation'],
    [festival.id, 'same-event'],
  ]);
});

test('a French report imported after its Arabic original is paired with it; a later unrelated report adds no pair', () => {
  const inputs = sampleInputs();
  const byName = (name: string) => inputs.filter((i) => i.name === name);
  expect(importDocuments(db, byName('forum-eau-ar.txt')).pairs).toBe(0);
  const translation = importDocuments(db, byName('forum-eau-fr.txt'));
  expect(translation.pairs).toBe(1);
  expect(importDocuments(db, byName('festival-tiznit-fr.txt')).pairs).toBe(0);
  expect(listPairs(db).map((p) => p.relation)).toEqual(['translation']);
});
