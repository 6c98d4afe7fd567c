// The review app offers only the actions that make sense: a confirmed bead shows Reject and
// Reopen (no Confirm), a rejected one Confirm and Reopen; a realign that changes nothing
// writes nothing; a move that empties the bead shown on the bead page goes back to the pair.
import { startApp, Harness } from './harness';
import { loadSampleIfEmpty } from '../../server/store/sample';

interface Sentence { id: number; ordinal: number; text: string }
interface Bead { id: number; version: number; status: string; arabic: Sentence[]; french: Sentence[] }

let app: Harness;
let pairId: number;

async function beads(): Promise<Bead[]> {
  return ((await (await app.get(`/pairs/${pairId}.json`)).json()) as { beads: Bead[] }).beads;
}

/** The data-action values of the buttons in one bead's HTML. */
function actionsOf(html: string, beadId: number): string[] {
  const start = html.indexOf(`id="b${beadId}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  const article = html.slice(start, html.indexOf('</article>', start));
  return [...article.matchAll(/<button[^>]*data-action="([\w-]+)"/g)].map((m) => m[1]).filter((a) => a !== 'move' && a !== 'merge');
}

beforeAll(async () => {
  app = await startApp(loadSampleIfEmpty);
  const corpus = (await (await app.get('/', { json: true })).json()) as { pairs: { id: number }[] };
  pairId = corpus.pairs[0].id;
});

afterAll(async () => {
  await app.close();
});

test('a bead shows the status actions that change it, on the page and in the HTML a script swaps in', async () => {
  const [first, second] = await beads();
  expect(actionsOf(await (await app.get(`/pairs/${pairId}`)).text(), first.id)).toEqual(['confirm', 'reject']);

  const confirmed = (await (await app.post(`/beads/${first.id}/confirm`, { version: first.version }, { json: true })).json()) as { html: Record<string, string> };
  expect(actionsOf(confirmed.html[first.id], first.id)).toEqual(['reject', 'reopen']);
  const rejected = (await (await app.post(`/beads/${second.id}/reject`, { version: second.version }, { json: true })).json()) as { html: Record<string, string> };
  expect(actionsOf(rejected.html[second.id], second.id)).toEqual(['confirm', 'reopen']);

  const page = await (await app.get(`/pairs/${pairId}`)).text();
  expect(actionsOf(page, first.id)).toEqual(['reject', 'reopen']);
  expect(actionsOf(page, second.id)).toEqual(['confirm', 'reopen']);
  expect(actionsOf(await (await app.get(`/pairs/${pairId}/beads/${first.id}`)).text(), first.id)).toEqual(['reject', 'reopen']);

  const reopened = (await (await app.post(`/beads/${first.id}/reopen`, { version: first.version + 1 }, { json: true })).json()) as { html: Record<string, string> };
  expect(actionsOf(reopened.html[first.id], first.id)).toEqual(['confirm', 'reject']);
  expect((await app.post(`/beads/${second.id}/reopen`, { version: second.version + 1 }, { json: true })).status).toBe(200);
});

test('a realign that finds the beads already there writes no history and says so', async () => {
  const before = await beads();
  const events = async (): Promise<number> => ((await (await app.get(`/history.json?pair=${pairId}`)).json()) as { total: number }).total;
  const count = await events();
  const response = await app.post(`/pairs/${pairId}/realign`, {}, { json: true });
  expect(response.status).toBe(200);
  const payload = (await response.json()) as { event: unknown; beads: Bead[]; message: string };
  expect(payload).toMatchObject({ event: null, beads: [], message: 'Nothing to realign: the alignment is unchanged' });
  expect(await events()).toBe(count);
  expect((await beads()).map((b) => [b.id, b.version])).toEqual(before.map((b) => [b.id, b.version]));

  // Without the script: back to the pair page, which says it once.
  const form = await app.post(`/pairs/${pairId}/realign`, { back: `/pairs/${pairId}` });
  expect(form.status).toBe(303);
  expect(form.headers.get('location')).toBe(`/pairs/${pairId}`);
  expect(await (await app.get(`/pairs/${pairId}`)).text()).toContain('<p class="flash" role="status">Nothing to realign: the alignment is unchanged</p>');
  expect(await (await app.get(`/pairs/${pairId}`)).text()).not.toContain('class="flash"');
  expect(await events()).toBe(count);
});

test('a move that empties the bead of the bead page goes to the pair page, at the bead that took the sentence', async () => {
  // Split the 1–2 bead (one Arabic sentence told in two French ones): its second part is a 0–1 bead.
  const list = await beads();
  const index = list.findIndex((b) => b.arabic.length === 1 && b.french.length === 2);
  const whole = list[index];
  expect((await app.post(`/beads/${whole.id}/split`, { version: whole.version, arabicCount: 1, frenchCount: 1 }, { json: true })).status).toBe(200);
  const lone = (await beads())[index + 1];
  expect([lone.arabic.length, lone.french.length]).toEqual([0, 1]);
  const page = `/pairs/${pairId}/beads/${lone.id}`;
  expect((await app.get(page)).status).toBe(200);

  // Without the script: the form's 303 goes to the pair page, which exists.
  const form = await app.post(`/beads/${lone.id}/move`, { version: lone.version, move: 'fr-prev', back: page });
  expect(form.status).toBe(303);
  expect(form.headers.get('location')).toBe(`/pairs/${pairId}#b${whole.id}`);
  expect((await app.get(page)).status).toBe(404);
  expect((await app.get(`/pairs/${pairId}`)).status).toBe(200);
  expect((await beads())[index].french.map((s) => s.text)).toEqual(whole.french.map((s) => s.text));

  // With the script: the answer names the page to go to instead of reloading the bead page.
  expect((await app.post(`/pairs/${pairId}/undo`, {}, { json: true })).status).toBe(200);
  const again = (await beads())[index + 1];
  expect(again.id).toBe(lone.id);
  const json = (await (await app.post(`/beads/${lone.id}/move`, { version: again.version, move: 'fr-prev', back: page }, { json: true })).json()) as { redirect?: string; beads: Bead[] };
  expect(json.redirect).toBe(`/pairs/${pairId}`);
  expect(json.beads.map((b) => b.id)).toEqual([whole.id]);

  // A move that leaves the bead a sentence stays on its page.
  const kept = (await beads())[index];
  const stay = await app.post(`/beads/${kept.id}/move`, { version: kept.version, move: 'fr-next', back: `/pairs/${pairId}/beads/${kept.id}` });
  expect(stay.headers.get('location')).toBe(`/pairs/${pairId}/beads/${kept.id}#b${kept.id}`);
});
