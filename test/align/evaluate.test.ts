// Strict and lax precision, recall and F1 as Vecalign's score.py computes them, on cases
// scored by hand (the counts are worked out in the comments).
import { parseBeads } from '../../server/align/beads';
import { countAlignments, scoreAlignments } from '../../server/align/evaluate';

const beads = (text: string) => parseBeads(text, 'case');

describe('scoreAlignments', () => {
  it('gives 1 everywhere for a perfect alignment, deletions included', () => {
    const gold = beads('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3, 4]\n');
    const result = scoreAlignments([gold], [gold]);
    expect(result.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(result.lax).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts deletions in precision but not in recall', () => {
    const gold = beads('[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[3]:[3]\n');
    const test = beads('[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n[3]:[3]\n');
    // Precision, over the 5 test beads:
    //   [0]:[0] exact -> strict and lax right
    //   [1]:[1] not in gold, but gold aligns source 1 to target 1 -> strict wrong, lax right
    //   []:[2]  not in gold, no source sentence to overlap -> wrong both ways
    //   [2]:[]  exactly the gold deletion -> right both ways
    //   [3]:[3] exact -> right both ways
    //   strict P = 3/5, lax P = 4/5
    // Recall, over the 3 gold beads that are not deletions, against the test beads that are not:
    //   [0]:[0] right; [1]:[1, 2] strict wrong, lax right (test aligns 1 to 1); [3]:[3] right
    //   strict R = 2/3, lax R = 3/3
    // strict F1 = 2 * 0.6 * 2/3 / (0.6 + 2/3) = 12/19; lax F1 = 2 * 0.8 * 1 / 1.8 = 8/9
    const { strict, lax } = scoreAlignments([gold], [test]);
    expect(strict.precision).toBeCloseTo(0.6, 12);
    expect(strict.recall).toBeCloseTo(2 / 3, 12);
    expect(strict.f1).toBeCloseTo(12 / 19, 12);
    expect(lax.precision).toBeCloseTo(0.8, 12);
    expect(lax.recall).toBeCloseTo(1, 12);
    expect(lax.f1).toBeCloseTo(8 / 9, 12);
  });

  it('pools counts over several document pairs instead of averaging scores', () => {
    // Pair A: gold [0]:[0], [1]:[1]; test merges them into [0, 1]:[0, 1].
    //   precision: 1 test bead, strict wrong, lax right (source 0 is aligned to target 0 in gold)
    //   recall: 2 gold beads, each strict wrong, lax right
    // Pair B: gold and test both [0]:[0]: 1 right each way.
    // Pooled: strict P = 1/2, strict R = 1/3, F1 = 2 * (1/6) / (5/6) = 0.4;
    // lax P = 2/2, lax R = 3/3. (Averaging per pair would give strict R = 0.5.)
    const gold = [beads('[0]:[0]\n[1]:[1]\n'), beads('[0]:[0]\n')];
    const test = [beads('[0, 1]:[0, 1]\n'), beads('[0]:[0]\n')];
    const { strict, lax } = scoreAlignments(gold, test);
    expect(strict.precision).toBeCloseTo(0.5, 12);
    expect(strict.recall).toBeCloseTo(1 / 3, 12);
    expect(strict.f1).toBeCloseTo(0.4, 12);
    expect(lax).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(countAlignments(gold, test)).toEqual({
      precision: { strictRight: 1, strictWrong: 1, laxRight: 2, laxWrong: 0 },
      recall: { strictRight: 1, strictWrong: 2, laxRight: 3, laxWrong: 0 },
    });
  });

  it('needs the overlap on both sides to come from the same gold bead for a lax match', () => {
    // Test [0]:[1] touches gold [0]:[0] on the source side and gold [1]:[1] on the target
    // side, but no gold bead aligns source 0 to target 1: wrong, strictly and laxly.
    // Test [1]:[1] is right. P = 1/2 both ways; recall: gold [0]:[0] is found in no test
    // bead aligning source 0 to target 0, gold [1]:[1] is: R = 1/2; F1 = 1/2.
    const { strict, lax } = scoreAlignments([beads('[0]:[0]\n[1]:[1]\n')], [beads('[0]:[1]\n[1]:[1]\n')]);
    expect(strict).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(lax).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('counts a repeated bead once and ignores beads empty on both sides', () => {
    // Test beads after removing the repeat and []:[]: only [0]:[0], right: P = 1/1.
    // Gold [1]:[1] has no test bead aligning source 1: R = 1/2. F1 = 2 * 0.5 / 1.5 = 2/3.
    const { strict } = scoreAlignments([beads('[0]:[0]\n[1]:[1]\n')], [beads('[0]:[0]\n[0]:[0]\n[]:[]\n')]);
    expect(strict.precision).toBe(1);
    expect(strict.recall).toBe(0.5);
    expect(strict.f1).toBeCloseTo(2 / 3, 12);
  });

  it('reports 0, not NaN, when there is nothing to count', () => {
    expect(scoreAlignments([[]], [[]])).toEqual({
      strict: { precision: 0, recall: 0, f1: 0 },
      lax: { precision: 0, recall: 0, f1: 0 },
    });
    // Only deletions: precision is defined (1/1), recall has no beads (0), F1 = 0.
    expect(scoreAlignments([beads('[0]:[]\n')], [beads('[0]:[]\n')]).strict).toEqual({ precision: 1, recall: 0, f1: 0 });
  });

  it('refuses unpaired lists of alignments', () => {
    expect(() => scoreAlignments([[]], [])).toThrow(/1 gold alignments but 0 test alignments/);
  });
});
