// `muqabala ingest`: a readable header and one `kind<TAB>line` per line, or the whole
// document as JSON; one-line reasons for files it cannot read.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCommand } from '../../server/commands/ingest';
import { UsageError, UserError } from '../../server/commands/io';
import { MAX_INPUT_BYTES } from '../../server/text/decode';
import { encodeLegacy } from '../helpers/encodings';
import { readSeed } from '../helpers/shared';
import { runCommand } from '../helpers/command';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-ingest-'));
  writeFileSync(join(dir, '000.txt'), readSeed(0));
  writeFileSync(join(dir, '003-1256.txt'), encodeLegacy(readSeed(3), 'windows-1256'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n\t \n');
  writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.5\n%\u00e2\u00e3\n');
  // A sparse file over the limit: refused from its size, without reading it.
  const huge = openSync(join(dir, 'huge.txt'), 'w');
  ftruncateSync(huge, MAX_INPUT_BYTES + 1);
  closeSync(huge);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `muqabala ingest ARGS` in process (file names relative to the test folder) and returns what it printed. */
function run(args: string[]): string {
  return runCommand(ingestCommand, args.map((a) => (/\.(txt|pdf)$/.test(a) ? join(dir, a) : a))).stdout;
}

describe('muqabala ingest', () => {
  it('prints the language, title, date and counts, then one kind<TAB>line per line', () => {
    const lines = run(['000.txt']).split('\n');
    expect(lines.slice(1, 7)).toEqual([
      'language: fr',
      'title: Abdellatif Hammouchi reçoit le chef du service de police de l’ONU',
      'date: 2025-11-25 (from the metadata)',
      'encoding: utf-8',
      'lines: 11 (title 1, body 6, caption 1, foreign 1, metadata 1, boilerplate 1); sentences: 12',
      '',
    ]);
    expect(lines[0]).toMatch(/^file: .*000\.txt$/);
    expect(lines.slice(7, 10)).toEqual([
      'metadata\tdate 2025-11-25 Politique',
      'title\tAbdellatif Hammouchi reçoit le chef du service de police de l’ONU',
      'foreign\tعبد اللطيف حموشي وفيصل شهكار',
    ]);
    expect(lines).toHaveLength(7 + 11 + 1);
  });

  it('prints the whole document as JSON, here read from Windows-1256', () => {
    const doc = JSON.parse(run(['003-1256.txt', '--format', 'json']));
    expect(doc).toMatchObject({ lang: 'ar', date: '2025-11-25', encoding: 'windows-1256', html: false });
    expect(doc.lines[0].kind).toBe('title');
    expect(doc.sentences[0].text).toBe(doc.title);
    expect(doc.text.slice(doc.lines[1].start, doc.lines[1].end)).toBe(doc.lines[1].text);
  });

  it('fails with a one-line reason naming the file', () => {
    expect(() => run(['empty.txt'])).toThrow(UserError);
    expect(() => run(['empty.txt'])).toThrow(/empty\.txt: the file is empty; give some text$/);
    expect(() => run(['blank.txt'])).toThrow(/blank\.txt: the file has no text \(only white space\)/);
    expect(() => run(['scan.pdf'])).toThrow(/scan\.pdf: this is a PDF file, not plain text/);
    expect(() => run(['missing.txt'])).toThrow(/missing\.txt: no such file$/);
    expect(() => run(['huge.txt'])).toThrow(/huge\.txt: too large \(20\.1 MB, over the limit of 20\.0 MB\): split it into one file per report$/);
  });

  it('refuses a bad format and several files as usage errors', () => {
    expect(() => run(['000.txt', '--format', 'xml'])).toThrow(UsageError);
    expect(() => run(['000.txt', 'empty.txt'])).toThrow('one report at a time (got 2 files)');
  });
});
