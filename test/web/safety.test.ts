// Safety of the web app: CSRF tokens on every POST, output escaped, parameters validated
// with readable 400/404 pages (never a stack trace), JSON lists, duplicate imports, names.
import { startApp, Harness } from './harness';
import { loadSampleIfEmpty, sampleInputs } from '../../server/store/sample';

let app: Harness;

beforeAll(async () => {
  app = await startApp(loadSampleIfEmpty);
});

afterAll(async () => {
  await app.close();
});

test('a POST without the CSRF token, or with a wrong one, is refused with 403', async () => {
  const response = await app.post('/pairs/1/confirm-above', { threshold: '0.5' }, { csrf: false });
  expect(response.status).toBe(403);
  // A readable page with the site's header, not a bare line of text.
  const page = await response.text();
  expect(page).toContain('CSRF');
  expect(page).toContain('<h1>403 · Refused</h1>');
  expect(page).toContain('<a class="brand" href="/">');
  const forged = await app.post('/pairs/1/confirm-above', { threshold: '0.5', _csrf: 'x'.repeat(43) }, { csrf: false });
  expect(forged.status).toBe(403);
  const confirmed = (await (await app.get('/pairs/1.json?filter=confirmed')).json()) as { beads: unknown[] };
  expect(confirmed.beads).toHaveLength(0);
});

test('a report containing markup shows as text', async () => {
  const text = 'Alerte : la balise <script>alert("x")</script> dans un rapport\n\nUn journaliste a écrit « x < y » et <b> sans fermer la balise. Le forum a réuni 42 pays.';
  const response = await app.postJson('/import', { files: [{ name: '<i>evil</i>.txt', text }] });
  expect(response.status).toBe(200);
  const html = await (await app.get('/')).text();
  expect(html).toContain('Alerte : la balise &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; dans un rapport');
  expect(html).toContain('&lt;i&gt;evil&lt;/i&gt;.txt');
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<i>evil');
});

test('importing the same text twice stores it once', async () => {
  const text = 'Rapport court\n\nLe forum a réuni 42 pays le 14 mars 2026 à Essaouira.';
  const first = (await (await app.postJson('/import', { files: [{ name: 'a.txt', text }] })).json()) as { summary: { documents: { id: number; duplicate: boolean }[] } };
  const second = (await (await app.postJson('/import', { files: [{ name: 'b.txt', text }] })).json()) as { summary: { documents: { id: number; duplicate: boolean }[] } };
  expect(first.summary.documents[0].duplicate).toBe(false);
  expect(second.summary.documents[0]).toEqual({ ...first.summary.documents[0], name: 'b.txt', duplicate: true });
  const count = (app.db.prepare('SELECT COUNT(*) AS n FROM documents WHERE source IN (?, ?)').get('a.txt', 'b.txt') as { n: number }).n;
  expect(count).toBe(1);
});

test('pasting a report in the form imports it and shows the summary', async () => {
  const response = await app.post('/import', { name: 'collé.txt', text: 'Un autre rapport\n\nIl ne parle que de 7 choses.' });
  expect(response.status).toBe(303);
  const location = response.headers.get('location')!;
  expect(location).toMatch(/^\/\?import=\d+#import$/);
  const page = await (await app.get(location.replace(/#.*/, ''))).text();
  expect(page).toContain('collé.txt');
  expect(page).toContain('Imported 1 document(s)');
});

test.each([
  ['/pairs/999', 404, 'there is no document pair 999'],
  ['/pairs/abc', 400, 'pair id must be a positive whole number'],
  ['/pairs/1?filter=sideways', 400, 'filter must be one of all, doubtful, unconfirmed, confirmed'],
  ['/pairs/1/beads/99999', 404, 'bead 99999 is not in pair 1'],
  ['/nowhere', 404, 'There is no page at /nowhere'],
  ['/history?page=-1', 400, 'page must be a whole number'],
  ['/export?format=docx', 400, 'format must be one of'],
  ['/export?format=tmx&pair=77', 404, 'there is no document pair 77'],
])('GET %s answers %i with a readable page', async (path, status, message) => {
  const response = await app.get(path);
  expect(response.status).toBe(status);
  const html = await response.text();
  expect(html).toContain(message);
  expect(html).not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/);
  const json = await app.get(path, { json: true });
  expect(json.status).toBe(status);
  expect(((await json.json()) as { error: string }).error).toContain(message);
});

test.each([
  ['/beads/99999/confirm', { version: 1 }, 404],
  ['/beads/1/confirm', {}, 400],
  ['/beads/1/confirm', { version: 'two' }, 400],
  ['/beads/1/teleport', { version: 1 }, 400],
  ['/beads/1/move', { version: 1, move: 'up-north' }, 400],
  ['/pairs/1/undo', {}, 400],
  ['/sentences/99999/join', {}, 404],
])('POST %s with %j answers %i', async (path, body, status) => {
  const response = await app.post(path, body as Record<string, string>, { json: true });
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(5);
});

test('every list is also JSON, by suffix or Accept header', async () => {
  for (const path of ['/', '/names', '/history', '/pairs/1', '/pairs/1/beads/1', '/export']) {
    const suffix = path === '/' ? '/index.json' : `${path}.json`;
    const bySuffix = await app.get(suffix);
    expect(bySuffix.headers.get('content-type')).toMatch(/application\/json/);
    const byAccept = await app.get(path, { json: true });
    expect(await byAccept.json()).toEqual(await bySuffix.json());
  }
  const corpus = (await (await app.get('/index.json')).json()) as { documents: { lang: string; sentenceCount: number }[]; pairs: { score: number; evidence: unknown }[] };
  expect(corpus.documents.some((d) => d.lang === 'ar' && d.sentenceCount === 10)).toBe(true);
  expect(corpus.pairs[0].score).toBeGreaterThan(0.5);
  const exports = (await (await app.get('/export.json')).json()) as { formats: { id: string; url: string }[]; pairs: { id: number }[] };
  expect(exports.formats.map((f) => f.id)).toEqual(['tmx', 'tsv', 'moses', 'jsonl']);
  expect((await app.get(exports.formats[0].url)).headers.get('content-type')).toMatch(/x-tmx/);
  expect(exports.pairs.map((p) => p.id)).toEqual((corpus.pairs as unknown as { id: number }[]).map((p) => p.id));
});

test('a reviewer can mark the accepted spelling of a name', async () => {
  const response = await app.post('/names/accept', { arabic: 'كريم الشرقاوي', latin: 'Karim Cherkaoui', back: '/names' });
  expect(response.status).toBe(303);
  const row = app.db.prepare('SELECT accepted, updated_by FROM names WHERE arabic = ?').get('كريم الشرقاوي');
  expect(row).toEqual({ accepted: 'Karim Cherkaoui', updated_by: 'tester' });
  const history = (await (await app.get('/history.json')).json()) as { events: { action: string; after: { accepted: string } }[] };
  expect(history.events[0]).toMatchObject({ action: 'accept-spelling', after: { accepted: 'Karim Cherkaoui' } });
  expect((await app.post('/names/accept', { arabic: 'كريم', latin: '' }, { json: true })).status).toBe(400);
});

test('the reviewer name is remembered and recorded with actions', async () => {
  expect((await app.post('/reviewer', { reviewer: 'Salma', back: '/pairs/1' })).status).toBe(303);
  const [bead] = ((await (await app.get('/pairs/1.json')).json()) as { beads: { id: number; version: number }[] }).beads;
  const answer = (await (await app.post(`/beads/${bead.id}/confirm`, { version: bead.version }, { json: true })).json()) as { beads: { reviewer: string }[] };
  expect(answer.beads[0].reviewer).toBe('Salma');
  expect((await app.post('/reviewer', { reviewer: '\u0007' }, { json: true })).status).toBe(400);
});

test('the server binds nothing but what it is given and sends security headers', async () => {
  const response = await app.get('/');
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  const script = await app.get('/static/app.js');
  expect(script.status).toBe(200);
  expect(await script.text()).toContain("key === 'j'");
});

test('the import status counts what is new and what was already there, and says once which file failed and why', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
  const sample = sampleInputs().find((i) => i.name === 'forum-eau-fr.txt')!;
  const fresh = 'Agadir inaugure une station\n\nLa station de dessalement d’Agadir a été inaugurée le 14 mars 2026 devant 42 délégations.';
  const response = await app.postJson('/import', {
    files: [
      { name: 'photo.png', base64: png },
      { name: 'again.txt', base64: Buffer.from(sample.bytes).toString('base64') },
      { name: 'agadir.txt', text: fresh },
    ],
  });
  expect(response.status).toBe(200);
  const { id } = (await response.json()) as { id: number };
  const html = await (await app.get(`/?import=${id}`)).text();
  expect(html).toMatch(/<strong>Imported 1 document\(s\)<\/strong>, 1 already there\s+in/);
  expect(html).toMatch(/<li><strong>photo\.png<\/strong>: this is a PNG image/);
});

test('the pair page links to the export page with its pair chosen; a wrong pair there is a readable 404', async () => {
  const pairPage = await (await app.get('/pairs/1')).text();
  expect(pairPage).toContain('<a href="/export?pair=1">Export this pair…</a>');
  const exportPage = await (await app.get('/export?pair=1')).text();
  expect(exportPage).toMatch(/<option value="1" selected>/);
  const missing = await app.get('/export?pair=999');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('there is no document pair 999');
});
