// `muqabala eval`: scores bead files against gold ones, as a table or JSON, with clear
// errors for unpaired files and gold files that do not parse.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandArgs } from '../../server/commands/command';
import { evalCommand } from '../../server/commands/eval';
import { UsageError, UserError } from '../../server/commands/io';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-eval-'));
  // The hand-scored case of test/align/evaluate.test.ts: strict P 3/5, R 2/3, F1 12/19;
  // lax P 4/5, R 1, F1 8/9.
  writeFileSync(join(dir, 'gold.txt'), '[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[3]:[3]\n');
  writeFileSync(join(dir, 'test.txt'), '[0]:[0]:0.98\n[1]:[1]:0.71\n[]:[2]:0.40\n[2]:[]:0.55\n[3]:[3]:0.99\n');
  writeFileSync(join(dir, 'gold2.txt'), '[0]:[0]\n');
  writeFileSync(join(dir, 'bad.txt'), '[0]:[0]\n[1]:[1]\n[2] -> [2]\n');
  writeFileSync(join(dir, 'overlap.txt'), '[0]:[0]\n[0, 1]:[1]\n');
  // Comparable mode's output: pairs in the source's order, targets in any order.
  writeFileSync(join(dir, 'comparable-gold.txt'), '[0]:[2]\n[1]:[0]\n[3]:[1]\n');
  writeFileSync(join(dir, 'comparable-test.txt'), '[0]:[2]:0.91\n[1]:[0, 1]:0.55\n[4]:[3]:0.40\n');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `muqabala eval ARGS` in process and returns what it printed. */
function run(args: string[]): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const { values, positionals } = parseCommandArgs(evalCommand, args.map((a) => (a.endsWith('.txt') || a.endsWith('.bin') ? join(dir, a) : a)));
    evalCommand.run(values, positionals);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr };
}

describe('muqabala eval', () => {
  it('prints strict and lax precision, recall and F1 as a table', () => {
    const { stdout, stderr } = run(['--gold', 'gold.txt', '--test', 'test.txt']);
    expect(stdout).toBe(
      [
        '             strict     lax',
        'precision     0.600   0.800',
        'recall        0.667   1.000',
        'F1            0.632   0.889',
        '(1 document: 4 gold beads, 5 test beads)',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
  });

  it('prints JSON with the counts behind the scores', () => {
    const parsed = JSON.parse(run(['-g', 'gold.txt', '-t', 'test.txt', '--format', 'json']).stdout);
    expect(parsed.strict.precision).toBeCloseTo(0.6, 12);
    expect(parsed.strict.f1).toBeCloseTo(12 / 19, 12);
    expect(parsed.lax.f1).toBeCloseTo(8 / 9, 12);
    expect(parsed.counts.precision).toEqual({ strictRight: 3, strictWrong: 2, laxRight: 4, laxWrong: 1 });
    expect(parsed).toMatchObject({ documents: 1, goldBeads: 4, testBeads: 5 });
  });

  it('pairs several gold and test files in order and pools their counts', () => {
    // Adds a second document scored right on its one bead: strict P = 4/6, strict R = 3/4.
    const parsed = JSON.parse(run(['--gold', 'gold.txt', '--gold', 'gold2.txt', '--test', 'test.txt', '--test', 'gold2.txt', '--format', 'json']).stdout);
    expect(parsed.documents).toBe(2);
    expect(parsed.strict.precision).toBeCloseTo(4 / 6, 12);
    expect(parsed.strict.recall).toBeCloseTo(3 / 4, 12);
  });

  it('refuses unpaired file lists and missing files as usage errors', () => {
    expect(() => run(['--gold', 'gold.txt', '--gold', 'gold2.txt', '--test', 'test.txt'])).toThrow(UsageError);
    expect(() => run(['--gold', 'gold.txt', '--gold', 'gold2.txt', '--test', 'test.txt'])).toThrow('2 gold files but 1 test files');
    expect(() => run(['--gold', 'gold.txt'])).toThrow(UsageError);
    expect(() => run(['--gold', 'gold.txt', '--test', 'test.txt', '--format', 'xml'])).toThrow(UsageError);
  });

  it('names the file and the line of a gold file that does not parse', () => {
    expect(() => run(['--gold', 'bad.txt', '--test', 'test.txt'])).toThrow(UserError);
    expect(() => run(['--gold', 'bad.txt', '--test', 'test.txt'])).toThrow(/bad\.txt, line 3: cannot read '\[2\] -> \[2\]'; expected a bead such as \[0, 1\]:\[2\]/);
  });

  it('says so when a file is not text or does not exist', () => {
    expect(() => run(['--gold', 'binary.bin', '--test', 'test.txt'])).toThrow(/binary\.bin: not a text file/);
    expect(() => run(['--gold', 'missing.txt', '--test', 'test.txt'])).toThrow(/missing\.txt: no such file/);
  });

  it('warns about overlapping beads but still scores them', () => {
    const { stdout, stderr } = run(['--gold', 'overlap.txt', '--test', 'gold2.txt']);
    expect(stderr).toMatch(/warning: .*overlap\.txt: source sentence 0 is in bead 1 and again in bead 2/);
    expect(stdout).toMatch(/^precision +1\.000 +1\.000$/m);
  });

  it('scores comparable output without order warnings when --unordered is given', () => {
    const ordered = run(['--gold', 'comparable-gold.txt', '--test', 'comparable-test.txt', '--format', 'json']);
    expect(ordered.stderr).toMatch(/comes before/);
    const unordered = run(['--gold', 'comparable-gold.txt', '--test', 'comparable-test.txt', '--unordered', '--format', 'json']);
    expect(unordered.stderr).toBe('');
    const parsed = JSON.parse(unordered.stdout);
    // strict: only [0]:[2] is the same bead; lax: [1]:[0, 1] also overlaps gold's [1]:[0]
    expect(parsed.counts.precision).toEqual({ strictRight: 1, strictWrong: 2, laxRight: 2, laxWrong: 1 });
    expect(parsed.strict.recall).toBeCloseTo(1 / 3, 12);
    expect(parsed.lax.recall).toBeCloseTo(2 / 3, 12);
    expect(JSON.parse(ordered.stdout)).toEqual(parsed);
  });
});
