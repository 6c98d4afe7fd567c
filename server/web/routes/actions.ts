// The review actions: POST /beads/:id/<action>, /pairs/:id/<action>, /sentences/:id/<action>,
// /names/accept. Each is one store transaction; browsers get a 303 back to the bead,
// scripts (Accept: application/json) get the touched beads as JSON and as HTML to swap in.
import { Request, Response, Router } from 'express';
import type { Db, ReviewAction, ReviewResult } from '../store';
import { applyReview, getBead, getBeadViews, getEvent, getPair, setAcceptedSpelling } from '../store';
import { parseChoice, parseCount, parseId, parseThreshold, wantsJson } from '../http';
import { InputError } from '../../errors';
import { backPath, renderView } from '../render';
import { presentBead } from '../present';
import { reviewerOf } from '../reviewer';
import { renderBeadHtml } from '../bead-html';
import { setFlash } from '../flash';

const BEAD_ACTIONS = ['confirm', 'reject', 'reopen', 'merge', 'split', 'move', 'undo'] as const;
const PAIR_ACTIONS = ['confirm-above', 'realign', 'undo'] as const;
const SENTENCE_ACTIONS = ['split', 'join'] as const;
/** What a realign that finds the beads already there answers (it writes nothing). */
export const REALIGN_UNCHANGED = 'Nothing to realign: the alignment is unchanged';
/** A bead's own page, as a form's `back` field gives it: /pairs/:pair/beads/:bead. */
const BEAD_PAGE = /^\/pairs\/(\d+)\/beads\/(\d+)$/;
/** The longest spelling a reviewer may accept for a name. */
const MAX_SPELLING_LENGTH = 120;

type Body = Record<string, unknown>;

/** Routes of the review actions. */
export function actionRoutes(db: Db, defaultUser: string): Router {
  const router = Router();

  router.post('/beads/:id/:action', async (req, res) => {
    const beadId = parseId(req.params.id, 'bead id');
    const type = parseChoice(req.params.action, BEAD_ACTIONS, 'confirm', 'action');
    const body = (req.body ?? {}) as Body;
    if (type === 'undo') {
      // Undo from a bead undoes the latest change of the bead's pair (the audit trail is per pair).
      const pairId = getBead(db, beadId).pairId;
      await answer(req, res, applyReview(db, { type: 'undo', pairId }, reviewerOf(req, defaultUser)), db);
      return;
    }
    const version = parseCount(body.version, 'version');
    let action: ReviewAction;
    if (type === 'split') {
      action = { type, beadId, version, arabicCount: parseCount(body.arabicCount, 'arabicCount'), frenchCount: parseCount(body.frenchCount, 'frenchCount') };
    } else if (type === 'move') {
      const [side, direction] = typeof body.move === 'string' ? body.move.split('-') : [body.side, body.direction];
      action = {
        type,
        beadId,
        version,
        side: parseChoice(side, ['ar', 'fr'] as const, 'ar', 'side'),
        direction: parseChoice(direction, ['prev', 'next'] as const, 'next', 'direction'),
      };
    } else {
      action = { type, beadId, version };
    }
    await answer(req, res, applyReview(db, action, reviewerOf(req, defaultUser)), db, beadId);
  });

  router.post('/pairs/:id/:action', async (req, res) => {
    const pairId = parseId(req.params.id, 'pair id');
    const type = parseChoice(req.params.action, PAIR_ACTIONS, 'undo', 'action');
    const body = (req.body ?? {}) as Body;
    const action: ReviewAction =
      type === 'confirm-above' ? { type, pairId, threshold: parseThreshold(body.threshold) } : { type, pairId };
    const result = applyReview(db, action, reviewerOf(req, defaultUser));
    const message = type === 'realign' && result.event === null ? REALIGN_UNCHANGED : undefined;
    await answer(req, res, result, db, undefined, message);
  });

  router.post('/sentences/:id/:action', async (req, res) => {
    const sentenceId = parseId(req.params.id, 'sentence id');
    const type = parseChoice(req.params.action, SENTENCE_ACTIONS, 'join', 'action');
    const body = (req.body ?? {}) as Body;
    const pairId = body.pair === undefined || body.pair === '' ? undefined : parseId(body.pair, 'pair');
    const action: ReviewAction =
      type === 'split'
        ? { type: 'split-sentence', sentenceId, offset: parseCount(body.offset, 'offset'), pairId }
        : { type: 'join-sentence', sentenceId, pairId };
    await answer(req, res, applyReview(db, action, reviewerOf(req, defaultUser)), db);
  });

  router.post('/names/accept', (req, res) => {
    const body = (req.body ?? {}) as Body;
    const arabic = requiredText(body.arabic, 'arabic');
    const latin = requiredText(body.latin, 'latin');
    setAcceptedSpelling(db, arabic, latin, reviewerOf(req, defaultUser));
    if (wantsJson(req, res)) res.json({ arabic, accepted: latin });
    else res.redirect(303, backPath(body.back, '/names'));
  });

  return router;
}

/**
 * JSON with the touched beads (data and HTML) for scripts, or a 303 back to the bead for forms;
 * `message` tells the reviewer what happened (in the JSON, or as a flash on the next page).
 */
async function answer(req: Request, res: Response, result: ReviewResult, db: Db, beadId?: number, message?: string): Promise<void> {
  const body = (req.body ?? {}) as Body;
  const pairPage = `/pairs/${result.pairId}`;
  const back = backPath(body.back, pairPage);
  // The bead of a bead page may be gone (a move took its last sentence): the pair page instead.
  const gone = isGoneBeadPage(db, back);
  if (!wantsJson(req, res)) {
    if (message) setFlash(res, message);
    const target = beadId !== undefined && result.beads.some((b) => b.id === beadId) ? beadId : result.beads[0]?.id;
    res.redirect(303, `${gone ? pairPage : back}${target === undefined ? '' : `#b${target}`}`);
    return;
  }
  const showBoilerplate = body.boilerplate === 'show';
  const html: Record<number, string> = {};
  for (const bead of result.beads) {
    html[bead.id] = renderBeadHtml({ b: presentBead(bead), showBoilerplate, back: gone ? pairPage : back, csrfToken: res.locals.csrfToken as string });
  }
  const summary = await renderView(res, 'partials/pair-summary', { pair: getPair(db, result.pairId) });
  // For an undo: what was undone, so the page can say it in words.
  const undone = result.event?.undoes ? getEvent(db, result.event.undoes) : undefined;
  res.json({ pairId: result.pairId, beads: result.beads, event: result.event, message, redirect: gone ? pairPage : undefined, undone: undone && { id: undone.id, action: undone.action, beadId: undone.beadId, user: undone.user }, html, summary });
}

/** True when `path` is the page of a bead that no longer exists in its pair. */
function isGoneBeadPage(db: Db, path: string): boolean {
  const match = BEAD_PAGE.exec(path);
  if (!match) return false;
  const [view] = getBeadViews(db, [Number(match[2])]);
  return view === undefined || view.pairId !== Number(match[1]);
}

function requiredText(value: unknown, what: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > MAX_SPELLING_LENGTH) throw new InputError(`${what} is required (at most ${MAX_SPELLING_LENGTH} characters)`);
  return text;
}
