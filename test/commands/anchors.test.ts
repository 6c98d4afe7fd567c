// `muqabala anchors`: JSONL, one object per anchor; line numbers and line-relative
// offsets when the input has several lines; the language detected line by line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorsCommand } from '../../server/commands/anchors';
import { UsageError, UserError } from '../../server/commands/io';
import { readSeed } from '../helpers/shared';
import { runCommand } from '../helpers/command';

const ARABIC_196 = readSeed(3).split('\n').find((line) => line.includes('196')) as string;
const FRENCH_43 = readSeed(1).split('\n')[0];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-anchors-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type AnchorJson = { line?: number; lang?: string; kind: string; text: string; value: unknown; start: number; end: number };

function run(content: string | Buffer, args: string[] = []): AnchorJson[] {
  const file = join(dir, 'input.txt');
  writeFileSync(file, content);
  const { stdout } = runCommand(anchorsCommand, [file, ...args]);
  return stdout === '' ? [] : stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnchorJson);
}

describe('muqabala anchors', () => {
  test('one line: anchors with offsets into it and no line number', () => {
    const anchors = run(`${ARABIC_196}\n`, ['--lang', 'ar']);
    const n196 = anchors.find((a) => a.text === '196');
    expect(n196).toEqual(expect.objectContaining({ kind: 'number', value: 196, start: ARABIC_196.indexOf('196'), end: ARABIC_196.indexOf('196') + 3 }));
    expect(anchors.every((a) => a.line === undefined && a.lang === undefined)).toBe(true);
    expect(anchors.every((a) => ARABIC_196.slice(a.start, a.end) === a.text)).toBe(true);
  });

  test('several lines: 1-based line numbers, offsets relative to the line, language per line', () => {
    const lines = [FRENCH_43, '', ARABIC_196];
    const anchors = run(lines.join('\n'));
    const n43 = anchors.find((a) => a.text === '43');
    const n196 = anchors.find((a) => a.text === '196');
    expect(n43).toEqual(expect.objectContaining({ line: 1, lang: 'fr', kind: 'number', value: 43, start: FRENCH_43.indexOf('43') }));
    expect(n196).toEqual(expect.objectContaining({ line: 3, lang: 'ar', kind: 'number', value: 196, start: ARABIC_196.indexOf('196') }));
    for (const a of anchors) expect(lines[(a.line as number) - 1].slice(a.start, a.end)).toBe(a.text);
    expect(Object.keys(anchors[0]).slice(0, 7)).toEqual(['line', 'lang', 'kind', 'text', 'value', 'start', 'end']);
  });

  test('a forced language is not repeated on each anchor', () => {
    const anchors = run(`${FRENCH_43}\n${FRENCH_43}\n`, ['--lang', 'fr']);
    expect(anchors.filter((a) => a.text === '43').map((a) => a.line)).toEqual([1, 2]);
    expect(anchors.every((a) => a.lang === undefined)).toBe(true);
  });

  test('refuses an unknown language and empty input', () => {
    expect(() => run('x', ['--lang', 'en'])).toThrow(UsageError);
    expect(() => run('')).toThrow(UserError);
    expect(() => run('  \n\n')).toThrow(/the file has no text/);
  });
});
