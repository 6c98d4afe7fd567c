// The guide path built from flat key-occurrence arrays must equal the straightforward
// construction (a Map from key to its sentences), on a real damaged document pair.
import { guidePath, longestIncreasingChain } from '../../server/align/band';
import { buildAlignmentContext, SideFeatures } from '../../server/align/scoring';
import { damage } from '../../server/align/synthetic';
import { readShared } from '../helpers/shared';

const MAX = 32;

/** Reference: per key, its distinct sentences in order (at most MAX + 1), in a Map. */
function occurrences(side: SideFeatures, anchorOffset: number): Map<number, number[]> {
  const where = new Map<number, number[]>();
  const add = (key: number, i: number): void => {
    const list = where.get(key);
    if (!list) where.set(key, [i]);
    else if (list[list.length - 1] !== i && list.length <= MAX) list.push(i);
  };
  for (let i = 0; i < side.chars.length; i++) {
    for (let k = side.tokenStart[side.sentenceTokens[i]]; k < side.tokenStart[side.sentenceTokens[i + 1]]; k++) add(side.candidates[k], i);
    for (let a = side.sentenceAnchors[i]; a < side.sentenceAnchors[i + 1]; a++) add(anchorOffset + side.anchorIds[a], i);
  }
  return where;
}

/** Reference: the rare-key cells near the diagonal with how many keys they share. */
function referenceWeights(context: ReturnType<typeof buildAlignmentContext>, corridor: number): Map<number, number> {
  const n = context.src.chars.length;
  const m = context.tgt.chars.length;
  const src = occurrences(context.src, context.space);
  const tgt = occurrences(context.tgt, context.space);
  const weight = new Map<number, number>();
  for (const [key, srcList] of src) {
    const tgtList = tgt.get(key);
    if (srcList.length > MAX || !tgtList || tgtList.length > MAX) continue;
    for (const i of srcList) for (const j of tgtList) {
      if (Math.abs(j - (i * m) / Math.max(1, n)) > corridor) continue;
      weight.set(i * m + j, (weight.get(i * m + j) ?? 0) + 1);
    }
  }
  return weight;
}

describe('guidePath', () => {
  const [header, ...rows] = readShared('data', 'dev', 'flores200-devtest.ar_fr_en.tsv').split('\n');
  const columns = header.split('\t');
  const pairs = rows.filter((row) => row.trim() !== '').map((row) => row.split('\t')).map((c) => [c[columns.indexOf('ar')], c[columns.indexOf('fr')]] as const);

  it('runs through the longest chain of cells sharing rare keys, as the Map-based construction does', () => {
    const pair = damage(pairs.slice(0, 600), { seed: 3 });
    const context = buildAlignmentContext(pair.src, pair.tgt, { srcLang: 'ar', tgtLang: 'fr' });
    const n = context.src.chars.length;
    const m = context.tgt.chars.length;
    const weight = referenceWeights(context, Math.max(40, Math.min(1000, 0.12 * Math.max(n, m))));
    let points = [...weight.entries()].filter(([, w]) => w >= 2).map(([cell]) => cell);
    if (points.length < Math.min(n, m) / 20) points = [...weight.keys()];
    const chain = longestIncreasingChain(points.map((cell) => [Math.floor(cell / m), cell % m] as [number, number]));
    expect(chain.length).toBeGreaterThan(n / 4);
    const knots: [number, number][] = [[0, 0], ...chain.map(([i, j]) => [i + 0.5, j + 0.5] as [number, number]), [n, m]];
    const expected = new Float64Array(n + 1);
    let k = 0;
    for (let i = 0; i <= n; i++) {
      while (k < knots.length - 2 && knots[k + 1][0] <= i) k++;
      const [[i0, j0], [i1, j1]] = [knots[k], knots[k + 1]];
      expected[i] = i1 === i0 ? j1 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
    }
    expected[n] = m;
    expect(guidePath(context)).toEqual(expected);
  });
});
