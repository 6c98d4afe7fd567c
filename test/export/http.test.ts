// Export of a reviewed corpus through GET /export and the export command: every format,
// confirmed or all, one pair or the corpus; TMX checked by xmllint and read back.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, Harness } from '../web/harness';
import { loadSampleIfEmpty } from '../../server/store/sample';
import { exportCommand } from '../../server/commands/export';
import { readTmx } from './tmx-reader';

interface Bead { id: number; version: number; arabic: { text: string }[]; french: { text: string }[] }

let app: Harness;
let dir: string;
let beads: Bead[];
let confirmed: Bead[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-export-'));
  app = await startApp(loadSampleIfEmpty);
  beads = ((await (await app.get('/pairs/1.json')).json()) as { beads: Bead[] }).beads;
  confirmed = beads.slice(0, 4);
  for (const b of confirmed) expect((await app.post(`/beads/${b.id}/confirm`, { version: b.version }, { json: true })).status).toBe(200);
  expect((await app.post(`/beads/${beads[4].id}/reject`, { version: beads[4].version }, { json: true })).status).toBe(200);
});

afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const join2 = (b: Bead, side: 'arabic' | 'french'): string => b[side].map((s) => s.text).join(' ');

test('TMX of the confirmed beads: valid XML, one unit per confirmed bead with both texts', async () => {
  const response = await app.get('/export?format=tmx&status=confirmed');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/x-tmx\+xml/);
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="muqabala-corpus-confirmed.tmx"');
  const xml = await response.text();
  if (spawnSync('xmllint', ['--version']).status === 0) {
    writeFileSync(join(dir, 'corpus.tmx'), xml);
    execFileSync('xmllint', ['--noout', join(dir, 'corpus.tmx')], { stdio: 'pipe' });
  } else {
    process.stderr.write('xmllint is not installed: the TMX export was read back but not validated\n');
  }
  const tmx = readTmx(xml);
  expect(tmx.units.map((u) => Number(u.attributes.tuid))).toEqual(confirmed.map((b) => b.id));
  expect(tmx.units[0].segments).toEqual({ ar: join2(confirmed[0], 'arabic'), fr: join2(confirmed[0], 'french') });
  expect(tmx.units[0].attributes.changeid).toBe('tester');
  expect(tmx.units[0].props['x-status']).toEqual(['confirmed']);
  expect(xml).toContain('<tuv xml:lang="ar">');
});

test('status=all exports everything but the rejected beads; pair= limits to one pair', async () => {
  const all = readTmx(await (await app.get('/export?format=tmx&status=all&pair=1')).text());
  const expected = beads.filter((b) => b.id !== beads[4].id && b.arabic.length > 0 && b.french.length > 0).map((b) => b.id);
  expect(all.units.map((u) => Number(u.attributes.tuid))).toEqual(expected);
});

test('TSV and JSONL over HTTP', async () => {
  const tsv = (await (await app.get('/export?format=tsv')).text()).trimEnd().split('\n');
  expect(tsv).toHaveLength(confirmed.length + 1);
  expect(tsv[1].split('\t')[1]).toBe(join2(confirmed[0], 'french'));
  const jsonl = (await (await app.get('/export?format=jsonl')).text()).trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(jsonl.map((r) => r.bead)).toEqual(confirmed.map((b) => b.id));
});

test('Moses over HTTP is a ZIP of two files with equal line counts', async () => {
  const response = await app.get('/export?format=moses&status=all');
  expect(response.headers.get('content-type')).toBe('application/zip');
  const path = join(dir, 'moses.zip');
  writeFileSync(path, Buffer.from(await response.arrayBuffer()));
  if (spawnSync('unzip', ['-v']).status !== 0) return;
  const ar = execFileSync('unzip', ['-p', path, 'corpus.ar']).toString('utf8').split('\n');
  const fr = execFileSync('unzip', ['-p', path, 'corpus.fr']).toString('utf8').split('\n');
  expect(ar.length).toBe(fr.length);
  expect(ar.length - 1).toBe(beads.length - 1);
});

test('the export command writes Moses files into a folder and TMX to a file', async () => {
  const out = join(dir, 'moses');
  await exportCommand.run({ format: 'moses', status: 'all', out, db: app.dbPath }, []);
  const ar = readFileSync(join(out, 'corpus.ar'), 'utf8').split('\n');
  const fr = readFileSync(join(out, 'corpus.fr'), 'utf8').split('\n');
  expect(ar.length).toBe(fr.length);
  expect(fr[0]).toBe(join2(beads[0], 'french'));
  const file = join(dir, 'cli.tmx');
  await exportCommand.run({ format: 'tmx', out: file, db: app.dbPath }, []);
  expect(readTmx(readFileSync(file, 'utf8')).units).toHaveLength(confirmed.length);
  await expect(Promise.resolve().then(() => exportCommand.run({ format: 'moses', db: app.dbPath }, []))).rejects.toThrow(/--out DIR/);
  await expect(Promise.resolve().then(() => exportCommand.run({ format: 'tmx', db: join(dir, 'none.sqlite') }, []))).rejects.toThrow(/no such database/);
  expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
});
