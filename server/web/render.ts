// Rendering a page: the page's template, then the layout around it, with the locals every
// page needs (CSRF token, reviewer, current URL); or JSON when the client asked for it.
import type { Request, Response } from 'express';
import { wantsJson } from './http';

/** Locals every template can use. */
export interface PageLocals {
  title: string;
  /** Which navigation entry is current ('corpus', 'names', 'history', 'export'). */
  section?: string;
  [name: string]: unknown;
}

/** Renders a template to a string with the app's engine (cached templates). */
export function renderView(res: Response, view: string, locals: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    res.app.render(view, { ...res.locals, ...locals }, (error: Error | null, html?: string) =>
      error ? reject(error) : resolve(html ?? ''),
    );
  });
}

/** Sends `view` inside the layout (status 200 unless given). */
export async function sendPage(res: Response, view: string, locals: PageLocals, status = 200): Promise<void> {
  const body = await renderView(res, view, locals);
  const html = await renderView(res, 'layout', { ...locals, body });
  res.status(status).type('html').send(html);
}

/** Sends `data` as JSON when the client asked for JSON, else the page. */
export async function sendPageOrJson(req: Request, res: Response, view: string, locals: PageLocals, data: unknown): Promise<void> {
  if (wantsJson(req, res)) {
    res.json(data);
    return;
  }
  await sendPage(res, view, locals);
}

/** A local path to go back to after a form: the `back` field when it is a path of this site, else `fallback`. */
export function backPath(value: unknown, fallback: string): string {
  if (typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 2000) return value.replace(/#.*$/, '');
  return fallback;
}
