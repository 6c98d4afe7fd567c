// `muqabala segment`: one sentence per line or JSON lines with offsets, kind and language,
// and one-line refusals of binary, invalid and empty input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, UserError } from '../../server/commands/io';
import { formatSentences, segmentCommand } from '../../server/commands/segment';
import { segmentParagraphs } from '../../server/text/segment';
import { readSeed } from '../helpers/shared';
import { runCommand } from '../helpers/command';

const MIXED = 'من مراكش.. حموشي يجري مباحثات\n\nHammouchi reçoit M. Shahkar. Ils parlent « sécurité ».\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-segment-'));
  writeFileSync(join(dir, 'mixed.txt'), MIXED);
  writeFileSync(join(dir, 'seed3.txt'), readSeed(3));
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'page.txt'),
    '<!DOCTYPE html><html><head><meta charset="utf-8"><script>var s = "<p>Pas une phrase.</p>";</script></head>' +
      '<body><div><div><h1>Hammouchi reçoit Shahkar</h1><p>M. Hammouchi a reçu M. Shahkar&nbsp;; ils ont parlé.<br>Une autre ligne.</p></div></div></body></html>',
  );
  writeFileSync(join(dir, 'damaged.txt'), Buffer.concat([Buffer.from('Il a été reçu à Marrakech.\n', 'utf8'), Buffer.from([0xe9, 0x2e])]));
  // Windows-1252 French and Windows-1256 Arabic: the legacy code pages ingest reads.
  writeFileSync(join(dir, 'fr-1252.txt'), Buffer.from('Le préfet a été reçu à Marrakech. Il parle « sécurité ».\r\n', 'latin1'));
  writeFileSync(join(dir, 'ar-1256.txt'), Buffer.from([0xe3, 0xe4, 0x20, 0xe3, 0xd1, 0xc7, 0xdF, 0xd4, 0x2e, 0x2e, 0x20, 0xcd, 0xe3, 0xe6, 0xd4, 0xed]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Il est venu. Il est reparti.\n', 'utf16le')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `muqabala segment ARGS` in process and returns what it printed. */
function run(args: string[]): string {
  return runCommand(segmentCommand, args.map((a) => (a.endsWith('.txt') ? join(dir, a) : a))).stdout;
}

describe('muqabala segment', () => {
  it('prints one sentence per line and an empty line after each paragraph', () => {
    expect(run(['mixed.txt'])).toBe(['من مراكش.. حموشي يجري مباحثات', '', 'Hammouchi reçoit M. Shahkar.', 'Ils parlent « sécurité ».', '', ''].join('\n'));
  });

  it('prints JSON lines with exact offsets, paragraph, kind and the language of each line', () => {
    const records = run(['mixed.txt', '--format', 'jsonl'])
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.paragraph, r.kind, r.lang])).toEqual([
      [0, 'title', 'ar'],
      [1, 'body', 'fr'],
      [1, 'body', 'fr'],
    ]);
    for (const r of records) expect(MIXED.slice(r.start, r.end)).toBe(r.text);
  });

  it('segments with the language given by --lang', () => {
    const records = run(['seed3.txt', '--lang', 'ar', '--format', 'jsonl']).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records[0]).toMatchObject({ paragraph: 0, kind: 'title', lang: 'ar' });
    expect(records[0].text.startsWith('من مراكش.. حموشي يجري مباحثات')).toBe(true);
    expect(records.every((r) => r.lang === 'ar')).toBe(true);
  });

  it('reads the encodings ingest reads: Windows-1252, Windows-1256, UTF-16', () => {
    expect(run(['fr-1252.txt'])).toBe('Le préfet a été reçu à Marrakech.\nIl parle « sécurité ».\n\n');
    expect(run(['ar-1256.txt'])).toBe('من مراكش.. حموشي\n\n');
    expect(run(['utf16.txt'])).toBe('Il est venu.\nIl est reparti.\n\n');
  });

  it('segments the text of an HTML page, not its tags and scripts', () => {
    expect(run(['page.txt'])).toBe(['Hammouchi reçoit Shahkar', '', 'M. Hammouchi a reçu M. Shahkar\u00a0; ils ont parlé.', '', 'Une autre ligne.', '', ''].join('\n'));
  });

  it('refuses empty, binary and damaged input with the one-line reasons ingest gives', () => {
    expect(() => run(['blank.txt'])).toThrow(UserError);
    expect(() => run(['blank.txt'])).toThrow(/blank\.txt: the file has no text \(only white space\)/);
    expect(() => run(['empty.txt'])).toThrow(/empty\.txt: the file is empty/);
    expect(() => run(['binary.txt'])).toThrow(/binary\.txt: this is a PNG image, not plain text/);
    expect(() => run(['damaged.txt'])).toThrow(/damaged\.txt: mostly UTF-8 but with invalid bytes \(first at line 2\)/);
    expect(() => run(['missing.txt'])).toThrow(/missing\.txt: no such file/);
  });

  it('refuses bad options as usage errors', () => {
    expect(() => run(['mixed.txt', '--lang', 'en'])).toThrow(UsageError);
    expect(() => run(['mixed.txt', '--format', 'xml'])).toThrow(UsageError);
    expect(() => run(['mixed.txt', 'other.txt'])).toThrow(UsageError);
  });
});

describe('decodeInput and formatSentences', () => {
  it('prints nothing for paragraphs without sentences', () => {
    expect(formatSentences(segmentParagraphs('', 'fr'), 'text')).toBe('');
  });
});
