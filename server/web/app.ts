// The review app: an Express application over an open database (no listen here; the
// serve command and the tests do that). Pages and actions are in routes/, templates in views/.
import express, { NextFunction, Request, Response } from 'express';
import type { BeadView, Db } from './store';
import { NotFoundError, StaleVersionError } from './store';
import { InputError } from '../errors';
import { HttpError, wantsJson } from './http';
import { csrfProtection } from './csrf';
import { securityHeaders } from './security';
import { PUBLIC_DIR, VIEWS_DIR } from './paths';
import { backPath, sendPage } from './render';
import { reviewerOf, setReviewer } from './reviewer';
import { presentBead } from './present';
import { renderBeadHtml } from './bead-html';
import { takeFlash } from './flash';
import { pageRoutes } from './routes/pages';
import { actionRoutes } from './routes/actions';
import { ImportLog, importRoutes } from './routes/import';
import { exportRoutes } from './routes/export';

/** The reviewer recorded when none has given a name. */
export const DEFAULT_REVIEWER = 'reviewer';
/** The largest form or JSON body (imports of several reports, base64-encoded). */
const BODY_LIMIT = '40mb';
/** How long browsers may keep the CSS and script (they are small; a reload revalidates). */
const STATIC_MAX_AGE = '1h';

/** Options of the app. */
export interface AppOptions {
  db: Db;
  /** The reviewer recorded when a request gives none (default "reviewer"). */
  user?: string;
}

/** Builds the review app over an open database. */
export function createApp({ db, user = DEFAULT_REVIEWER }: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  app.set('view cache', true);
  app.set('query parser', 'simple');

  app.use(securityHeaders);
  app.use('/static', express.static(PUBLIC_DIR, { maxAge: STATIC_MAX_AGE, index: false }));
  // First, so that an error page (a refused token, an unreadable body) has them too.
  app.use((req, res, next) => {
    res.locals.reviewer = reviewerOf(req, user);
    res.locals.currentPath = req.originalUrl.replace(/#.*$/, '');
    next();
  });
  app.use(jsonSuffix);
  app.use(takeFlash);
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 10000 }));
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(csrfProtection());

  app.get('/csrf', (_req, res) => {
    res.json({ token: res.locals.csrfToken });
  });
  app.post('/reviewer', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const name = setReviewer(res, body.reviewer);
    if (wantsJson(req, res)) res.json({ reviewer: name });
    else res.redirect(303, backPath(body.back, '/'));
  });

  const imports = new ImportLog();
  app.use(pageRoutes(db, imports));
  app.use(actionRoutes(db, user));
  app.use(importRoutes(db, imports));
  app.use(exportRoutes(db));

  app.use((req, _res, next) => next(new HttpError(404, `There is no page at ${req.path}.`)));
  app.use(errorHandler);
  return app;
}

/** `/names.json` is `/names` asking for JSON. */
function jsonSuffix(req: Request, res: Response, next: NextFunction): void {
  const [path, query] = splitUrl(req.url);
  if (path.endsWith('.json') && path.length > '.json'.length) {
    req.url = (path === '/index.json' ? '/' : path.slice(0, -'.json'.length)) + query;
    res.locals.json = true;
  }
  next();
}

function splitUrl(url: string): [string, string] {
  const q = url.indexOf('?');
  return q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}

/** The status and the message users see for an error; never a stack trace. */
function describeError(error: unknown): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof NotFoundError) return { status: 404, message: error.message };
  if (error instanceof StaleVersionError) return { status: 409, message: error.message };
  if (error instanceof InputError) return { status: 400, message: error.message };
  const status = (error as { status?: unknown; type?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // errors of the body parsers: malformed JSON, too large, bad encoding
    const type = (error as { type?: unknown }).type;
    const message = type === 'entity.too.large' ? 'The request is too large.' : type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : 'The request could not be read.';
    return { status, message };
  }
  return { status: 500, message: 'Something went wrong on the server; the details are in its log.' };
}

const STATUS_TITLES: Record<number, string> = {
  400: 'That did not work',
  403: 'Refused',
  404: 'Not found',
  409: 'Someone changed this first',
  413: 'Too large',
  500: 'Server error',
};

async function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): Promise<void> {
  const { status, message } = describeError(error);
  if (status >= 500) process.stderr.write(`${req.method} ${req.originalUrl}: ${error instanceof Error ? error.stack : String(error)}\n`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const current = error instanceof StaleVersionError ? (error as StaleVersionError & { current?: unknown }).current : undefined;
  try {
    if (wantsJson(req, res)) {
      const payload: Record<string, unknown> = { error: message };
      if (current) {
        payload.current = current;
        payload.html = renderBeadHtml({ b: presentBead(current as BeadView), showBoilerplate: false, back: backPath(req.body?.back, '/'), csrfToken: res.locals.csrfToken as string });
      }
      res.status(status).json(payload);
      return;
    }
    // A stale write: the page shows the bead as it is now, and "Go back" returns to it.
    const back = backPath((req.body as Record<string, unknown> | undefined)?.back, '');
    const bead = current as BeadView | undefined;
    const beadHtml = bead ? renderBeadHtml({ b: presentBead(bead), showBoilerplate: true, back: back || `/pairs/${bead.pairId}`, csrfToken: res.locals.csrfToken as string }) : '';
    await sendPage(
      res,
      'error',
      { title: STATUS_TITLES[status] ?? 'Error', status, message, back: bead && back ? `${back}#b${bead.id}` : back, beadHtml },
      status,
    );
  } catch (renderError) {
    process.stderr.write(`rendering the error page failed: ${String(renderError)}\n`);
    res.status(status).type('text').send(message);
  }
}
