// GET /export: the page of formats, or with ?format= the file itself, streamed from the
// store's row iterator through the export writers (nothing held in memory).
import Database from 'better-sqlite3';
import { Router } from 'express';
import type { Db } from '../store';
import { getPair, iterateExportRows, listPairs, writeJsonl, writeTmx, writeTsv } from '../store';
import { parseChoice, parseId } from '../http';
import { sendPage } from '../render';
import { InputError } from '../../errors';

/** The formats the page offers, with their file extension, media type and a line of help. */
export const EXPORT_FORMATS = [
  { id: 'tmx', extension: 'tmx', type: 'application/x-tmx+xml; charset=utf-8', help: 'TMX 1.4b translation memory (XML), for CAT tools.' },
  { id: 'tsv', extension: 'tsv', type: 'text/tab-separated-values; charset=utf-8', help: 'One pair per line: Arabic, French, confidence, status, flags.' },
  { id: 'jsonl', extension: 'jsonl', type: 'application/x-ndjson; charset=utf-8', help: 'One JSON object per bead, with ids, dates, reviewer and flags.' },
  { id: 'moses', extension: 'txt', type: '', help: 'Two line-aligned files corpus.ar / corpus.fr: use the command line (muqabala export --format moses --out DIR).' },
] as const;
const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id);
const STATUSES = ['confirmed', 'all'] as const;

/** Routes of the export. */
export function exportRoutes(db: Db): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    if (req.query.format === undefined) {
      await sendPage(res, 'export', { title: 'Export', section: 'export', formats: EXPORT_FORMATS, pairs: listPairs(db) });
      return;
    }
    const format = parseChoice(req.query.format, FORMAT_IDS, 'tmx', 'format');
    const status = parseChoice(req.query.status, STATUSES, 'confirmed', 'status');
    const pairId = req.query.pair === undefined || req.query.pair === '' ? undefined : getPair(db, parseId(req.query.pair, 'pair')).id;
    if (format === 'moses') {
      throw new InputError('Moses export writes two files: run `muqabala export --format moses --out DIR` on the command line, or choose TSV here');
    }
    const spec = EXPORT_FORMATS.find((f) => f.id === format)!;
    const fileName = `muqabala-${pairId === undefined ? 'corpus' : `pair-${pairId}`}-${status}.${spec.extension}`;
    res.set({ 'Content-Type': spec.type, 'Content-Disposition': `attachment; filename="${fileName}"` });
    // A streaming query keeps its connection busy until it ends: a file database gets its
    // own read-only connection so the other pages keep working during a long export.
    const reader = db.memory ? db : new Database(db.name, { readonly: true, fileMustExist: true });
    const rows = iterateExportRows(reader, { status, pairId });
    res.on('close', () => rows.return?.());
    try {
      if (format === 'tmx') await writeTmx(rows, res, { srcLang: 'ar' });
      else if (format === 'tsv') await writeTsv(rows, res);
      else await writeJsonl(rows, res);
      res.end();
    } finally {
      rows.return?.();
      if (reader !== db) reader.close();
    }
  });
  return router;
}
