// `muqabala segment`: one sentence per line or JSON lines with offsets, kind and language,
// and one-line refusals of binary, invalid and empty input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandArgs } from '../../server/commands/command';
import { UsageError, UserError } from '../../server/commands/io';
import { decodeInput, formatSentences, segmentCommand } from '../../server/commands/segment';
import { segmentParagraphs } from '../../server/text/segment';
import { readSeed } from '../helpers/shared';

const MIXED = 'من مراكش.. حموشي يجري مباحثات\n\nHammouchi reçoit M. Shahkar. Ils parlent « sécurité ».\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-segment-'));
  writeFileSync(join(dir, 'mixed.txt'), MIXED);
  writeFileSync(join(dir, 'seed3.txt'), readSeed(3));
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `muqabala segment ARGS` in process and returns what it printed. */
function run(args: string[]): string {
  let stdout = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  try {
    const { values, positionals } = parseCommandArgs(segmentCommand, args.map((a) => (a.endsWith('.txt') ? join(dir, a) : a)));
    segmentCommand.run(values, positionals);
  } finally {
    out.mockRestore();
  }
  return stdout;
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

  it('refuses empty, binary and non-UTF-8 input with a one-line reason', () => {
    expect(() => run(['blank.txt'])).toThrow(UserError);
    expect(() => run(['blank.txt'])).toThrow(/blank\.txt: empty input, nothing to segment/);
    expect(() => run(['binary.txt'])).toThrow(/binary\.txt: binary data \(NUL bytes\)/);
    expect(() => run(['latin1.txt'])).toThrow(/latin1\.txt: not valid UTF-8 text/);
    expect(() => run(['missing.txt'])).toThrow(/missing\.txt: no such file/);
  });

  it('refuses bad options as usage errors', () => {
    expect(() => run(['mixed.txt', '--lang', 'en'])).toThrow(UsageError);
    expect(() => run(['mixed.txt', '--format', 'xml'])).toThrow(UsageError);
    expect(() => run(['mixed.txt', 'other.txt'])).toThrow(UsageError);
  });
});

describe('decodeInput and formatSentences', () => {
  it('drops a byte order mark and keeps the text otherwise', () => {
    expect(decodeInput(Buffer.from('\ufeffIl est venu.', 'utf8'), 'x')).toBe('Il est venu.');
  });

  it('prints nothing for paragraphs without sentences', () => {
    expect(formatSentences(segmentParagraphs('', 'fr'), 'text')).toBe('');
  });
});
