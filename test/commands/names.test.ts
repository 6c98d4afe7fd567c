// `muqabala names check`: one answer line per input line, in order; bad lines answered
// with an error naming the line, the others still answered.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, UserError } from '../../server/commands/io';
import { checkLine, namesCommand } from '../../server/commands/names';
import { runCommand } from '../helpers/command';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-names-'));
  writeFileSync(join(dir, 'pairs.tsv'), 'حموشي\tHammouchi\nحموشي\tHmouzi\r\nمحمد\tMahmoud\n\nعبد اللطيف Abdellatif\n' + `حموشي\t${'a'.repeat(1200)}\n` + 'فيصل شهكار\tFaisal Shahkar\n');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
  writeFileSync(join(dir, 'empty.tsv'), '');
  writeFileSync(join(dir, 'blank.tsv'), ' \n\n');
  // حموشي<TAB>Hammouchi in Windows-1256, as an old Windows editor saves it.
  writeFileSync(join(dir, 'legacy.tsv'), Buffer.from([0xcd, 0xe3, 0xe6, 0xd4, 0xed, 0x09, ...Buffer.from('Hammouchi\r\n')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { stdout: string; stderr: string } {
  return runCommand(namesCommand, args.map((a) => (/\.(tsv|bin)$/.test(a) ? join(dir, a) : a)));
}

describe('muqabala names check', () => {
  it('answers every line in order, errors on their own lines', () => {
    const { stdout, stderr } = run(['check', 'pairs.tsv']);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('same\t1.000\tح h, م mm, و ou, ش ch, ي i');
    expect(lines[1]).toMatch(/^different\t0\.\d{3}\tش written as z$/);
    expect(lines[2]).toMatch(/^different\t0\.\d{3}\tMahmoud reads as محمود/);
    expect(lines[3]).toBe('error\t0\tline 4: empty line; expected an Arabic name, a tab and a Latin spelling');
    expect(lines[4]).toBe('error\t0\tline 5: no tab between the Arabic and the Latin name');
    expect(lines[5]).toMatch(/^error\t0\tline 6: line too long \(1206 characters, at most 1000\)/);
    expect(lines[6]).toMatch(/^same\t1\.000\t/);
    expect(lines[7]).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'muqabala names: line 4: empty line; expected an Arabic name, a tab and a Latin spelling',
      'muqabala names: line 5: no tab between the Arabic and the Latin name',
      expect.stringMatching(/^muqabala names: line 6: line too long/),
    ]);
  });

  it('prints nothing for an empty file', () => {
    expect(run(['check', 'empty.tsv'])).toEqual({ stdout: '', stderr: '' });
  });

  it('answers each blank line of a blank file with an error line, as in any other file', () => {
    expect(run(['check', 'blank.tsv']).stdout).toBe(
      'error\t0\tline 1: empty line; expected an Arabic name, a tab and a Latin spelling\nerror\t0\tline 2: empty line; expected an Arabic name, a tab and a Latin spelling\n',
    );
  });

  it('reads a line with the columns the other way round (latin<TAB>arabic) as meant', () => {
    expect(checkLine('Hammouchi\tحموشي', 1)).toEqual(checkLine('حموشي\tHammouchi', 1));
    expect(checkLine('Hmouzi\tحموشي', 1).output).toMatch(/^different\t.*ش written as z/);
  });

  it('reads Windows-1256 input as ingest does', () => {
    expect(run(['check', 'legacy.tsv']).stdout).toBe('same\t1.000\tح h, م mm, و ou, ش ch, ي i\n');
  });

  it('refuses unreadable input with a one-line reason', () => {
    expect(() => run(['check', 'binary.bin'])).toThrow(UserError);
    expect(() => run(['check', 'binary.bin'])).toThrow(/binary\.bin: binary data \(NUL bytes\), not text/);
    expect(() => run(['check', 'missing.tsv'])).toThrow(/no such file/);
  });

  it('needs the check subcommand', () => {
    expect(() => run([])).toThrow(UsageError);
    expect(() => run(['match', 'pairs.tsv'])).toThrow(/unknown subcommand 'match'/);
    expect(() => run(['check', 'pairs.tsv', 'other.tsv'])).toThrow(UsageError);
  });
});
