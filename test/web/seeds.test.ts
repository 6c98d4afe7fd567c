// The five real seed reports imported through the web app: the Arabic report (003) is
// paired with the French ones, its beads are checked, and a second import adds nothing.
import { startApp, Harness } from './harness';
import { readSeed } from '../helpers/shared';

interface Pair { id: number; arabicId: number; frenchId: number; score: number; relation: string; beadCount: number; flagCount: number }
interface Summary { documents: { id: number; name: string; lang: string; duplicate: boolean }[]; pairs: number; beads: number; errors: unknown[] }

const SEEDS = [0, 1, 2, 3, 4];
let app: Harness;
let summary: Summary;
let idOf: (seed: number) => number;

beforeAll(async () => {
  app = await startApp();
  const files = SEEDS.map((i) => ({ name: `seed-${i}.txt`, text: readSeed(i) }));
  const response = await app.postJson('/import', { files });
  expect(response.status).toBe(200);
  summary = ((await response.json()) as { summary: Summary }).summary;
  idOf = (seed) => summary.documents.find((d) => d.name === `seed-${seed}.txt`)!.id;
});

afterAll(async () => {
  await app.close();
});

test('the seeds are stored with their language: 003 Arabic, the others French', () => {
  expect(summary.errors).toEqual([]);
  expect(summary.documents.map((d) => d.lang)).toEqual(['fr', 'fr', 'fr', 'ar', 'fr']);
  expect(summary.documents.every((d) => !d.duplicate)).toBe(true);
});

test('the Arabic report is paired with the French report of the same meeting, aligned and checked', async () => {
  const { pairs } = (await (await app.get('/index.json')).json()) as { pairs: Pair[] };
  expect(pairs.every((p) => p.arabicId === idOf(3))).toBe(true);
  const meeting = pairs.find((p) => p.frenchId === idOf(0));
  expect(meeting).toBeDefined();
  expect(meeting!.relation).not.toBe('unrelated');
  expect(meeting!.beadCount).toBeGreaterThan(5);
  const { beads } = (await (await app.get(`/pairs/${meeting!.id}.json`)).json()) as { beads: { arabic: { text: string }[]; french: { text: string }[] }[] };
  const shahkar = beads.find((b) => b.arabic.some((s) => s.text.includes('استقبل المدير العام')));
  expect(shahkar?.french.map((s) => s.text).join(' ')).toMatch(/Faisal Shahkar/);
  // 003's sentences on the assembly's opening session and on the city's security measures have no counterpart in 000.
  for (const start of ['وحضر الجلسة الافتتاحية', 'وعرفت المدينة تعبئة أمنية']) {
    const bead = beads.find((b) => b.arabic.some((s) => s.text.startsWith(start)));
    expect(bead?.french).toEqual([]);
  }
});

test('the report of the same meeting (000) is the best partner of 003', async () => {
  const { pairs } = (await (await app.get('/index.json')).json()) as { pairs: Pair[] };
  expect(pairs[0].frenchId).toBe(idOf(0));
});

test('Hmouzi, the misspelling of حموشي in 002, is flagged', async () => {
  const { pairs } = (await (await app.get('/index.json')).json()) as { pairs: Pair[] };
  const pair = pairs.find((p) => p.frenchId === idOf(2))!;
  const { beads } = (await (await app.get(`/pairs/${pair.id}.json`)).json()) as { beads: { flags: { kind: string; message: string }[] }[] };
  const flags = beads.flatMap((b) => b.flags).filter((f) => f.kind === 'name');
  expect(flags.some((f) => f.message.includes('Hmouzi'))).toBe(true);
  const html = await (await app.get(`/pairs/${pair.id}`)).text();
  expect(html).toMatch(/<mark class="flag flag-name[^>]*>Hmouzi<\/mark>/);
  // The letters that differ from the corpus' usual spelling, Hammouchi.
  expect(html).toContain('<span class="found">Hmou<ins>z</ins>i</span>');
  // The Arabic inside the flag's message is isolated, so it does not reorder the words around it.
  expect(html).toMatch(/Hmouzi does not render <bdi dir="rtl" lang="ar">حموشي<\/bdi>/);
});

test('boilerplate lines (bylines, related articles) are not aligned and not exported', async () => {
  const { pairs } = (await (await app.get('/index.json')).json()) as { pairs: Pair[] };
  const pair = pairs.find((p) => p.frenchId === idOf(1))!;
  const { beads } = (await (await app.get(`/pairs/${pair.id}.json`)).json()) as { beads: { arabic: { kind: string }[]; french: { kind: string }[] }[] };
  const aligned = new Set(['title', 'body', 'caption']);
  expect(beads.every((b) => [...b.arabic, ...b.french].some((s) => aligned.has(s.kind)))).toBe(true);
  const jsonl = (await (await app.get(`/export?format=jsonl&status=all&pair=${pair.id}`)).text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { fr: string });
  // 001 retells 003 rather than translating it: a few of its sentences have a counterpart.
  expect(jsonl.length).toBeGreaterThanOrEqual(3);
  const french = jsonl.map((r) => r.fr).join('\n');
  expect(french).toContain('43 rencontres bilatérales');
  for (const line of ['Avatar de Hajar Toufik', 'Temps de lecture', 'Les articles les plus lu', 'Sécheresse : le Maroc a-t-il tourné la page']) expect(french).not.toContain(line);
});

test('the names page puts Hmouzi first, as a likely misspelling of Hammouchi (حموشي)', async () => {
  const { groups } = (await (await app.get('/names.json')).json()) as { groups: { arabic: string | null; spellings: { latin: string; doubtful: boolean; explanation: string }[] }[] };
  const hmouzi = groups[0].spellings.find((s) => s.latin === 'Hmouzi');
  expect(hmouzi).toMatchObject({ doubtful: true });
  expect(hmouzi!.explanation).toMatch(/likely misspelling of Hammouchi/);
  expect(groups[0].arabic).toBe('حموشي');
});

test('importing the seeds again adds no document and no pair', async () => {
  const before = (await (await app.get('/index.json')).json()) as { documents: unknown[]; pairs: unknown[] };
  const again = (await (await app.postJson('/import', { files: SEEDS.map((i) => ({ name: `again-${i}.txt`, text: readSeed(i) })) })).json()) as { summary: Summary };
  expect(again.summary.documents.every((d) => d.duplicate)).toBe(true);
  expect(again.summary.pairs).toBe(0);
  const after = (await (await app.get('/index.json')).json()) as { documents: unknown[]; pairs: unknown[] };
  expect(after.documents).toHaveLength(before.documents.length);
  expect(after.pairs).toHaveLength(before.pairs.length);
});
