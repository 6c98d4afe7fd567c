// The pages users read: the corpus, a pair's review, the names, the history; each also
// as JSON (`.json` suffix or Accept: application/json).
import { Router } from 'express';
import type { Db } from '../store';
import { NotFoundError, countEvents, getPair, listBeads, listDocuments, listEvents, listNameGroups, listPairs } from '../store';
import { parseChoice, parseCount, parseId } from '../http';
import { sendPageOrJson } from '../render';
import { presentBead } from '../present';
import type { ImportLog } from './import';
import { isolateArabic, wordStarts } from '../highlight';
import { renderBeadHtml } from '../bead-html';

/** The bead filters of the review page, as the store names them. */
export const BEAD_FILTERS = ['all', 'doubtful', 'unconfirmed', 'confirmed'] as const;
/** Events per page of the history. */
export const HISTORY_PAGE_SIZE = 50;
/** The default threshold of "confirm all above". */
export const DEFAULT_CONFIRM_THRESHOLD = 0.9;

/** Routes of the pages. */
export function pageRoutes(db: Db, imports: ImportLog): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const documents = listDocuments(db);
    const pairs = listPairs(db);
    const importId = req.query.import === undefined ? undefined : parseId(req.query.import, 'import');
    const lastImport = importId === undefined ? undefined : imports.get(importId);
    await sendPageOrJson(req, res, 'corpus', { title: 'Corpus', section: 'corpus', documents, pairs, lastImport }, { documents, pairs });
  });

  router.get('/pairs/:id', async (req, res) => {
    const pair = getPair(db, parseId(req.params.id, 'pair id'));
    const filter = parseChoice(req.query.filter, BEAD_FILTERS, 'all', 'filter');
    const showBoilerplate = req.query.boilerplate === 'show';
    const beads = listBeads(db, pair.id, filter);
    const here = `/pairs/${pair.id}${filter === 'all' ? '' : `?filter=${filter}`}`;
    await sendPageOrJson(
      req,
      res,
      'pair',
      {
        title: `${pair.arabicTitle ?? `#${pair.arabicId}`} ↔ ${pair.frenchTitle ?? `#${pair.frenchId}`}`,
        section: 'corpus',
        pair,
        filter,
        filters: BEAD_FILTERS,
        showBoilerplate,
        beadHtml: beads.map((bead) => renderBeadHtml({ b: presentBead(bead), showBoilerplate, back: here, csrfToken: res.locals.csrfToken as string })),
        threshold: DEFAULT_CONFIRM_THRESHOLD,
      },
      { pair, filter, beads },
    );
  });

  router.get('/pairs/:id/beads/:beadId', async (req, res) => {
    const pair = getPair(db, parseId(req.params.id, 'pair id'));
    const beadId = parseId(req.params.beadId, 'bead id');
    const beads = listBeads(db, pair.id, 'all');
    const index = beads.findIndex((b) => b.id === beadId);
    if (index < 0) throw new NotFoundError(`bead ${beadId} is not in pair ${pair.id}`);
    const bead = beads[index];
    await sendPageOrJson(
      req,
      res,
      'bead',
      {
        title: `Bead ${bead.ordinal + 1} of pair ${pair.id}`,
        section: 'corpus',
        pair,
        b: presentBead(bead),
        beadHtml: renderBeadHtml({ b: presentBead(bead), showBoilerplate: true, back: `/pairs/${pair.id}/beads/${bead.id}`, csrfToken: res.locals.csrfToken as string }),
        previous: index > 0 ? presentBead(beads[index - 1]) : undefined,
        next: index + 1 < beads.length ? presentBead(beads[index + 1]) : undefined,
        wordStarts,
      },
      { pair, bead },
    );
  });

  router.get('/names', async (req, res) => {
    const groups = listNameGroups(db);
    await sendPageOrJson(req, res, 'names', { title: 'Names', section: 'names', groups, isolateArabic }, { groups });
  });

  router.get('/history', async (req, res) => {
    const page = req.query.page === undefined ? 1 : Math.max(1, parseCount(req.query.page, 'page'));
    const pairId = req.query.pair === undefined || req.query.pair === '' ? undefined : parseId(req.query.pair, 'pair');
    const offset = (page - 1) * HISTORY_PAGE_SIZE;
    const events = listEvents(db, { limit: HISTORY_PAGE_SIZE, offset, pairId });
    const total = countEvents(db, { pairId });
    const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
    await sendPageOrJson(
      req,
      res,
      'history',
      { title: 'History', section: 'history', events, total, page, pages, pairId },
      { events, total, limit: HISTORY_PAGE_SIZE, offset },
    );
  });

  return router;
}
