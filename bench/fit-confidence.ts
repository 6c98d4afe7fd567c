// Fits the confidence calibration (server/align/calibration-data.ts): a logistic regression
// of "the bead is in the gold alignment" on the bead's posterior and shape, over synthetic
// UNPC documents damaged with another seed than the benchmark's. Prints the coefficients.
//
// Run: npm run build && node dist/bench/fit-confidence.js
import { alignSentences } from '../server/align/align';
import { confidenceVector } from '../server/align/confidence';
import { heldOutLexicon, syntheticPairs } from './align-data';

const FIT_SEED = 11;
const ITERATIONS = 2000;
const LEARNING_RATE = 0.5;
/** The calibration that makes the confidence the raw posterior. */
const IDENTITY = [0, 1, 0, 0];

function main(): void {
  const lexicon = heldOutLexicon('unpc');
  const rows: { x: number[]; y: number }[] = [];
  for (const pair of syntheticPairs('unpc', FIT_SEED)) {
    const gold = new Set(pair.gold.map((b) => `${b.src}:${b.tgt}`));
    for (const bead of alignSentences(pair.src, pair.tgt, { srcLang: 'ar', tgtLang: 'fr', lexicon, calibration: IDENTITY })) {
      rows.push({ x: confidenceVector({ posterior: bead.confidence, a: bead.src.length, b: bead.tgt.length }), y: gold.has(`${bead.src}:${bead.tgt}`) ? 1 : 0 });
    }
  }
  const w = [...IDENTITY];
  for (let it = 0; it < ITERATIONS; it++) {
    const gradient = w.map(() => 0);
    for (const { x, y } of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, v, k) => sum + v * w[k], 0)));
      x.forEach((v, k) => (gradient[k] += (p - y) * v));
    }
    w.forEach((_, k) => (w[k] -= (LEARNING_RATE * gradient[k]) / rows.length));
  }
  process.stdout.write(`${rows.length} beads; CALIBRATION = [${w.map((v) => v.toFixed(3)).join(', ')}]\n`);
}

if (require.main === module) main();
