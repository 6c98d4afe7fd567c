// The guide path of long documents must run close to the true alignment, so that a narrow
// band around it holds the right beads; chance knots off the path must not bend it.
import { bandAround, bandAroundCells, cropBand, guidePath, longestIncreasingChain, unionBands, withoutOutlyingKnots } from '../../server/align/band';
import { beadPath } from '../../server/align/beads';
import { buildAlignmentContext } from '../../server/align/scoring';
import { damage } from '../../server/align/synthetic';
import { readShared } from '../helpers/shared';

function parallelRows(file: string): (readonly [string, string])[] {
  const [header, ...rows] = readShared('data', 'dev', file).split('\n');
  const columns = header.split('\t');
  return rows.filter((row) => row.trim() !== '').map((row) => row.split('\t')).map((c) => [c[columns.indexOf('ar')], c[columns.indexOf('fr')]] as const);
}

describe('guidePath', () => {
  // UN documents repeat stock sentences: a long pair cycling through UNPC and FLORES rows
  // has many sentence pairs that share rare keys by chance.
  const rows = [...parallelRows('unpc-dev.ar_fr_en.tsv'), ...parallelRows('flores200-devtest.ar_fr_en.tsv')];
  const long = Array.from({ length: 12_000 }, (_, k) => rows[k % rows.length]);

  it.each([3, 6, 7])('keeps every cell of the gold path of a damaged 12,000-row pair inside the aligner\'s starting band of radius 3 (seed %i)', (seed) => {
    const pair = damage(long, { seed });
    const context = buildAlignmentContext(pair.src, pair.tgt, { srcLang: 'ar', tgtLang: 'fr' });
    const n = pair.src.length;
    const path = guidePath(context);
    const cells = beadPath(pair.gold);
    expect(path[0]).toBe(0);
    expect(path[n]).toBe(pair.tgt.length);
    expect(Math.max(...cells.map(([i, j]) => Math.abs(path[i] - j)))).toBeLessThan(8);
    const band = bandAround(path, pair.tgt.length, 3);
    expect(cells.filter(([i, j]) => j < band.lo[i] || j > band.hi[i])).toEqual([]);
  });
});

describe('withoutOutlyingKnots', () => {
  it('drops a knot far off the line of its near neighbours and keeps the others', () => {
    const chain: [number, number][] = [[10, 10], [12, 12], [14, 13], [16, 3], [18, 17], [20, 19], [22, 21]].map(([i, j]) => [i, j] as [number, number]);
    const kept = withoutOutlyingKnots(longestIncreasingChain([...chain, [17, 30]]), 1);
    expect(kept).not.toContainEqual([16, 3]);
    expect(kept).toEqual(expect.arrayContaining([[10, 10], [12, 12], [14, 13], [18, 17], [20, 19], [22, 21]]));
  });

  it('keeps a knot with fewer than two neighbours near it, whatever its offset', () => {
    const chain: [number, number][] = [[0, 0], [100, 60], [200, 200]];
    expect(withoutOutlyingKnots(chain, 1)).toEqual(chain);
  });
});

describe('longestIncreasingChain', () => {
  it('keeps the longest run increasing on both coordinates', () => {
    expect(longestIncreasingChain([[0, 0], [1, 5], [2, 1], [3, 2], [4, 3], [5, 4]])).toEqual([[0, 0], [2, 1], [3, 2], [4, 3], [5, 4]]);
  });
});

describe('bandAroundCells', () => {
  it('holds every cell within the radius of the path, the rows a 3-1 bead jumps over included', () => {
    // (0,0) -1-1-> (1,1) -3-1-> (4,2) -0-1-> (4,3) -1-1-> (5,4)
    const band = bandAroundCells([[0, 0], [1, 1], [4, 2], [4, 3], [5, 4]], 5, 4, 1);
    expect([...band.lo]).toEqual([0, 0, 0, 0, 0, 1]);
    expect([...band.hi]).toEqual([2, 3, 3, 4, 4, 4]);
    const narrow = bandAroundCells([[0, 0], [1, 1], [4, 2], [4, 3], [5, 4]], 5, 4, 0);
    expect([...narrow.lo]).toEqual([0, 1, 1, 1, 2, 4]);
    expect([...narrow.hi]).toEqual([0, 1, 2, 2, 3, 4]);
  });
});

describe('cropBand and unionBands', () => {
  it('take the part of a band between two cells, shifted to start at (0, 0), and join two bands row by row', () => {
    const band = bandAround(Float64Array.from([0, 1, 2, 3, 4, 5, 6]), 6, 1);
    const part = cropBand(band, 2, 1, 3, 3);
    expect([...part.lo]).toEqual([0, 0, 1, 2]);
    expect([...part.hi]).toEqual([3, 3, 3, 3]);
    const other = { n: 3, m: 3, lo: Int32Array.from([0, 1, 0, 3]), hi: Int32Array.from([0, 2, 2, 3]) };
    const union = unionBands(part, other);
    expect([...union.lo]).toEqual([0, 0, 0, 2]);
    expect([...union.hi]).toEqual([3, 3, 3, 3]);
  });
});
