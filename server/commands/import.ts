// `muqabala import FILES... [--db PATH]`: ingests, pairs, aligns and checks reports into the
// database; progress on standard error, a summary on standard output.
import { basename } from 'node:path';
import { Command } from './command';
import { print, readInputBytes, UsageError, UserError } from './io';
import { DB_OPTION, databasePath } from './database-option';
import type { ProgressListener } from '../pipeline';

const BAR_WIDTH = 24;

/** A one-line progress bar redrawn on standard error (plain lines when it is not a terminal). */
function progressBar(): ProgressListener {
  const tty = process.stderr.isTTY === true;
  return (stage, done, total, label) => {
    if (total === 0) return;
    const filled = Math.round((done / total) * BAR_WIDTH);
    const line = `${stage.padEnd(6)} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`.slice(0, 100);
    if (tty) process.stderr.write(`\r${line.padEnd(100)}${done === total ? '\n' : ''}`);
    else if (done < total) process.stderr.write(`${line}\n`);
  };
}

/** `muqabala import FILES... [--db PATH]` */
export const importCommand: Command = {
  name: 'import',
  summary: 'Import reports into the database: ingest, pair, align, check',
  usage: 'muqabala import FILES... [--db PATH]',
  options: { db: DB_OPTION },
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('name at least one report file (or - for standard input)');
    const inputs = positionals.map((file) => ({ name: file === '-' ? 'standard input' : basename(file), bytes: readInputBytes(file) }));
    // Loaded here, not at the top: the other commands start without SQLite.
    const [{ openDatabase }, { importDocuments }] = await Promise.all([import('../store/database'), import('../pipeline')]);
    const db = openDatabase(databasePath(values));
    try {
      const summary = importDocuments(db, inputs, progressBar());
      for (const d of summary.documents) {
        print(`${d.duplicate ? 'already there' : 'imported'}\t#${d.id}\t${d.lang}\t${d.name}\t${d.title ?? ''}\n`);
      }
      print(`${summary.pairs} pair(s), ${summary.beads} bead(s), ${summary.flags} flag(s)\n`);
      for (const e of summary.errors) process.stderr.write(`muqabala import: ${e.message}\n`);
      if (summary.errors.length > 0 && summary.documents.length === 0) throw new UserError(summary.errors[0].message);
    } finally {
      db.close();
    }
  },
};
