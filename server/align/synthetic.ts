// Synthetic document pairs with known gold beads, for tests, benchmarks and calibration:
// parallel sentence pairs in document order, some sentences dropped on one side and some
// adjacent sentences merged into one, with a seeded random generator.
import { Bead } from './beads';

/** How a parallel document is damaged. */
export interface DamageOptions {
  /** Share of sentences dropped on each side (default 0.06). */
  dropRate?: number;
  /** Share of adjacent sentence pairs merged on each side (default 0.08). */
  mergeRate?: number;
  seed?: number;
}

/** A synthetic document pair: source and target sentences and the gold beads. */
export interface SyntheticPair {
  src: string[];
  tgt: string[];
  gold: Bead[];
}

/** A seeded pseudo-random generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Damages a parallel document (rows of [source, target] sentences that translate each
 * other one to one): drops a row's sentence on one side (a 1-0 or 0-1 bead), merges two
 * adjacent sentences of one side into one line (a 2-1 or 1-2 bead). Merges never chain
 * across the two sides, so every gold bead is one of the shapes the aligner proposes.
 */
export function damage(rows: readonly (readonly [string, string])[], options: DamageOptions = {}): SyntheticPair {
  const dropRate = options.dropRate ?? 0.06;
  const mergeRate = options.mergeRate ?? 0.08;
  const random = seededRandom(options.seed ?? 1);
  const k = rows.length;
  const hasSrc = rows.map(() => true);
  const hasTgt = rows.map(() => true);
  for (let r = 0; r < k; r++) {
    const roll = random();
    if (roll < dropRate) hasSrc[r] = false;
    else if (roll < 2 * dropRate) hasTgt[r] = false;
  }
  // mergedWithNext[side][r]: row r's sentence is joined with row r + 1's on that side.
  const srcJoin = rows.map(() => false);
  const tgtJoin = rows.map(() => false);
  const busy = rows.map(() => false);
  for (let r = 0; r + 1 < k; r++) {
    const roll = random();
    if (roll >= 2 * mergeRate || busy[r] || busy[r + 1]) continue;
    const onSrc = roll < mergeRate;
    if (!hasSrc[r] || !hasSrc[r + 1] || !hasTgt[r] || !hasTgt[r + 1]) continue;
    (onSrc ? srcJoin : tgtJoin)[r] = true;
    busy[r] = true;
    busy[r + 1] = true;
  }
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: Bead[] = [];
  for (let r = 0; r < k; r++) {
    const [s, t] = rows[r];
    if (srcJoin[r] || tgtJoin[r]) {
      const [s2, t2] = rows[r + 1];
      const bead: Bead = { src: [], tgt: [] };
      if (srcJoin[r]) {
        bead.src.push(src.push(`${s} ${s2}`) - 1);
        bead.tgt.push(tgt.push(t) - 1, tgt.push(t2) - 1);
      } else {
        bead.src.push(src.push(s) - 1, src.push(s2) - 1);
        bead.tgt.push(tgt.push(`${t} ${t2}`) - 1);
      }
      gold.push(bead);
      r++;
      continue;
    }
    const bead: Bead = { src: [], tgt: [] };
    if (hasSrc[r]) bead.src.push(src.push(s) - 1);
    if (hasTgt[r]) bead.tgt.push(tgt.push(t) - 1);
    gold.push(bead);
  }
  return { src, tgt, gold };
}
