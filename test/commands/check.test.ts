// `muqabala check`: one JSON object per arabic<TAB>french line, flags or a readable error
// for that line; the others are still answered and the run fails (exit 1) at the end.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand, MAX_LINE_CHARS } from '../../server/commands/check';
import { UsageError, UserError } from '../../server/commands/io';
import { readSeed } from '../helpers/shared';
import { runCommand } from '../helpers/command';

// Seed 003's sentence on the delegations of "more than 196 countries", and a French
// rendering that leaves the number out.
const ARABIC_196 = readSeed(3).split('\n').find((line) => line.includes('196')) as string;
const FRENCH_NO_196 =
  'La ville de Marrakech avait accueilli l’ouverture des travaux de la 93e session de l’Assemblée générale d’Interpol, sous des mesures de sécurité renforcées et avec une participation record de délégations.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a file and runs `muqabala check FILE ARGS` in process. */
function run(content: string | Buffer, args: string[] = []): { stdout: string; results: Record<string, unknown>[]; error?: unknown } {
  const file = join(dir, 'input.tsv');
  writeFileSync(file, content);
  const printed = { stdout: '', stderr: '' };
  let error: unknown;
  try {
    runCommand(checkCommand, [file, ...args], printed);
  } catch (caught) {
    error = caught;
  }
  const { stdout } = printed;
  const results = stdout === '' ? [] : stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stdout, results, error };
}

type FlagJson = { kind: string; arabic?: { text: string; start: number }; french?: { text: string } };
const numberFlags = (result: Record<string, unknown>): FlagJson[] => (result.flags as FlagJson[]).filter((f) => f.kind === 'number');

describe('muqabala check', () => {
  test('flags a number on the Arabic side only, with its span in the Arabic column', () => {
    const { results, error } = run(`${ARABIC_196}\t${FRENCH_NO_196}\n`);
    expect(error).toBeUndefined();
    expect(results).toHaveLength(1);
    expect(results[0].line).toBe(1);
    expect(numberFlags(results[0])).toEqual([
      expect.objectContaining({ kind: 'number', arabic: { text: '196', start: ARABIC_196.indexOf('196'), end: ARABIC_196.indexOf('196') + 3 } }),
    ]);
  });

  test('answers every good line even when others are bad, and fails at the end', () => {
    const long = `${'ا'.repeat(MAX_LINE_CHARS)}\tx`;
    const input = [`${ARABIC_196}\t${FRENCH_NO_196}`, '', 'سطر بلا فاصل', `${ARABIC_196}\t${FRENCH_NO_196}\tde trop`, long, `${FRENCH_NO_196}\t${ARABIC_196}`, `${ARABIC_196}\t `].join('\n');
    const { results, error } = run(`${input}\n`);
    expect(results.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results[0].flags).toBeDefined();
    expect(results[1].error).toBe('line 2: empty line; expected the Arabic text, a tab, then the French text');
    expect(results[2].error).toBe('line 3: no tab between the Arabic and the French text; expected the Arabic text, a tab, then the French text');
    expect(results[3].error).toBe('line 4: 2 tabs; expected exactly one, between the Arabic and the French text');
    expect(results[4].error).toBe(`line 5: ${MAX_LINE_CHARS + 2} characters, more than the limit of ${MAX_LINE_CHARS}; give one sentence pair per line`);
    expect(results[5].error).toMatch(/^line 6: the Arabic column reads as French and the French column as Arabic; swap the columns or give --src-lang fr --tgt-lang ar$/);
    expect(results[6].error).toBe('line 7: the French text is empty');
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/6 of 7 lines could not be checked/);
  });

  test('reads French first when told so, with either option alone', () => {
    const straight = run(`${ARABIC_196}\t${FRENCH_NO_196}\n`).results;
    for (const args of [['--src-lang', 'fr', '--tgt-lang', 'ar'], ['--src-lang', 'fr'], ['-t', 'ar']]) {
      const swapped = run(`${FRENCH_NO_196}\t${ARABIC_196}\n`, args);
      expect(swapped.error).toBeUndefined();
      expect(swapped.results).toEqual(straight);
    }
  });

  test('refuses two columns of one language and a document date that is not a day', () => {
    expect(run('a\tb\n', ['--src-lang', 'ar', '--tgt-lang', 'ar']).error).toBeInstanceOf(UsageError);
    expect(run('a\tb\n', ['--src-lang', 'en']).error).toBeInstanceOf(UsageError);
    const badDate = run('a\tb\n', ['--document-date', '2025-11-31']).error;
    expect(badDate).toBeInstanceOf(UsageError);
    expect((badDate as Error).message).toMatch(/--document-date must be a day written YYYY-MM-DD/);
  });

  test('refuses empty and binary input with a reason naming the file, and reads a legacy code page', () => {
    const empty = run('').error as Error;
    expect(empty).toBeInstanceOf(UserError);
    expect(empty.message).toMatch(/input\.tsv: the file is empty/);
    expect((run(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])).error as Error).message).toMatch(/input\.tsv: this is a PNG image, not plain text/);
    // "حموشي<TAB>Hammouchi" in Windows-1256: decoded, answered without flags.
    const cp1256 = run(Buffer.from([0xcd, 0xe3, 0xe6, 0xd4, 0xed, 0x09, 0x48, 0x61, 0x6d, 0x6d, 0x6f, 0x75, 0x63, 0x68, 0x69, 0x0a]));
    expect(cp1256.error).toBeUndefined();
    expect(cp1256.results).toEqual([{ line: 1, flags: [] }]);
    expect(run('').results).toEqual([]);
  });

  test('accepts a BOM and Windows line ends', () => {
    const { results, error } = run(`\uFEFF${ARABIC_196}\t${FRENCH_NO_196}\r\n`);
    expect(error).toBeUndefined();
    expect(numberFlags(results[0])).toHaveLength(1);
  });
});
