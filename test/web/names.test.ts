// The names page on the sample corpus: each Arabic name with its French spellings (as the
// import found them), counts and places; a minority spelling first as likely misspelt,
// until a reviewer accepts one.
import { startApp, Harness } from './harness';
import { loadSampleIfEmpty } from '../../server/store/sample';
import { annotateNameFlags } from '../../server/store/names';
import { insertFlags } from '../../server/store/write';

interface Group { arabic: string; accepted: string | null; doubtfulCount: number; spellings: { latin: string; count: number; doubtful: boolean; accepted: boolean; places: { pairId: number; sentence: string }[] }[] }

let app: Harness;

beforeAll(async () => {
  app = await startApp(loadSampleIfEmpty);
});

afterAll(async () => {
  await app.close();
});

test('the minority spelling Zerkaoui comes first as likely misspelt, with where it occurs', async () => {
  const { groups } = (await (await app.get('/names.json')).json()) as { groups: Group[] };
  const [minister, ...others] = groups;
  expect(minister.arabic).toBe('كريم الشرقاوي');
  expect(others.every((g) => g.doubtfulCount === 0)).toBe(true);
  expect(minister.spellings.map((s) => [s.latin, s.count, s.doubtful])).toEqual([
    ['Karim Cherkaoui', 2, false],
    ['Karim Zerkaoui', 1, true],
  ]);
  expect(minister.spellings[1].places[0].sentence).toMatch(/^Dans son discours d'ouverture, Karim Zerkaoui/);
  expect(minister.spellings[1].explanation).toMatch(/likely misspelling of Karim Cherkaoui/);
  const html = await (await app.get('/names')).text();
  expect(html).toContain('<span dir="rtl" lang="ar">كريم الشرقاوي</span>');
  expect(html).toMatch(/<span lang="fr">Karim Zerkaoui<\/span> <span class="tag warn">likely misspelt<\/span>/);
  // The Arabic inside the explanation is isolated so it does not reorder the sentence around it.
  expect(html).toContain('(for <bdi dir="rtl" lang="ar">كريم الشرقاوي</bdi>)');
});

test('accepting a spelling makes every other one doubtful', async () => {
  expect((await app.post('/names/accept', { arabic: 'كريم الشرقاوي', latin: 'Karim Zerkaoui' }, { json: true })).status).toBe(200);
  const { groups } = (await (await app.get('/names.json')).json()) as { groups: Group[] };
  const minister = groups.find((g) => g.arabic === 'كريم الشرقاوي')!;
  expect(minister.accepted).toBe('Karim Zerkaoui');
  expect(minister.spellings.map((s) => [s.latin, s.accepted, s.doubtful])).toEqual([
    ['Karim Cherkaoui', false, true],
    ['Karim Zerkaoui', true, false],
  ]);
  expect(minister.doubtfulCount).toBe(2);
});

test('the name flag of the misspelt name shows the letters that differ from the usual spelling', async () => {
  const html = await (await app.get('/pairs/1')).text();
  expect(html).toMatch(/<mark class="flag flag-name sev-\w+" title="Karim Zerkaoui[^"]*">Karim Zerkaoui<\/mark>/);
  expect(html).toContain('<span class="diff-label">usually</span> <span class="expected">Karim <del>Ch</del>erkaoui</span> → <span class="diff-label">here</span> <span class="found">Karim <ins>Z</ins>erkaoui</span>');
});

test('a flag raised before the corpus knew the name learns its usual spelling later', async () => {
  const bead = app.db.prepare("SELECT bead_id AS id FROM flags WHERE kind = 'name'").get() as { id: number };
  insertFlags(app.db, bead.id, [
    { kind: 'name', severity: 'warning', message: 'Zerkaoui: ش written as z', arabic: { start: 11, end: 19, text: 'الشرقاوي' }, french: { start: 37, end: 45, text: 'Zerkaoui' }, confidence: 0.7 },
  ]);
  app.db.prepare('DELETE FROM names').run();
  annotateNameFlags(app.db, [bead.id]);
  const detail = JSON.parse((app.db.prepare("SELECT detail FROM flags WHERE message = 'Zerkaoui: ش written as z'").get() as { detail: string }).detail) as { usual: string };
  expect(detail.usual).toBe('Cherkaoui');
});
