// Every review action through HTTP on the sample corpus: confirm, reject, reopen, merge,
// split, move, confirm above a threshold, realign, sentence split and join, undo (many
// steps), the 409 on a stale version, and the history that records it all.
import { startApp, Harness } from './harness';
import { loadSampleIfEmpty } from '../../server/store/sample';

interface Sentence { id: number; ordinal: number; text: string }
interface Bead { id: number; version: number; status: string; confidence: number; arabic: Sentence[]; french: Sentence[]; flags: { kind: string; message: string }[] }

let app: Harness;
let pairId: number;

async function beads(filter = 'all'): Promise<Bead[]> {
  const response = await app.get(`/pairs/${pairId}.json?filter=${filter}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { beads: Bead[] }).beads;
}

async function act(beadId: number, action: string, body: Record<string, string | number> = {}): Promise<Response> {
  return app.post(`/beads/${beadId}/${action}`, body, { json: true });
}

async function undo(): Promise<Response> {
  return app.post(`/pairs/${pairId}/undo`, {}, { json: true });
}

const shape = (list: Bead[]): string => list.map((b) => `${b.arabic.map((s) => s.ordinal).join(',')}:${b.french.map((s) => s.ordinal).join(',')}`).join(' ');

beforeAll(async () => {
  app = await startApp(loadSampleIfEmpty);
  const corpus = (await (await app.get('/', { json: true })).json()) as { pairs: { id: number; frenchTitle: string }[] };
  expect(corpus.pairs).toHaveLength(1);
  pairId = corpus.pairs[0].id;
});

afterAll(async () => {
  await app.close();
});

test('the corpus page lists each Arabic report with its French partners, the translation marked, before the import form', async () => {
  const html = await (await app.get('/')).text();
  expect(html.indexOf('id="pairs"')).toBeLessThan(html.indexOf('id="import"'));
  expect(html).toMatch(/<tr class="group-head">[\s\S]*?lang="ar">افتتاح المنتدى الدولي للماء بالصويرة/);
  expect(html).toMatch(/<span class="tag rel rel-translation" title="The French report translates the Arabic one[^"]*">translation<\/span>/);
});

test('the pair page shows both texts side by side, Arabic right to left', async () => {
  const response = await app.get(`/pairs/${pairId}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('dir="rtl" lang="ar"');
  expect(html).toContain('lang="fr"');
  expect(html).toContain('كريم الشرقاوي');
  expect(html).toContain('Karim Zerkaoui');
  expect(html).toMatch(/<meta name="csrf-token" content="[\w-]{20,}">/);
});

test('the Arabic sentence translated as two French sentences is one 1–2 bead', async () => {
  const split = (await beads()).find((b) => b.french.some((s) => s.text.includes('Zerkaoui')));
  expect(split?.arabic).toHaveLength(1);
  expect(split?.french).toHaveLength(2);
  expect(split?.arabic[0].text).toContain('الشرقاوي');
});

test('the number that differs (42 countries in Arabic, 24 in French) is flagged', async () => {
  const bead = (await beads()).find((b) => b.french.some((s) => s.text.includes('24 pays')));
  expect(bead?.flags.map((f) => f.message).join(' ')).toMatch(/24|42/);
  const html = await (await app.get(`/pairs/${pairId}`)).text();
  expect(html).toMatch(/<mark class="flag flag-number[^"]*"[^>]*>24<\/mark>/);
});

test('confirm from a form redirects back to the bead; a stale version gets 409 and nothing is lost', async () => {
  const [first] = await beads();
  const response = await app.post(`/beads/${first.id}/confirm`, { version: first.version, back: `/pairs/${pairId}` });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(`/pairs/${pairId}#b${first.id}`);
  const [after] = await beads();
  expect(after.status).toBe('confirmed');
  expect(after.version).toBe(first.version + 1);

  const stale = await act(first.id, 'reject', { version: first.version });
  expect(stale.status).toBe(409);
  const payload = (await stale.json()) as { error: string; current: Bead; html: string };
  expect(payload.error).toMatch(/changed by tester \(confirm\)/);
  expect(payload.error).toContain(`you had version ${first.version}`);
  expect(payload.current.status).toBe('confirmed');
  expect(payload.html).toContain(`id="b${first.id}"`);
  expect((await beads())[0].status).toBe('confirmed');

  const page = await app.post(`/beads/${first.id}/reject`, { version: first.version, back: `/pairs/${pairId}` });
  expect(page.status).toBe(409);
  const html = await page.text();
  expect(html).toContain('Someone changed this first');
  // Without the script, the page shows the bead as it is now and links back to it.
  expect(html).toMatch(new RegExp(`<article class="bead status-confirmed[^"]*" id="b${first.id}"`));
  expect(html).toContain(`<a href="/pairs/${pairId}#b${first.id}">Go back</a>`);
});

test('reject and reopen; the doubtful and confirmed filters follow', async () => {
  const list = await beads();
  const target = list[1];
  expect((await act(target.id, 'reject', { version: target.version })).status).toBe(200);
  const rejected = (await beads()).find((b) => b.id === target.id)!;
  expect(rejected.status).toBe('rejected');
  expect((await beads('unconfirmed')).some((b) => b.id === target.id)).toBe(false);
  expect((await act(target.id, 'reopen', { version: rejected.version })).status).toBe(200);
  expect((await beads('unconfirmed')).some((b) => b.id === target.id)).toBe(true);
  expect((await beads('confirmed')).map((b) => b.id)).toEqual([list[0].id]);
  const doubtful = await beads('doubtful');
  const isDoubtful = (b: Bead): boolean => b.confidence < 0.6 || b.flags.length > 0;
  expect(doubtful.map((b) => b.id).sort()).toEqual((await beads('unconfirmed')).map((b) => b.id).sort());
  const firstSure = doubtful.findIndex((b) => !isDoubtful(b));
  expect(firstSure).toBeGreaterThan(0);
  expect(doubtful.slice(0, firstSure).every(isDoubtful)).toBe(true);
  expect(doubtful.slice(firstSure).some(isDoubtful)).toBe(false);
});

test('merge with the next bead, then undo restores both beads', async () => {
  const before = await beads();
  const [a, b] = [before[2], before[3]];
  const merged = await act(a.id, 'merge', { version: a.version });
  expect(merged.status).toBe(200);
  const result = (await merged.json()) as { beads: Bead[]; html: Record<string, string> };
  expect(result.beads[0].arabic.map((s) => s.ordinal)).toEqual([...a.arabic, ...b.arabic].map((s) => s.ordinal));
  expect(result.beads[0].french.map((s) => s.ordinal)).toEqual([...a.french, ...b.french].map((s) => s.ordinal));
  expect(await beads()).toHaveLength(before.length - 1);

  const undone = await undo();
  expect(undone.status).toBe(200);
  // The answer says what was undone, for the page to tell the reviewer.
  expect(((await undone.json()) as { undone: unknown }).undone).toEqual({ id: expect.any(Number), action: 'merge', beadId: a.id, user: 'tester' });
  const restored = await beads();
  expect(shape(restored)).toBe(shape(before));
  expect(restored.map((x) => x.id)).toEqual(before.map((x) => x.id));
});

test('split a 1–2 bead into two, then undo', async () => {
  const before = await beads();
  const bead = before.find((b) => b.french.length === 2)!;
  const response = await act(bead.id, 'split', { version: bead.version, arabicCount: 1, frenchCount: 1 });
  expect(response.status).toBe(200);
  const after = await beads();
  expect(after).toHaveLength(before.length + 1);
  const index = after.findIndex((b) => b.id === bead.id);
  expect(after[index].french).toHaveLength(1);
  expect(after[index + 1].arabic).toHaveLength(0);
  expect(after[index + 1].french[0].ordinal).toBe(bead.french[1].ordinal);
  expect((await act(bead.id, 'split', { version: bead.version + 1, arabicCount: 0, frenchCount: 0 })).status).toBe(400);
  expect((await undo()).status).toBe(200);
  expect(shape(await beads())).toBe(shape(before));
});

test('move a sentence to the next and to the previous bead, then undo both', async () => {
  const before = await beads();
  const index = before.findIndex((b) => b.french.length === 2);
  const bead = before[index];
  expect((await act(bead.id, 'move', { version: bead.version, move: 'fr-next' })).status).toBe(200);
  let after = await beads();
  expect(after[index].french).toHaveLength(1);
  expect(after[index + 1].french.map((s) => s.ordinal)).toEqual([bead.french[1].ordinal, ...before[index + 1].french.map((s) => s.ordinal)]);
  const moved = after[index];
  expect((await act(moved.id, 'move', { version: moved.version, side: 'ar', direction: 'prev' })).status).toBe(200);
  after = await beads();
  expect(after[index - 1].arabic.map((s) => s.ordinal)).toEqual([...before[index - 1].arabic, ...bead.arabic].map((s) => s.ordinal));
  expect((await act(before[0].id, 'move', { version: (await beads())[0].version, move: 'fr-prev' })).status).toBe(400);
  expect((await undo()).status).toBe(200);
  expect((await undo()).status).toBe(200);
  expect(shape(await beads())).toBe(shape(before));
});

test('confirm all above a threshold confirms only the proposed, unflagged beads at or above it', async () => {
  const before = await beads();
  const response = await app.post(`/pairs/${pairId}/confirm-above`, { threshold: '0.95' }, { json: true });
  expect(response.status).toBe(200);
  const expected = before.filter((b) => b.status === 'proposed' && b.confidence >= 0.95 && b.flags.length === 0).map((b) => b.id);
  // The bead whose number differs (42 countries in Arabic, 24 in French) is sure but flagged: left alone.
  const numberFlagged = before.find((b) => b.flags.some((f) => f.kind === 'number'))!;
  expect(numberFlagged.confidence).toBeGreaterThanOrEqual(0.95);
  expect(expected).not.toContain(numberFlagged.id);
  expect(((await response.json()) as { beads: Bead[] }).beads.map((b) => b.id)).toEqual(expected);
  expect(expected.length).toBeGreaterThan(0);
  const after = await beads();
  for (const b of after) expect(b.status === 'confirmed').toBe(expected.includes(b.id) || b.id === before[0].id);
  expect((await app.post(`/pairs/${pairId}/confirm-above`, { threshold: 'lots' }, { json: true })).status).toBe(400);
  expect((await undo()).status).toBe(200);
  expect((await beads('confirmed')).map((b) => b.id)).toEqual([before[0].id]);
});

test('realign restores a spoilt alignment around the confirmed beads', async () => {
  const before = await beads();
  const [, second, third] = before;
  await act(second.id, 'merge', { version: second.version });
  await act(second.id, 'merge', { version: second.version + 1 });
  expect(await beads()).toHaveLength(before.length - 2);
  const response = await app.post(`/pairs/${pairId}/realign`, {}, { json: true });
  expect(response.status).toBe(200);
  const after = await beads();
  // Every sentence of both sides is in exactly one bead, in order, and the spoilt 3-sentence bead is split again.
  for (const side of ['arabic', 'french'] as const) {
    expect(after.flatMap((b) => b[side].map((s) => s.ordinal))).toEqual(before.flatMap((b) => b[side].map((s) => s.ordinal)));
  }
  expect(after.length).toBeGreaterThan(before.length - 2);
  expect(after.every((b) => b.arabic.length <= 2 && b.french.length <= 2)).toBe(true);
  expect(after[0]).toMatchObject({ id: before[0].id, status: 'confirmed', version: before[0].version });
  expect(after.some((b) => b.id === third.id)).toBe(false);
  expect((await undo()).status).toBe(200);
  expect(await beads()).toHaveLength(before.length - 2);
  expect((await undo()).status).toBe(200);
  expect((await undo()).status).toBe(200);
  expect(shape(await beads())).toBe(shape(before));
});

test('split a sentence where the segmenter missed a boundary, join it back, and undo both', async () => {
  const before = await beads();
  const index = before.findIndex((b) => b.french.some((s) => s.text.startsWith('Dans son discours')));
  const sentence = before[index].french[0];
  const offset = sentence.text.indexOf('a souligné');
  const split = await app.post(`/sentences/${sentence.id}/split`, { offset, pair: pairId }, { json: true });
  expect(split.status).toBe(200);
  let after = await beads();
  expect(after[index].french.map((s) => s.text)).toEqual([sentence.text.slice(0, offset).trim(), sentence.text.slice(offset), before[index].french[1].text]);
  expect(after[index + 1].french[0].ordinal).toBe(before[index + 1].french[0].ordinal + 1);

  const join = await app.post(`/sentences/${sentence.id}/join`, { pair: pairId }, { json: true });
  expect(join.status).toBe(200);
  after = await beads();
  expect(after[index].french[0].text).toBe(sentence.text);
  expect(after[index + 1].french[0].ordinal).toBe(before[index + 1].french[0].ordinal);

  expect((await undo()).status).toBe(200);
  expect((await undo()).status).toBe(200);
  after = await beads();
  expect(after[index].french.map((s) => [s.id, s.text])).toEqual(before[index].french.map((s) => [s.id, s.text]));
  expect(shape(after)).toBe(shape(before));
  expect((await app.post(`/sentences/${sentence.id}/split`, { offset: 0, pair: pairId }, { json: true })).status).toBe(400);
});

test('undo walks back any number of steps, then says there is nothing left', async () => {
  for (let i = 0; i < 40; i++) {
    const response = await undo();
    if (response.status === 400) {
      expect(((await response.json()) as { error: string }).error).toMatch(/nothing left to undo/);
      break;
    }
    expect(response.status).toBe(200);
  }
  const all = await beads();
  expect(all.every((b) => b.status === 'proposed')).toBe(true);
});

test('the history records who did what, with before and after', async () => {
  const response = await app.get('/history.json');
  const { events, total } = (await response.json()) as { events: { user: string; action: string; before: unknown; after: unknown; undoneBy: number | null }[]; total: number };
  expect(total).toBeGreaterThan(10);
  const actions = new Set(events.map((e) => e.action));
  for (const action of ['confirm', 'undo']) expect(actions.has(action)).toBe(true);
  expect(events.every((e) => e.user === 'tester')).toBe(true);
  expect(events.filter((e) => e.action !== 'undo').every((e) => e.undoneBy !== null)).toBe(true);
  const page = await app.get(`/history?pair=${pairId}`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('undone by');
  // The title bead (the first sentence of each side) reads as sentences 1 and 1, not 0.
  expect(html).toMatch(/#\d+ confirmed ar 1 fr 1 v\d+/);
  expect(html).not.toMatch(/ ar 0 /);
});

test('undo from a bead undoes the latest change of its pair', async () => {
  const [first] = await beads();
  await act(first.id, 'confirm', { version: first.version });
  expect((await beads())[0].status).toBe('confirmed');
  expect((await act(first.id, 'undo')).status).toBe(200);
  expect((await beads())[0].status).toBe('proposed');
});

test('splitting a sentence from the bead page comes back to the bead page, to split the bead next', async () => {
  const [first] = await beads();
  const page = `/pairs/${pairId}/beads/${first.id}`;
  const html = await (await app.get(page)).text();
  const splitForm = html.slice(html.indexOf(`action="/sentences/${first.french[0].id}/split"`));
  expect(splitForm.slice(0, splitForm.indexOf('</form>'))).toContain(`name="back" value="${page}"`);
});

test('the pair page opens with a summary: beads confirmed, flags and the beads they are on', async () => {
  const { pair, beads: list } = (await (await app.get(`/pairs/${pairId}.json`)).json()) as { pair: { flagCount: number; flaggedBeadCount: number }; beads: Bead[] };
  const flagged = list.filter((b) => b.flags.length > 0).length;
  expect(flagged).toBeGreaterThanOrEqual(2);
  expect(pair.flaggedBeadCount).toBe(flagged);
  const html = await (await app.get(`/pairs/${pairId}`)).text();
  expect(html).toContain(`${pair.flagCount} flags on ${flagged} beads`);
});
