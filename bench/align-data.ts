// Synthetic Arabic–French documents for the alignment benchmark and the confidence fit:
// consecutive rows of the shared corpora's documents joined into documents of 40–200
// sentences, damaged (sentences dropped and merged) with gold beads tracked.
import { damage, seededRandom, SyntheticPair } from '../server/align/synthetic';
import { learnLexicon, Lexicon } from '../server/align/lexicon';
import { CorpusName, groupByDocument, loadCorpus, ParallelRow } from './data';
import { lexiconPairs } from './build-lexicon';

/** Sizes of the synthetic documents, in sentence pairs before damage. */
const MIN_DOC_ROWS = 40;
const MAX_DOC_ROWS = 200;

/** The corpora a held-out lexicon learns from when evaluating on one corpus. */
export const TRAINING_CORPORA: Record<'flores' | 'unpc', CorpusName[]> = {
  flores: ['unpc', 'tatoeba'],
  unpc: ['flores', 'tatoeba'],
};

/** A lexicon that never saw the evaluated corpus. */
export function heldOutLexicon(evaluated: 'flores' | 'unpc'): Lexicon {
  return learnLexicon(lexiconPairs(TRAINING_CORPORA[evaluated]));
}

/** Joins the corpus's documents, in file order, into documents of 40–200 rows. */
export function documentsOf(corpus: CorpusName, seed: number): ParallelRow[][] {
  const random = seededRandom(seed);
  const documents: ParallelRow[][] = [];
  let current: ParallelRow[] = [];
  let target = MIN_DOC_ROWS + Math.floor(random() * (MAX_DOC_ROWS - MIN_DOC_ROWS));
  for (const group of groupByDocument(loadCorpus(corpus))) {
    current.push(...group);
    if (current.length >= target) {
      documents.push(current);
      current = [];
      target = MIN_DOC_ROWS + Math.floor(random() * (MAX_DOC_ROWS - MIN_DOC_ROWS));
    }
  }
  if (current.length >= MIN_DOC_ROWS) documents.push(current);
  return documents;
}

/** Damaged Arabic→French document pairs of a corpus (Arabic is the source side). */
export function syntheticPairs(corpus: CorpusName, seed: number): SyntheticPair[] {
  return documentsOf(corpus, seed).map((rows, k) => damage(rows.map((r) => [r.ar, r.fr] as const), { seed: seed * 1000 + k }));
}

/** A long damaged document pair of about `size` sentences per side, cycling through the corpora's rows. */
export function longPair(size: number, seed: number): SyntheticPair {
  const rows = [...loadCorpus('unpc'), ...loadCorpus('flores')];
  const picked: (readonly [string, string])[] = [];
  for (let k = 0; picked.length < size; k++) {
    const row = rows[k % rows.length];
    picked.push([row.ar, row.fr]);
  }
  return damage(picked, { seed });
}
