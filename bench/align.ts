// Benchmark of the sentence aligner: strict/lax F1 on synthetic Arabic–French documents
// (each corpus scored with a lexicon that never saw it) against the Gale–Church length-only
// baseline, the reliability of the confidences, and time and memory from 1k to 50k
// sentences per side (each size in a child process, so its peak RSS is its own).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignSentences, AlignedBead } from '../server/align/align';
import { Bead, formatBeads } from '../server/align/beads';
import { scoreAlignments } from '../server/align/evaluate';
import { learnLexicon, Lexicon } from '../server/align/lexicon';
import { FULL_ANCHORS_MAX_SENTENCES, LENGTH_ONLY_WEIGHTS } from '../server/align/scoring';
import { damage, SyntheticPair } from '../server/align/synthetic';
import { documentsOf, heldOutLexicon, longPair, syntheticPairs, TRAINING_CORPORA } from './align-data';
import { lexiconPairs } from './build-lexicon';

const SEED = 7;
/** Documents per corpus in quick mode. */
const QUICK_DOCUMENTS = 4;
const SIZES = [1000, 5000, 20000, 50000];
const QUICK_SIZES = [1000, 5000];
const CONFIDENCE_BINS = 10;
/** Parallel rows per sentence of the damaged pair: dropping and merging leave about 0.884 sentence per row on each side. */
const ROWS_PER_SENTENCE = 1.131;

function beadKey(bead: Bead): string {
  return `${bead.src.join(',')}:${bead.tgt.join(',')}`;
}

/** Per confidence bin: beads and how many of them are in the gold alignment. */
function reliability(gold: Bead[][], test: AlignedBead[][]): { beads: number; right: number; confidence: number }[] {
  const bins = Array.from({ length: CONFIDENCE_BINS }, () => ({ beads: 0, right: 0, confidence: 0 }));
  test.forEach((beads, k) => {
    const keys = new Set(gold[k].map(beadKey));
    for (const bead of beads) {
      const bin = bins[Math.min(CONFIDENCE_BINS - 1, Math.floor(bead.confidence * CONFIDENCE_BINS))];
      bin.beads++;
      bin.confidence += bead.confidence;
      if (keys.has(beadKey(bead))) bin.right++;
    }
  });
  return bins;
}

function printReliability(bins: ReturnType<typeof reliability>): void {
  process.stdout.write('  confidence   beads   mean conf   right\n');
  bins.forEach((bin, k) => {
    if (bin.beads === 0) return;
    const range = `${(k / CONFIDENCE_BINS).toFixed(1)}–${((k + 1) / CONFIDENCE_BINS).toFixed(1)}`;
    process.stdout.write(`  ${range.padEnd(10)} ${String(bin.beads).padStart(7)}   ${(bin.confidence / bin.beads).toFixed(3).padStart(9)}   ${(bin.right / bin.beads).toFixed(3)}\n`);
  });
}

/** One evaluation: documents and the lexicon each of them is aligned with. */
export interface Protocol {
  name: string;
  pairs: SyntheticPair[];
  lexicons: Lexicon[];
}

/**
 * UNPC with in-domain data held out by document: the synthetic documents split in two
 * folds; each fold is aligned with a lexicon learned from the other fold's UNPC documents
 * plus the other corpora (never from the documents it aligns). Same documents and damage
 * as the out-of-domain protocol.
 */
function inDomainUnpc(quick: boolean, seed: number): Protocol {
  const documents = documentsOf('unpc', seed);
  const others = lexiconPairs(TRAINING_CORPORA.unpc);
  const pairs: SyntheticPair[] = [];
  const lexicons: Lexicon[] = [];
  for (let fold = 0; fold < 2; fold++) {
    const training = documents.filter((_, k) => k % 2 !== fold).flat().map(({ ar, fr }) => ({ ar, fr }));
    const lexicon = learnLexicon([...others, ...training]);
    documents.forEach((rows, k) => {
      if (k % 2 !== fold || (quick && k >= QUICK_DOCUMENTS)) return;
      pairs.push(damage(rows.map((r) => [r.ar, r.fr] as const), { seed: seed * 1000 + k }));
      lexicons.push(lexicon);
    });
  }
  return { name: 'unpc (in-domain lexicon: the other half of UNPC by document + flores + tatoeba)', pairs, lexicons };
}

/** The accuracy protocols: FLORES and UNPC with out-of-domain lexicons, UNPC with an in-domain one. */
export function protocols(quick: boolean, seed = SEED): Protocol[] {
  const outOfDomain = (['flores', 'unpc'] as const).map((corpus): Protocol => {
    const pairs = syntheticPairs(corpus, seed).slice(0, quick ? QUICK_DOCUMENTS : undefined);
    const lexicon = heldOutLexicon(corpus);
    return { name: `${corpus} (lexicon learned without ${corpus})`, pairs, lexicons: pairs.map(() => lexicon) };
  });
  return [...outOfDomain, inDomainUnpc(quick, seed)];
}

function accuracy(quick: boolean): void {
  for (const { name: corpus, pairs, lexicons } of protocols(quick)) {
    const started = Date.now();
    const ours = pairs.map((p, k) => alignSentences(p.src, p.tgt, { srcLang: 'ar', tgtLang: 'fr', lexicon: lexicons[k] }));
    const ms = Date.now() - started;
    const baseline = pairs.map((p) => alignSentences(p.src, p.tgt, { srcLang: 'ar', tgtLang: 'fr', lexicon: null, weights: LENGTH_ONLY_WEIGHTS }));
    const gold = pairs.map((p) => p.gold);
    const score = scoreAlignments(gold, ours);
    const base = scoreAlignments(gold, baseline);
    const sentences = pairs.reduce((sum, p) => sum + p.src.length, 0);
    process.stdout.write(
      `${corpus}: ${pairs.length} documents, ${sentences} Arabic sentences, ${gold.flat().length} gold beads ` +
        `(${ms} ms)\n` +
        `  aligner       strict F1 ${score.strict.f1.toFixed(3)} (P ${score.strict.precision.toFixed(3)} R ${score.strict.recall.toFixed(3)})  lax F1 ${score.lax.f1.toFixed(3)}\n` +
        `  length only   strict F1 ${base.strict.f1.toFixed(3)} (P ${base.strict.precision.toFixed(3)} R ${base.strict.recall.toFixed(3)})  lax F1 ${base.lax.f1.toFixed(3)}\n`,
    );
    process.stdout.write(`  reliability of the confidences (${corpus}):\n`);
    printReliability(reliability(gold, ours));
  }
}

/** The command that runs a program on one core (util-linux's taskset, CPU 0), or none where it is missing; asked once. */
let oneCore: string[] | undefined;
function oneCorePrefix(): string[] {
  oneCore ??= spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];
  return oneCore;
}

/**
 * Writes a damaged document pair of about `size` sentences per side (source, target, gold
 * beads) into a temporary folder, runs the align command on it in a child process on one
 * core, and returns its report line.
 */
export function measure(size: number): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'muqabala-align-bench-'));
  const pair = longPair(Math.round(size * ROWS_PER_SENTENCE), size);
  const files = ['src.txt', 'tgt.txt', 'gold.txt', 'out.txt'].map((name) => join(folder, name));
  writeFileSync(files[0], pair.src.join('\n') + '\n');
  writeFileSync(files[1], pair.tgt.join('\n') + '\n');
  writeFileSync(files[2], formatBeads(pair.gold));
  const [program, ...args] = [...oneCorePrefix(), process.execPath, join(__dirname, 'align-worker.js'), ...files];
  return new Promise<string>((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(`align worker for ${size} exited with ${code}`))));
  }).finally(() => rmSync(folder, { recursive: true, force: true }));
}

/** Prints accuracy against the length-only baseline, the reliability table, and time and memory per size. */
export async function run({ quick }: { quick: boolean }): Promise<void> {
  accuracy(quick);
  process.stdout.write(
    `speed and memory (\`muqabala align --presegmented\` on Arabic→French files, ${oneCorePrefix().length > 0 ? 'pinned to one core' : 'not pinned: taskset is missing'}; RSS is the child process peak, input included;\n` +
      `  up to ${FULL_ANCHORS_MAX_SENTENCES} sentences per side the full anchors layer and a second pass run, beyond only digit and mark anchors and one pass):\n`,
  );
  for (const size of quick ? QUICK_SIZES : SIZES) process.stdout.write(`  ${await measure(size)}\n`);
}
