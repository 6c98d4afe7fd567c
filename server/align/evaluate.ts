// Scores test alignments against gold ones: strict and lax precision, recall and F1 with
// the semantics of Vecalign's scorer (score.py), so figures compare with published ones.
//
// Precision is over the test beads, recall over the gold beads, counts pooled over all
// document pairs. Beads empty on both sides are ignored and repeated beads count once.
// Strict: a bead counts when the other alignment has exactly the same bead. Lax: it also
// counts when one of its source sentences is aligned, in the other alignment, to one of its
// target sentences. Deletions and insertions (a side empty) count in precision (a test
// deletion is right only if gold has the very same bead) but are left out of recall.
import { Bead } from './beads';

/** Precision, recall and F1, each in [0, 1] (0 when undefined, as Vecalign reports it). */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** True and false positives of one direction of the comparison. */
export interface MatchCounts {
  strictRight: number;
  strictWrong: number;
  laxRight: number;
  laxWrong: number;
}

function beadKey(src: number[], tgt: number[]): string {
  return `${src.join(',')}:${tgt.join(',')}`;
}

function isDeletion(bead: Bead): boolean {
  return bead.src.length === 0 || bead.tgt.length === 0;
}

/** Distinct beads (by their sentence lists, in the order written), without those empty on both sides. */
function distinctBeads(beads: Bead[]): Bead[] {
  const byKey = new Map<string, Bead>();
  for (const bead of beads) {
    if (bead.src.length === 0 && bead.tgt.length === 0) continue;
    const key = beadKey(bead.src, bead.tgt);
    if (!byKey.has(key)) byKey.set(key, bead);
  }
  return [...byKey.values()];
}

/** Counts how many `candidate` beads are right (strictly, laxly) with `reference` as the truth. */
export function countMatches(reference: Bead[], candidate: Bead[]): MatchCounts {
  const counts: MatchCounts = { strictRight: 0, strictWrong: 0, laxRight: 0, laxWrong: 0 };
  const referenceBeads = distinctBeads(reference);
  const referenceKeys = new Set(referenceBeads.map((bead) => beadKey(bead.src, bead.tgt)));
  const alignedTargets = new Map<number, Set<number>>();
  for (const bead of referenceBeads) {
    for (const s of bead.src) {
      const targets = alignedTargets.get(s) ?? new Set<number>();
      for (const t of bead.tgt) targets.add(t);
      alignedTargets.set(s, targets);
    }
  }
  for (const bead of distinctBeads(candidate)) {
    if (referenceKeys.has(beadKey(bead.src, bead.tgt))) {
      counts.strictRight++;
      counts.laxRight++;
      continue;
    }
    counts.strictWrong++;
    const overlaps = bead.src.some((s) => bead.tgt.some((t) => alignedTargets.get(s)?.has(t) ?? false));
    if (overlaps) counts.laxRight++;
    else counts.laxWrong++;
  }
  return counts;
}

function ratio(right: number, wrong: number): number {
  return right + wrong === 0 ? 0 : right / (right + wrong);
}

function scores(precision: number, recall: number): Scores {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Pooled precision counts (over test beads) and recall counts (over gold beads, deletions left out). */
export function countAlignments(gold: Bead[][], test: Bead[][]): { precision: MatchCounts; recall: MatchCounts } {
  if (gold.length !== test.length) {
    throw new Error(`scoreAlignments: ${gold.length} gold alignments but ${test.length} test alignments`);
  }
  const precision: MatchCounts = { strictRight: 0, strictWrong: 0, laxRight: 0, laxWrong: 0 };
  const recall: MatchCounts = { ...precision };
  gold.forEach((goldBeads, i) => {
    const testBeads = test[i];
    const p = countMatches(goldBeads, testBeads);
    const r = countMatches(
      testBeads.filter((bead) => !isDeletion(bead)),
      goldBeads.filter((bead) => !isDeletion(bead)),
    );
    for (const key of Object.keys(precision) as (keyof MatchCounts)[]) {
      precision[key] += p[key];
      recall[key] += r[key];
    }
  });
  return { precision, recall };
}

/**
 * Strict and lax precision, recall and F1 of test alignments against gold ones, paired in
 * order (one gold and one test alignment per document pair), as Vecalign's score.py computes them.
 */
export function scoreAlignments(gold: Bead[][], test: Bead[][]): { strict: Scores; lax: Scores } {
  const { precision, recall } = countAlignments(gold, test);
  return {
    strict: scores(ratio(precision.strictRight, precision.strictWrong), ratio(recall.strictRight, recall.strictWrong)),
    lax: scores(ratio(precision.laxRight, precision.laxWrong), ratio(recall.laxRight, recall.laxWrong)),
  };
}
