// Reading, writing and checking beads in the format Vecalign and Bertalign share.
import { assertValidBeads, Bead, checkBeads, formatBeads, parseBeads } from '../../server/align/beads';
import { InputError } from '../../server/errors';

describe('formatBeads', () => {
  const beads: Bead[] = [
    { src: [0], tgt: [0, 1], confidence: 0.93 },
    { src: [1, 2], tgt: [], confidence: 0.5 },
    { src: [], tgt: [2], confidence: 0.99987 },
    { src: [3], tgt: [3] },
  ];

  it('writes one `[0, 1]:[2]` line per bead, `[]` for an empty side', () => {
    expect(formatBeads(beads)).toBe('[0]:[0, 1]\n[1, 2]:[]\n[]:[2]\n[3]:[3]\n');
  });

  it('appends the confidence with two decimals, more when they matter', () => {
    expect(formatBeads(beads, true)).toBe('[0]:[0, 1]:0.93\n[1, 2]:[]:0.50\n[]:[2]:0.9999\n[3]:[3]\n');
  });

  it('writes nothing for no beads', () => {
    expect(formatBeads([])).toBe('');
  });

  it('reads back what it writes', () => {
    expect(parseBeads(formatBeads(beads, true), 'x')).toEqual([
      { src: [0], tgt: [0, 1], confidence: 0.93 },
      { src: [1, 2], tgt: [], confidence: 0.5 },
      { src: [], tgt: [2], confidence: 0.9999 },
      { src: [3], tgt: [3] },
    ]);
  });
});

describe('parseBeads', () => {
  it('reads Vecalign output with its cost field, Bertalign output, and odd spacing', () => {
    // Vecalign prints `[0]:[0]:0.123456`; Bertalign `[0, 1]:[1]`.
    const text = '[0]:[0]:0.123456\r\n\n  [1, 2] : [1]  \n[3]:[]\n[]:[2,3]:1.75\n[4,5,]:[4]\n';
    expect(parseBeads(text, 'gold.txt')).toEqual([
      { src: [0], tgt: [0], confidence: 0.123456 },
      { src: [1, 2], tgt: [1] },
      { src: [3], tgt: [] },
      { src: [], tgt: [2, 3] }, // 1.75 is a cost, not a confidence in [0, 1]
      { src: [4, 5], tgt: [4] },
    ]);
  });

  it('reads an empty file as no beads', () => {
    expect(parseBeads('\n  \n', 'empty')).toEqual([]);
  });

  it('names the label, the line and the expected form on a bad line', () => {
    expect(() => parseBeads('[0]:[0]\n\n0-1\n', 'gold.txt')).toThrow(InputError);
    expect(() => parseBeads('[0]:[0]\n\n0-1\n', 'gold.txt')).toThrow(/^gold\.txt, line 3: cannot read '0-1'; expected a bead such as \[0, 1\]:\[2\]/);
  });

  it('refuses sentence numbers that are not whole non-negative numbers', () => {
    expect(() => parseBeads('[0]:[1.5]', 'a')).toThrow(/a, line 1: '1\.5' is not a sentence number/);
    expect(() => parseBeads('[-1]:[0]', 'a')).toThrow(/'-1' is not a sentence number/);
    expect(() => parseBeads('[0 1]:[0]', 'a')).toThrow(/'0 1' is not a sentence number/);
  });

  it('refuses a score that is not a number', () => {
    expect(() => parseBeads('[0]:[0]:high', 'test.txt')).toThrow(/test\.txt, line 1: the score 'high' is not a number/);
  });
});

describe('checkBeads', () => {
  it('accepts a sound alignment with deletions and gaps', () => {
    expect(checkBeads(parseBeads('[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[4]:[3, 4]\n', 'g'), { srcCount: 5, tgtCount: 5 })).toEqual([]);
  });

  it('reports a sentence in two beads, naming both beads', () => {
    expect(checkBeads(parseBeads('[0]:[0]\n[0, 1]:[1]\n', 'g'))).toEqual(['source sentence 0 is in bead 1 and again in bead 2']);
  });

  it('reports beads out of order unless order is not required', () => {
    const beads = parseBeads('[0]:[1]\n[1]:[0]\n', 'g');
    expect(checkBeads(beads)).toEqual(['bead 2: target sentence 0 comes before sentence 1 of an earlier bead']);
    expect(checkBeads(beads, { ordered: false })).toEqual([]);
  });

  it('reports disordered numbers inside a bead, empty beads and numbers beyond the document', () => {
    const problems = checkBeads([{ src: [2, 1], tgt: [0] }, { src: [], tgt: [] }, { src: [3], tgt: [7] }], { tgtCount: 5 });
    expect(problems).toEqual([
      'bead 1: source sentences 2, 1 are not in increasing order',
      'bead 2 is empty on both sides',
      'bead 3: target sentence 7 does not exist (the target has 5 sentences, numbered from 0)',
    ]);
  });

  it('throws one readable InputError naming the file when asked to assert', () => {
    const beads = parseBeads('[0]:[0]\n[0]:[1]\n', 'gold.txt');
    expect(() => assertValidBeads(beads, 'gold.txt')).toThrow('gold.txt: source sentence 0 is in bead 1 and again in bead 2');
    expect(() => assertValidBeads(parseBeads('[0]:[0]\n[1]:[1]\n', 'g'), 'g')).not.toThrow();
  });
});
