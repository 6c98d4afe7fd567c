// Opening the SQLite database: WAL journal, foreign keys, a busy timeout, and the numbered
// migrations of db/ applied in order (each in its own transaction, recorded in
// schema_migrations) so that every start-up brings an older file up to date.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { packageRoot } from './paths';

/** An open database. */
export type Db = import('better-sqlite3').Database;

/** How long a writer waits for another connection's lock before failing. */
const BUSY_TIMEOUT_MS = 5000;
/** A migration file: `001_initial.sql`. */
const MIGRATION_FILE = /^(\d+)_[\w-]+\.sql$/;
const IN_MEMORY = ':memory:';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped in db/, by version. */
export function loadMigrations(dir = join(packageRoot(), 'db')): Migration[] {
  return readdirSync(dir)
    .map((name) => ({ name, match: MIGRATION_FILE.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({ version: Number(match[1]), name, sql: readFileSync(join(dir, name), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/** Applies the migrations not yet recorded in schema_migrations; returns the names applied. */
export function migrate(db: Db, migrations = loadMigrations()): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    done.push(migration.name);
  }
  return done;
}

/**
 * Opens (creating when needed, with its parent folder) the database at `path`, or an
 * in-memory one for ':memory:', and brings its schema up to date.
 */
export function openDatabase(path: string): Db {
  if (path !== IN_MEMORY && path !== '') mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new BetterSqlite3(path);
  try {
    if (path !== IN_MEMORY) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
