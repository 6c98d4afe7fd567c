// The block evidence against a slow reference: for every sentence pair of a band, the
// weight of a sentence's tokens with a key in 1, 2 or 3 sentences of the other side, a
// token counted once however many sentences of the block hold it, on damaged FLORES rows.
import { blockMatches, indexKeys } from '../../server/align/blocks';
import { buildAlignmentContext, SideFeatures } from '../../server/align/scoring';
import { damage } from '../../server/align/synthetic';
import { readShared } from '../helpers/shared';

const MAX_SIDE = 3;

/** The keys of a sentence's tokens. */
function keysOf(side: SideFeatures, s: number): Set<number> {
  const keys = new Set<number>();
  for (let k = side.tokenStart[side.sentenceTokens[s]]; k < side.tokenStart[side.sentenceTokens[s + 1]]; k++) keys.add(side.candidates[k]);
  return keys;
}

/** The weight of sentence q's tokens with a key in sentences p … p + size − 1 of the other side, token by token. */
function reference(side: SideFeatures, q: number, other: SideFeatures, p: number, size: number): number {
  const held = new Set<number>();
  for (let x = p; x < Math.min(p + size, other.chars.length); x++) for (const key of keysOf(other, x)) held.add(key);
  let sum = 0;
  for (let t = side.sentenceTokens[q]; t < side.sentenceTokens[q + 1]; t++) {
    let matched = false;
    for (let k = side.tokenStart[t]; k < side.tokenStart[t + 1]; k++) if (held.has(side.candidates[k])) matched = true;
    if (matched) sum += side.tokenWeight[t];
  }
  return sum;
}

describe('blockMatches', () => {
  const [header, ...rows] = readShared('data', 'dev', 'flores200-devtest.ar_fr_en.tsv').split('\n');
  const columns = header.split('\t');
  const parallel = rows
    .slice(0, 60)
    .map((row) => row.split('\t'))
    .map((c) => [c[columns.indexOf('ar')], c[columns.indexOf('fr')]] as const);

  it.each([1, 2])('gives, in a band of width 7 around the diagonal, the weights a token-by-token count gives (seed %i)', (seed) => {
    const pair = damage(parallel, { seed });
    const context = buildAlignmentContext(pair.src, pair.tgt, { srcLang: 'ar', tgtLang: 'fr' });
    const n = pair.src.length;
    const m = pair.tgt.length;
    const from = Int32Array.from({ length: n }, (_, i) => Math.max(0, Math.round((i * m) / n) - 3));
    const to = Int32Array.from({ length: n }, (_, i) => Math.min(m - 1, Math.round((i * m) / n) + 3));
    const slot = (i: number, j: number): number => (j < from[i] || j > to[i] ? -1 : i * 7 + j - from[i]);
    const out = new Float32Array(n * 7 * MAX_SIDE).fill(-1);
    const sentences = Array.from({ length: n }, (_, i) => i);
    const targets = Array.from({ length: m }, (_, j) => j);
    blockMatches(context.src, sentences, indexKeys(context.tgt, targets, context.space), m, { from, to }, MAX_SIDE, slot, out);
    let matched = 0;
    for (let i = 0; i < n; i++) {
      for (let j = from[i]; j <= to[i]; j++) {
        for (let size = 1; size <= MAX_SIDE; size++) {
          const expected = reference(context.src, i, context.tgt, j, size);
          expect(out[slot(i, j) * MAX_SIDE + size - 1]).toBeCloseTo(expected, 5);
          if (size > 1) expect(out[slot(i, j) * MAX_SIDE + size - 1]).toBeGreaterThanOrEqual(out[slot(i, j) * MAX_SIDE + size - 2]);
          if (expected > 0) matched++;
        }
      }
    }
    // The lexicon links most translations: a reference of zeros would prove nothing.
    expect(matched).toBeGreaterThan(n);
  });
});
