// Document pairing and comparable mode on real data: ranks the French seed reports for the
// Arabic one (scores and shared anchors), lists the sentence pairs comparable mode finds
// between the Arabic report and two French retellings, and measures comparable mode's
// precision and recall on FLORES articles made comparable (French order shuffled, 30% of
// the sentences dropped on each side, sentences of another article added as noise).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupByDocument, loadCorpus, ParallelRow, SHARED_DIR } from './data';
import { Bead } from '../server/align/beads';
import { alignComparable, alignerScorer } from '../server/align/comparable';
import { heldOutLexicon } from './align-data';
import { scoreAlignments } from '../server/align/evaluate';
import { countedSentences, pairDocuments, PairingDocument, ScorerFactory } from '../server/align/pairing';
import { ingestDocument } from '../server/text/ingest';
import { seededRandom } from '../server/align/synthetic';

/** Sentences per comparable document built from whole FLORES articles. */
const DOCUMENT_SENTENCES = 12;
/** Share of the sentences dropped on each side. */
const DROP_SHARE = 0.3;
/** Share of noise sentences added on each side (from another document). */
const NOISE_SHARE = 0.2;
/** Share of the French sentences joined with the next one. */
const MERGE_SHARE = 0.15;
/** Sentences per side of the timed large pair (quick mode: the first number). */
const LARGE_SIDES = [100, 300] as const;
/** Documents in quick mode. */
const QUICK_DOCUMENTS = 20;
const SEED = 20251125;

/** The sentence similarity the benchmark uses. */
export const benchScorer: ScorerFactory = (src, tgt, srcLang, tgtLang) => alignerScorer(src, tgt, { srcLang, tgtLang });
/** Threshold of the words-only reference (comparable mode before anchors counted). */
const WORDS_ONLY_THRESHOLD = 0.2;

/** On FLORES, the aligner's similarity with a lexicon that never saw FLORES (`anchorWeight` 0: words only). */
function floresScorer(anchorWeight?: number): ScorerFactory {
  const lexicon = heldOutLexicon('flores');
  return (src, tgt, srcLang, tgtLang) => alignerScorer(src, tgt, { srcLang, tgtLang, lexicon, anchorWeight });
}

/** The five seed reports, numbered `000` to `004`. */
export function seedDocuments(): PairingDocument[] {
  const dir = join(SHARED_DIR, 'seeds');
  return readdirSync(dir)
    .filter((f) => /^\d{3}_/.test(f))
    .sort()
    .map((f) => ({ id: f.slice(0, 3), ...ingestDocument(readFileSync(join(dir, f)), { name: f }) }));
}


function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const k = Math.floor(next() * (i + 1));
    [out[i], out[k]] = [out[k], out[i]];
  }
  return out;
}

/** A comparable document pair with its gold beads. */
export interface ComparableCase {
  ar: string[];
  fr: string[];
  gold: Bead[];
}

/** FLORES articles grouped into documents of about DOCUMENT_SENTENCES sentences (whole articles). */
function floresDocuments(rows: ParallelRow[]): ParallelRow[][] {
  const documents: ParallelRow[][] = [];
  let current: ParallelRow[] = [];
  for (const article of groupByDocument(rows)) {
    current.push(...article);
    if (current.length >= DOCUMENT_SENTENCES) {
      documents.push(current);
      current = [];
    }
  }
  return documents;
}

/**
 * Makes a comparable pair of a parallel document: drops DROP_SHARE of the sentences on each
 * side, adds NOISE_SHARE sentences of `noise` on each side, joins MERGE_SHARE of the French
 * sentences with the next one (a 2-1 bead when both Arabic sentences are kept side by side),
 * shuffles the French side.
 */
export function makeComparable(document: ParallelRow[], noise: ParallelRow[], next: () => number): ComparableCase {
  type Item = { text: string; rows: number[] };
  const keep = (side: 'ar' | 'fr'): Item[] => document.map((row, index) => ({ text: row[side], rows: [index] })).filter(() => next() >= DROP_SHARE);
  const noiseCount = Math.max(1, Math.round(document.length * NOISE_SHARE));
  // different rows on each side, so that noise sentences are no translations of each other
  const noiseRows = shuffle(noise, next);
  const ar = keep('ar');
  for (const row of noiseRows.slice(0, noiseCount)) ar.splice(Math.floor(next() * (ar.length + 1)), 0, { text: row.ar, rows: [] });
  const arIndex = (row: number): number => ar.findIndex((item) => item.rows[0] === row);
  const frKept = keep('fr');
  const fr: Item[] = [];
  for (let k = 0; k < frKept.length; k++) {
    const [row] = frKept[k].rows;
    const following = frKept[k + 1];
    const i = arIndex(row);
    if (following && following.rows[0] === row + 1 && i >= 0 && arIndex(row + 1) === i + 1 && next() < MERGE_SHARE) {
      fr.push({ text: `${frKept[k].text} ${following.text}`, rows: [row, row + 1] });
      k++;
    } else fr.push(frKept[k]);
  }
  for (const row of noiseRows.slice(noiseCount, 2 * noiseCount)) fr.push({ text: row.fr, rows: [] });
  const shuffled = shuffle(fr, next);
  const gold: Bead[] = [];
  shuffled.forEach((item, j) => {
    const src = item.rows.map(arIndex).filter((i) => i >= 0);
    if (src.length > 0) gold.push({ src, tgt: [j] });
  });
  gold.sort((a, b) => a.src[0] - b.src[0]);
  return { ar: ar.map((item) => item.text), fr: shuffled.map((item) => item.text), gold };
}

/** Comparable cases from FLORES (the first `limit` documents). */
export function floresCases(limit?: number): ComparableCase[] {
  const documents = floresDocuments(loadCorpus('flores'));
  const next = seededRandom(SEED);
  const chosen = documents.slice(0, limit ?? documents.length);
  return chosen.map((document, k) => makeComparable(document, documents[(k + documents.length / 2) % documents.length | 0], next));
}

function round(value: number): string {
  return value.toFixed(3);
}

export function run({ quick }: { quick: boolean }): void {
  const seeds = seedDocuments();
  const arabic = seeds.find((d) => d.lang === 'ar');
  if (arabic) {
    const french = seeds.filter((d) => d !== arabic);
    process.stdout.write(`pairing of report ${arabic.id} (${countedSentences(arabic).length} sentences):\n`);
    for (const pairing of pairDocuments(arabic, french, { scorer: benchScorer })) {
      const e = pairing.evidence;
      const list = (items: { src: string[]; tgt: string[] }[]): string => items.map((s) => `${s.src.join('/')} = ${s.tgt.join('/')}`).join('; ');
      process.stdout.write(
        `  ${pairing.id} score ${pairing.score.toFixed(2)} ${pairing.relation}; lexical ${round(e.lexical)}, coverage ${round(e.coverage.src)}/${round(e.coverage.tgt)}, sentences ${round(e.sentenceRatio)}, length ${round(e.lengthRatio)}\n` +
          `    dates: ${list(e.dates)}\n    names: ${list(e.names)}\n    numbers: ${list(e.numbers)}\n`,
      );
    }
    const arSentences = countedSentences(arabic);
    for (const id of ['001', '002']) {
      const doc = seeds.find((d) => d.id === id);
      if (!doc) continue;
      const frSentences = countedSentences(doc);
      const beads = alignComparable(arSentences, frSentences, benchScorer(arSentences, frSentences, 'ar', 'fr'));
      process.stdout.write(`comparable pairs ${arabic.id} × ${id}:\n`);
      for (const bead of beads) {
        process.stdout.write(
          `  [${bead.src.join(', ')}]:[${bead.tgt.join(', ')}] ${round(bead.confidence)}\n    ar: ${bead.src.map((i) => arSentences[i]).join(' ').slice(0, 140)}\n    fr: ${bead.tgt.map((j) => frSentences[j]).join(' ').slice(0, 140)}\n`,
        );
      }
    }
  }

  const cases = floresCases(quick ? QUICK_DOCUMENTS : undefined);
  const scorer = floresScorer();
  const started = Date.now();
  const test = cases.map((c) => alignComparable(c.ar, c.fr, scorer(c.ar, c.fr, 'ar', 'fr')));
  const elapsed = Date.now() - started;
  const scores = scoreAlignments(
    cases.map((c) => c.gold),
    test,
  );
  const sentences = cases.reduce((sum, c) => sum + c.ar.length + c.fr.length, 0);
  const wordsScorer = floresScorer(0);
  const wordsOnly = scoreAlignments(
    cases.map((c) => c.gold),
    cases.map((c) => alignComparable(c.ar, c.fr, { ...wordsScorer(c.ar, c.fr, 'ar', 'fr'), threshold: WORDS_ONLY_THRESHOLD })),
  );
  process.stdout.write(
    `comparable FLORES: ${cases.length} documents, ${sentences} sentences, ${cases.reduce((s, c) => s + c.gold.length, 0)} gold pairs, ${test.reduce((s, t) => s + t.length, 0)} found, ${elapsed} ms\n` +
      `  strict precision ${round(scores.strict.precision)} recall ${round(scores.strict.recall)} F1 ${round(scores.strict.f1)}\n` +
      `  words only (no anchors, threshold ${WORDS_ONLY_THRESHOLD}): strict precision ${round(wordsOnly.strict.precision)} recall ${round(wordsOnly.strict.recall)} F1 ${round(wordsOnly.strict.f1)}\n`,
  );

  // time on a larger pair: UN sentences, French side shuffled
  const size = quick ? LARGE_SIDES[0] : LARGE_SIDES[1];
  const rows = loadCorpus('unpc').slice(0, size);
  const ar = rows.map((r) => r.ar);
  const order = shuffle(rows.map((_, k) => k), seededRandom(SEED));
  const fr = order.map((k) => rows[k].fr);
  const timed = Date.now();
  const beads = alignComparable(ar, fr, benchScorer(ar, fr, 'ar', 'fr'));
  const elapsedLarge = Date.now() - timed;
  const large = scoreAlignments([ar.map((_, i) => ({ src: [i], tgt: [order.indexOf(i)] }))], [beads]).strict;
  process.stdout.write(
    `comparable ${size} × ${size} UN sentences (French shuffled): ${beads.length} pairs in ${elapsedLarge} ms; strict precision ${round(large.precision)} recall ${round(large.recall)}\n`,
  );
}
