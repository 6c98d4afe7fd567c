// `muqabala export`: streams beads of the database as TMX, TSV, Moses or JSONL to a file
// or standard output; Moses writes two files (corpus.ar, corpus.fr) into the --out folder.
import { createWriteStream, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { choiceOption, Command, stringOption } from './command';
import { UsageError, UserError } from './io';
import { DB_OPTION, databasePath } from './database-option';
import { EXPORT_FORMAT_IDS, writeJsonl, writeMoses, writeTmx, writeTsv } from '../export/index';

const STATUSES = ['confirmed', 'all'] as const;

function finished(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.end(resolve);
  });
}

/** `muqabala export --format … [--status] [--pair ID] [--out PATH] [--db PATH]` */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Export reviewed pairs as TMX, TSV, Moses or JSONL',
  usage: 'muqabala export --format tmx|tsv|moses|jsonl [--status confirmed|all] [--pair ID] [--out PATH] [--db PATH]',
  options: {
    format: { type: 'string', short: 'f', help: 'tmx, tsv, moses (two files, needs --out DIR) or jsonl' },
    status: { type: 'string', short: 's', help: 'confirmed (default) or all (everything but rejected beads)' },
    pair: { type: 'string', short: 'P', help: 'only this document pair' },
    out: { type: 'string', short: 'o', help: 'output file (a folder for moses); default standard output' },
    db: DB_OPTION,
  },
  async run(values) {
    if (values.format === undefined) throw new UsageError('--format is required');
    const format = choiceOption(values, 'format', EXPORT_FORMAT_IDS, 'tmx');
    const status = choiceOption(values, 'status', STATUSES, 'confirmed');
    const out = stringOption(values, 'out');
    const pairText = stringOption(values, 'pair');
    if (pairText !== undefined && !/^[1-9]\d*$/.test(pairText)) throw new UsageError(`--pair must be a pair id (got ${pairText})`);
    const path = databasePath(values);
    if (!existsSync(path)) throw new UserError(`${path}: no such database; import reports first (muqabala import FILES --db ${path})`);
    // Loaded here, not at the top: the other commands start without SQLite.
    const [{ openDatabase }, { iterateExportRows }, { getPair }, { NotFoundError }] = await Promise.all([
      import('../store/database'),
      import('../store/export-rows'),
      import('../store/read'),
      import('../store/errors'),
    ]);
    const db = openDatabase(path);
    try {
      let pairId: number | undefined;
      try {
        pairId = pairText === undefined ? undefined : getPair(db, Number(pairText)).id;
      } catch (error) {
        if (error instanceof NotFoundError) throw new UserError(`${error.message} in ${path}`);
        throw error;
      }
      const rows = iterateExportRows(db, { status, pairId });
      let count: number;
      if (format === 'moses') {
        if (out === undefined) throw new UsageError('--format moses writes two files: give a folder with --out DIR');
        mkdirSync(out, { recursive: true });
        const arabic = createWriteStream(join(out, 'corpus.ar'));
        const french = createWriteStream(join(out, 'corpus.fr'));
        count = await writeMoses(rows, arabic, french);
        await Promise.all([finished(arabic), finished(french)]);
      } else {
        const stream: Writable = out === undefined ? process.stdout : createWriteStream(out);
        const write = format === 'tmx' ? writeTmx : format === 'tsv' ? writeTsv : writeJsonl;
        count = await write(rows, stream);
        if (out !== undefined) await finished(stream);
      }
      process.stderr.write(`muqabala export: ${count} bead(s) as ${format}${out === undefined ? '' : ` to ${out}`}\n`);
    } finally {
      db.close();
    }
  },
};
