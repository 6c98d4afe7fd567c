// Runs the review app on a free port over a temporary database file, with a small client
// that keeps the cookies and sends the CSRF token, as a browser would.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, Db } from '../../server/store/database';
import { createApp } from '../../server/web/app';

/** A running app and a client for it. */
export interface Harness {
  db: Db;
  dbPath: string;
  base: string;
  /** GET with the client's cookies; `json` asks for JSON. */
  get(path: string, options?: { json?: boolean }): Promise<Response>;
  /** POST a form (url-encoded) or JSON body with the CSRF token; `json` asks for a JSON answer. */
  post(path: string, body: Record<string, string | number>, options?: { json?: boolean; csrf?: boolean }): Promise<Response>;
  postJson(path: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the app over a new temporary database (`setup` may fill it first). */
export async function startApp(setup?: (db: Db) => void): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'muqabala-web-'));
  const dbPath = join(dir, 'test.sqlite');
  const db = openDatabase(dbPath);
  setup?.(db);
  const app = createApp({ db, user: 'tester' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let cookies = '';
  let token = '';

  const remember = (response: Response): void => {
    const set = response.headers.getSetCookie();
    if (set.length === 0) return;
    const jar = new Map(cookies.split('; ').filter(Boolean).map((c) => c.split('=') as [string, string]));
    for (const line of set) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      jar.set(name, value);
    }
    cookies = [...jar].map(([n, v]) => `${n}=${v}`).join('; ');
  };
  const get = async (path: string, options: { json?: boolean } = {}): Promise<Response> => {
    const response = await fetch(base + path, { headers: { cookie: cookies, ...(options.json ? { accept: 'application/json' } : {}) }, redirect: 'manual' });
    remember(response);
    return response;
  };
  const ensureToken = async (): Promise<void> => {
    if (token) return;
    token = ((await (await get('/csrf')).json()) as { token: string }).token;
  };
  return {
    db,
    dbPath,
    base,
    get,
    async post(path, body, options = {}) {
      await ensureToken();
      const form = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)]));
      if (options.csrf !== false) form.set('_csrf', token);
      const response = await fetch(base + path, {
        method: 'POST',
        headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded', ...(options.json ? { accept: 'application/json' } : {}) },
        body: form.toString(),
        redirect: 'manual',
      });
      remember(response);
      return response;
    },
    async postJson(path, body) {
      await ensureToken();
      return fetch(base + path, {
        method: 'POST',
        headers: { cookie: cookies, 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': token },
        body: JSON.stringify(body),
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
