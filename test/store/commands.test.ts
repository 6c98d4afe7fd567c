// The import and serve commands: reports imported from files with progress on standard
// error, the same files again adding nothing; serve creating a new database with the
// sample corpus on a free port of 127.0.0.1.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCommand } from '../../server/commands/import';
import { startServer } from '../../server/commands/serve';
import { exportCommand } from '../../server/commands/export';
import { openDatabase } from '../../server/store/database';
import { listPairs } from '../../server/store/read';
import { readSeed } from '../helpers/shared';

let dir: string;
let stdout: string[];
let stderr: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-cmd-'));
  stdout = [];
  stderr = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

test('import stores the seed reports with progress on stderr; a second run adds nothing', async () => {
  const files = [0, 3].map((i) => {
    const path = join(dir, `seed-${i}.txt`);
    writeFileSync(path, readSeed(i));
    return path;
  });
  const db = join(dir, 'data', 'corpus.sqlite');
  await importCommand.run({ db }, files);
  expect(stdout.join('')).toMatch(/^imported\t#1\tfr\tseed-0\.txt/m);
  expect(stdout.join('')).toMatch(/^imported\t#2\tar\tseed-3\.txt/m);
  expect(stdout.join('')).toMatch(/^1 pair\(s\), \d+ bead\(s\)/m);
  expect(stderr.join('')).toMatch(/ingest +\[#*\.*\] 1\/2 seed-3\.txt/);
  stdout = [];
  await importCommand.run({ db }, files);
  expect(stdout.join('')).toMatch(/^already there\t#1/m);
  expect(stdout.join('')).toContain('0 pair(s)');
  await expect(Promise.resolve().then(() => importCommand.run({ db }, []))).rejects.toThrow(/name at least one report/);
  await expect(Promise.resolve().then(() => importCommand.run({ db }, [join(dir, 'missing.txt')]))).rejects.toThrow(/missing.txt: no such file/);
  await expect(Promise.resolve().then(() => exportCommand.run({ format: 'tmx', pair: '42', db }, []))).rejects.toThrow(/there is no document pair 42/);
});

test('serve creates the database, loads the sample once, and listens on 127.0.0.1', async () => {
  const dbPath = join(dir, 'new', 'muqabala.sqlite');
  const running = await startServer({ dbPath, port: 0, host: '127.0.0.1', sample: true });
  try {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(running.sample?.pairs).toBe(1);
    const page = await fetch(`${running.url}pairs/1`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Karim Zerkaoui');
  } finally {
    await running.close();
  }
  expect(existsSync(dbPath)).toBe(true);
  const again = await startServer({ dbPath, port: 0, host: '127.0.0.1', sample: true });
  expect(again.sample).toBeNull();
  expect(listPairs(again.db)).toHaveLength(1);
  await again.close();
  const empty = await startServer({ dbPath: join(dir, 'bare.sqlite'), port: 0, host: '127.0.0.1', sample: false });
  expect(listPairs(empty.db)).toHaveLength(0);
  await empty.close();
  const check = openDatabase(dbPath);
  expect((check.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n).toBe(3);
  check.close();
});
