// The export writers on their own: each format's escaping, TMX validity, Moses line
// counts, and the streaming ZIP.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ExportRow, TextSink, ZipWriter, crc32, unescapeTsvField, writeJsonl, writeMoses, writeTmx, writeTsv } from '../../server/export/index';
import { readTmx } from './tmx-reader';

/** A sink that keeps what it is given. */
function collector(): TextSink & { text: () => string } {
  const chunks: string[] = [];
  return { write: (c: string) => (chunks.push(c), true), once: () => undefined, text: () => chunks.join('') };
}

const ROWS: ExportRow[] = [
  {
    beadId: 7,
    pairId: 2,
    arabicDocumentId: 4,
    frenchDocumentId: 1,
    arabic: 'استقبل المدير العام للأمن الوطني، السيد عبد اللطيف حموشي، صباح اليوم الثلاثاء 25 نونبر 2025.',
    french: 'Abdellatif Hammouchi a reçu, ce mardi 25 novembre à Marrakech, le chef du service de police de l’ONU.',
    status: 'confirmed',
    confidence: 0.9312,
    reviewer: 'Salma & "Ali" <ed>',
    createdAt: '2025-11-25T09:10:11.123Z',
    updatedAt: '2025-11-26T14:02:03.000Z',
    flags: [{ kind: 'name', severity: 'warning', message: 'Hmouzi ≠ حموشي' }],
  },
  {
    beadId: 8,
    pairId: 2,
    arabicDocumentId: 4,
    frenchDocumentId: 1,
    arabic: 'سطر\tفيه\nفواصل \\ و<b>وسم</b>',
    french: 'Une ligne\tavec\r\ndes sauts \\ et <script>alert("x")</script> & \u0001\u000bun caractère de contrôle\uFFFE.',
    status: 'proposed',
    confidence: 0.5,
    reviewer: null,
    createdAt: '2025-11-25T09:10:11.123Z',
    updatedAt: '2025-11-25T09:10:11.123Z',
    flags: [],
  },
];

test('TMX 1.4b: header, dates, changeid, props and both languages, escaped', async () => {
  const sink = collector();
  expect(await writeTmx(ROWS, sink, { now: new Date('2026-01-02T03:04:05Z') })).toBe(2);
  const tmx = readTmx(sink.text());
  expect(tmx.version).toBe('1.4');
  expect(tmx.header).toMatchObject({ srclang: 'ar', segtype: 'sentence', datatype: 'plaintext', creationdate: '20260102T030405Z', 'o-tmf': 'muqabala' });
  const [first, second] = tmx.units;
  expect(first.attributes).toEqual({ tuid: '7', creationdate: '20251125T091011Z', changedate: '20251126T140203Z', changeid: 'Salma & "Ali" <ed>' });
  expect(first.props).toEqual({
    'x-pair': ['2'],
    'x-arabic-document': ['4'],
    'x-french-document': ['1'],
    'x-status': ['confirmed'],
    'x-confidence': ['0.931'],
    'x-flag-name': ['Hmouzi ≠ حموشي'],
  });
  expect(first.segments).toEqual({ ar: ROWS[0].arabic, fr: ROWS[0].french });
  expect(second.segments.fr).toBe('Une ligne\tavec\r\ndes sauts \\ et <script>alert("x")</script> & un caractère de contrôle.');
  expect(second.attributes.changeid).toBeUndefined();
  expect(sink.text()).not.toContain('<script>');
});

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
(hasXmllint ? test : test.skip)('TMX output is well-formed XML for xmllint (skipped when xmllint is not installed)', async () => {
  const sink = collector();
  await writeTmx(ROWS, sink);
  const dir = mkdtempSync(join(tmpdir(), 'muqabala-tmx-'));
  try {
    writeFileSync(join(dir, 'out.tmx'), sink.text());
    expect(() => execFileSync('xmllint', ['--noout', join(dir, 'out.tmx')], { stdio: 'pipe' })).not.toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('TSV: one line per bead, tabs, line breaks and backslashes escaped, read back exactly', async () => {
  const sink = collector();
  await writeTsv(ROWS, sink);
  const lines = sink.text().split('\n');
  expect(lines[0]).toBe('arabic\tfrench\tpair\tbead\tstatus\tconfidence\tflags');
  expect(lines).toHaveLength(4);
  expect(lines[3]).toBe('');
  const fields = lines[2].split('\t').map(unescapeTsvField);
  expect(fields).toHaveLength(7);
  expect(fields[0]).toBe(ROWS[1].arabic);
  expect(fields[1]).toBe('Une ligne\tavec\r\ndes sauts \\ et <script>alert("x")</script> & un caractère de contrôle.');
  expect(lines[1].split('\t').slice(2)).toEqual(['2', '7', 'confirmed', '0.931', 'name:Hmouzi ≠ حموشي']);
});

test('Moses: the two files have one line per bead, the same count', async () => {
  const arabic = collector();
  const french = collector();
  expect(await writeMoses(ROWS, arabic, french)).toBe(2);
  const ar = arabic.text().split('\n');
  const fr = french.text().split('\n');
  expect(ar).toHaveLength(3);
  expect(fr).toHaveLength(3);
  expect(ar[1]).toBe('سطر فيه فواصل \\ و<b>وسم</b>');
  expect(fr[1]).toBe('Une ligne avec des sauts \\ et <script>alert("x")</script> & un caractère de contrôle.');
});

test('JSONL: one object per line with the bead data', async () => {
  const sink = collector();
  await writeJsonl(ROWS, sink);
  const records = sink.text().trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(records).toHaveLength(2);
  expect(records[0]).toMatchObject({ ar: ROWS[0].arabic, fr: ROWS[0].french, pair: 2, bead: 7, status: 'confirmed', reviewer: 'Salma & "Ali" <ed>', flags: ROWS[0].flags });
  expect(records[1].fr).not.toContain('\u0001');
});

test('writers wait for a full sink to drain', async () => {
  const stream = new PassThrough({ highWaterMark: 16 });
  const many = Array.from({ length: 3000 }, (_, i) => ({ ...ROWS[0], beadId: i }));
  const chunks: Buffer[] = [];
  const done = writeJsonl(many, stream).then((n) => {
    stream.end();
    return n;
  });
  stream.on('data', (c: Buffer) => chunks.push(c));
  expect(await done).toBe(3000);
  await new Promise((resolve) => stream.on('end', resolve));
  expect(Buffer.concat(chunks).toString('utf8').trimEnd().split('\n')).toHaveLength(3000);
});

test('CRC-32 of a known string', () => {
  expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
});

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
(hasUnzip ? test : test.skip)('the streaming ZIP opens with unzip and holds both files (skipped without unzip)', async () => {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const zip = new ZipWriter(stream);
  await zip.addEntry('corpus.ar', async (sink) => writeMoses(ROWS, sink, collector()));
  await zip.addEntry('corpus.fr', async (sink) => writeMoses(ROWS, collector(), sink));
  await zip.finish();
  const dir = mkdtempSync(join(tmpdir(), 'muqabala-zip-'));
  try {
    writeFileSync(join(dir, 'm.zip'), Buffer.concat(chunks));
    execFileSync('unzip', ['-tq', join(dir, 'm.zip')], { stdio: 'pipe' });
    const fr = execFileSync('unzip', ['-p', join(dir, 'm.zip'), 'corpus.fr']).toString('utf8');
    expect(fr.split('\n')[0]).toBe(ROWS[0].french);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
