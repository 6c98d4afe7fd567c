// The names page: each Arabic name with its French spellings, counts and places; a
// minority spelling first as likely misspelt, until a reviewer accepts one.
import { startApp, Harness } from './harness';
import { loadSampleIfEmpty } from '../../server/store/sample';
import { recordMentions } from '../../server/store/names';
import type { Db } from '../../server/store/database';

interface Group { arabic: string; accepted: string | null; doubtfulCount: number; spellings: { latin: string; count: number; doubtful: boolean; accepted: boolean; places: { pairId: number; sentence: string }[] }[] }

let app: Harness;

/** Records the minister's name as the sample's French sentences spell it (what the name matcher finds). */
function mentionSampleNames(db: Db): void {
  const french = db.prepare(`SELECT s.id, s.text FROM sentences s JOIN documents d ON d.id = s.document_id WHERE d.source = 'forum-eau-fr.txt' ORDER BY s.ordinal`).all() as { id: number; text: string }[];
  const mentions = french.flatMap((s) =>
    ['Karim Cherkaoui', 'Karim Zerkaoui', 'Leila Bennani'].filter((latin) => s.text.includes(latin)).map((latin) => ({
      arabic: latin === 'Leila Bennani' ? 'ليلى بناني' : 'كريم الشرقاوي',
      latin,
      frenchSentenceId: s.id,
      arabicSentenceId: null,
    })),
  );
  recordMentions(db, 1, mentions);
}

beforeAll(async () => {
  app = await startApp((db) => {
    loadSampleIfEmpty(db);
    mentionSampleNames(db);
  });
});

afterAll(async () => {
  await app.close();
});

test('the minority spelling Zerkaoui comes first as likely misspelt, with where it occurs', async () => {
  const { groups } = (await (await app.get('/names.json')).json()) as { groups: Group[] };
  expect(groups.map((g) => g.arabic)).toEqual(['كريم الشرقاوي', 'ليلى بناني']);
  const [minister] = groups;
  expect(minister.spellings.map((s) => [s.latin, s.count, s.doubtful])).toEqual([
    ['Karim Cherkaoui', 2, false],
    ['Karim Zerkaoui', 1, true],
  ]);
  expect(minister.spellings[1].places[0].sentence).toMatch(/^Dans son discours d'ouverture, Karim Zerkaoui/);
  const html = await (await app.get('/names')).text();
  expect(html).toContain('<span dir="rtl" lang="ar">كريم الشرقاوي</span>');
  expect(html).toMatch(/Karim Zerkaoui <span class="tag warn">likely misspelt<\/span>/);
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
