// The aligner's inner machinery against slow references: the DP's best path and bead
// posteriors against every path enumerated on small grids, and the token scanner against
// the word pattern it replaces, on seed and FLORES sentences.
import { fullBand } from '../../server/align/band';
import { alignInBand, CostFunction } from '../../server/align/dp';
import { forEachStem, tokenize } from '../../server/align/lexicon';
import { SHAPES } from '../../server/align/scoring';
import { arabicKey, latinKey } from '../../server/text/normalize';
import { readSeed, readShared } from '../helpers/shared';

/** A deterministic cost table: some beads forbidden, the rest with varied costs. */
function costTable(seed: number): CostFunction {
  return (I, J, s) => {
    const x = Math.sin(I * 12.9898 + J * 78.233 + s * 37.719 + seed) * 43758.5453;
    const r = x - Math.floor(x);
    return r < 0.1 ? Infinity : r * 6;
  };
}

/** Every path from (0, 0) to (n, m): its beads as "I,J,s" and its total cost. */
function allPaths(n: number, m: number, cost: CostFunction): { beads: string[]; total: number }[] {
  const paths: { beads: string[]; total: number }[] = [];
  const walk = (I: number, J: number, beads: string[], total: number): void => {
    if (I === n && J === m) {
      paths.push({ beads, total });
      return;
    }
    SHAPES.forEach(([a, b], s) => {
      if (I + a > n || J + b > m) return;
      const c = cost(I + a, J + b, s);
      if (c !== Infinity) walk(I + a, J + b, [...beads, `${I + a},${J + b},${s}`], total + Math.fround(c));
    });
  };
  walk(0, 0, [], 0);
  return paths;
}

describe('alignInBand', () => {
  it.each([
    [3, 4, 1],
    [4, 3, 2],
    [5, 5, 3],
  ])('finds the cheapest path and exact posteriors on a %i × %i grid', (n, m, seed) => {
    const cost = costTable(seed);
    const paths = allPaths(n, m, cost);
    const cheapest = Math.min(...paths.map((p) => p.total));
    const z = paths.reduce((sum, p) => sum + Math.exp(-p.total), 0);
    const { steps } = alignInBand(fullBand(n, m), SHAPES, cost);
    const total = steps.reduce((sum, step) => sum + step.cost, 0);
    expect(total).toBeCloseTo(cheapest, 5);
    for (const step of steps) {
      const s = SHAPES.findIndex(([a, b]) => a === step.a && b === step.b);
      const key = `${step.i},${step.j},${s}`;
      const through = paths.filter((p) => p.beads.includes(key)).reduce((sum, p) => sum + Math.exp(-p.total), 0);
      expect(step.posterior).toBeCloseTo(through / z, 5);
    }
  });

  it('names the steps of the best path that end on the band\'s edge', () => {
    const n = 6;
    const cheapDiagonal: CostFunction = (I, J, s) => (s === 0 ? 0 : 5);
    expect(alignInBand(fullBand(n, n), SHAPES, cheapDiagonal).edgeSteps).toEqual([]);
    // A band two cells wide whose lower edge is the diagonal from row 2 on: the diagonal
    // path runs along it there, not in rows 0-1 where the edge is the grid's own.
    const lo = Int32Array.from({ length: n + 1 }, (_, I) => (I < 2 ? 0 : I));
    const hi = Int32Array.from({ length: n + 1 }, (_, I) => Math.min(n, I + 1));
    const { steps, edgeSteps } = alignInBand({ n, m: n, lo, hi }, SHAPES, cheapDiagonal);
    expect(steps.map((step) => `${step.a}-${step.b}`)).toEqual(Array(n).fill('1-1'));
    expect(edgeSteps).toEqual([1, 2, 3, 4, 5]);
  });
});

/** The content stems of a text as the word pattern found them before the scanner. */
function stemsByPattern(text: string, lang: 'ar' | 'fr'): string[] {
  const keyed = lang === 'ar' ? latinKey(arabicKey(text)) : latinKey(text);
  return [...keyed.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].flatMap((match) => tokenize(match[0], 'fr'));
}

describe('forEachStem', () => {
  const [header, ...rows] = readShared('data', 'dev', 'flores200-devtest.ar_fr_en.tsv').split('\n');
  const columns = header.split('\t');
  const flores = rows.slice(0, 200).filter((row) => row.trim() !== '').map((row) => row.split('\t'));
  const arabic = [...readSeed(3).split('\n'), ...flores.map((cells) => cells[columns.indexOf('ar')])].filter((line) => line.trim() !== '');
  const french = [...readSeed(0).split('\n'), ...flores.map((cells) => cells[columns.indexOf('fr')])].filter((line) => line.trim() !== '');

  it('cuts words exactly where the letter-mark-digit pattern does, in Arabic and French', () => {
    expect(arabic.length).toBeGreaterThan(100);
    for (const line of arabic) expect(tokenize(line, 'ar')).toEqual(stemsByPattern(line, 'ar'));
    for (const line of french) expect(tokenize(line, 'fr')).toEqual(stemsByPattern(line, 'fr'));
  });

  it('keeps letters beyond the Basic Multilingual Plane inside their word and splits on the rest', () => {
    const text = 'Le 𝐌𝐚𝐫𝐫𝐚𝐤𝐞𝐜𝐡 accueille 😀 Interpol';
    expect(tokenize(text, 'fr')).toEqual(stemsByPattern(text, 'fr'));
    const seen: string[] = [];
    forEachStem(text, 'fr', (stem) => seen.push(stem));
    expect(seen).toEqual(tokenize(text, 'fr'));
    expect(seen).toHaveLength(3);
    expect(seen.slice(1)).toEqual(['accuei', 'interp']);
  });
});
