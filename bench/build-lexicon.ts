// Rebuilds server/align/lexicon-ar-fr.json, the Arabic→French lexicon the aligner
// ships, from the shared development data (UNPC, FLORES-200, Tatoeba) with the learning
// code of server/align/lexicon.ts. The alignment benchmark never scores with this file: it
// learns its own lexicons with the evaluated corpus held out (`lexiconPairs`).
//
// Run: npm run build && node dist/bench/build-lexicon.js
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorpusName, loadCorpus } from './data';
import { learnLexicon, lexiconToData } from '../server/align/lexicon';

/** Sources credited in the data file (and in the README). */
const SOURCES: Record<CorpusName, string> = {
  unpc: 'United Nations Parallel Corpus v1.0 development set (Ziemski, Junczys-Dowmunt & Pouliquen, LREC 2016)',
  flores: 'FLORES-200 devtest (CC BY-SA 4.0)',
  tatoeba: 'Tatoeba test pairs (CC BY 2.0 FR)',
};
const ALL: CorpusName[] = ['unpc', 'flores', 'tatoeba'];

/** The sentence pairs of the named corpora, to learn a lexicon from. */
export function lexiconPairs(corpora: CorpusName[]): { ar: string; fr: string }[] {
  return corpora.flatMap((name) => loadCorpus(name).map(({ ar, fr }) => ({ ar, fr })));
}

function main(): void {
  const pairs = lexiconPairs(ALL);
  const started = Date.now();
  const lexicon = learnLexicon(pairs);
  const data = lexiconToData(lexicon, ALL.map((name) => SOURCES[name]));
  const out = resolve(__dirname, '..', '..', 'server', 'align', 'lexicon-ar-fr.json');
  const json = JSON.stringify(data, null, 0).replace(/","/g, '",\n"');
  writeFileSync(out, json + '\n');
  process.stdout.write(
    `learned ${lexicon.translations.size} Arabic stems from ${pairs.length} pairs in ${Date.now() - started} ms; ` +
      `wrote ${(json.length / 1024).toFixed(0)} KB to server/align/lexicon-ar-fr.json\n`,
  );
}

if (require.main === module) main();
