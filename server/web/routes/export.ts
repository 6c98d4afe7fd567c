// GET /export: the page of formats, or with ?format= the file itself, streamed from the
// store's row iterator through the export writers (nothing held in memory). Moses comes
// as a ZIP of its two files, read in two passes.
import Database from 'better-sqlite3';
import { Router } from 'express';
import type { Db } from '../store';
import { ZipWriter, getPair, iterateExportRows, listPairs, writeJsonl, writeMosesSide, writeTmx, writeTsv } from '../store';
import { parseChoice, parseId } from '../http';
import { sendPageOrJson } from '../render';

/** The formats the page offers, with their file extension, media type and a line of help. */
export const EXPORT_FORMATS = [
  { id: 'tmx', extension: 'tmx', type: 'application/x-tmx+xml; charset=utf-8', help: 'TMX 1.4b translation memory (XML), for CAT tools.' },
  { id: 'tsv', extension: 'tsv', type: 'text/tab-separated-values; charset=utf-8', help: 'One pair per line: Arabic, French, pair, bead, status, confidence, flags.' },
  { id: 'moses', extension: 'zip', type: 'application/zip', help: 'Two line-aligned plain-text files, corpus.ar and corpus.fr, in a ZIP.' },
  { id: 'jsonl', extension: 'jsonl', type: 'application/x-ndjson; charset=utf-8', help: 'One JSON object per bead, with ids, dates, reviewer and flags.' },
] as const;
const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id);
const STATUSES = ['confirmed', 'all'] as const;

/** Routes of the export. */
export function exportRoutes(db: Db): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    if (req.query.format === undefined) {
      const pairs = listPairs(db);
      // ?pair= without a format: the page with that pair chosen (the pair page links here).
      const selectedPair = req.query.pair === undefined || req.query.pair === '' ? undefined : getPair(db, parseId(req.query.pair, 'pair')).id;
      const json = {
        formats: EXPORT_FORMATS.map((f) => ({ id: f.id, extension: f.extension, help: f.help, url: `/export?format=${f.id}&status=confirmed` })),
        statuses: STATUSES,
        pairs: pairs.map((p) => ({ id: p.id, arabicTitle: p.arabicTitle, frenchTitle: p.frenchTitle, confirmedCount: p.confirmedCount, beadCount: p.beadCount })),
      };
      await sendPageOrJson(req, res, 'export', { title: 'Export', section: 'export', formats: EXPORT_FORMATS, pairs, selectedPair }, json);
      return;
    }
    const format = parseChoice(req.query.format, FORMAT_IDS, 'tmx', 'format');
    const status = parseChoice(req.query.status, STATUSES, 'confirmed', 'status');
    const pairId = req.query.pair === undefined || req.query.pair === '' ? undefined : getPair(db, parseId(req.query.pair, 'pair')).id;
    const spec = EXPORT_FORMATS.find((f) => f.id === format)!;
    const fileName = `muqabala-${pairId === undefined ? 'corpus' : `pair-${pairId}`}-${status}.${spec.extension}`;
    res.set({ 'Content-Type': spec.type, 'Content-Disposition': `attachment; filename="${fileName}"` });
    // A streaming query keeps its connection busy until it ends: a file database gets its
    // own read-only connection so the other pages keep working during a long export.
    const reader = db.memory ? db : new Database(db.name, { readonly: true, fileMustExist: true });
    const open: Generator<unknown>[] = [];
    const rows = (): ReturnType<typeof iterateExportRows> => {
      const iterator = iterateExportRows(reader, { status, pairId });
      open.push(iterator);
      return iterator;
    };
    res.on('close', () => {
      // The client went away: stop the queries and wake a writer waiting for 'drain'.
      open.forEach((iterator) => iterator.return(undefined));
      res.emit('drain');
    });
    try {
      if (format === 'tmx') await writeTmx(rows(), res, { srcLang: 'ar' });
      else if (format === 'tsv') await writeTsv(rows(), res);
      else if (format === 'jsonl') await writeJsonl(rows(), res);
      else {
        const zip = new ZipWriter(res);
        await zip.addEntry('corpus.ar', (sink) => writeMosesSide(rows(), 'ar', sink));
        await zip.addEntry('corpus.fr', (sink) => writeMosesSide(rows(), 'fr', sink));
        await zip.finish();
      }
      res.end();
    } finally {
      open.forEach((iterator) => iterator.return(undefined));
      if (reader !== db) reader.close();
    }
  });
  return router;
}
