// Rebuilds server/anchors/french-common-words.json, the French words that the shared
// development data (UNPC, FLORES-200, Tatoeba) writes in lower case at least twice: a
// capitalised word of this list standing alone at the start of a sentence (Cela, Terre,
// Mission) is a common word, not a name. Names are seldom written in lower case, so the
// list holds few of them.
//
// Run: npm run build && node dist/bench/build-french-words.js
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorpusName, loadCorpus } from './data';
import { latinKey } from '../server/text/normalize';

/** Times a word must be seen in lower case. */
const MIN_LOWER_CASE = 2;
const CORPORA: CorpusName[] = ['unpc', 'flores', 'tatoeba'];
const WORD = /[\p{L}\p{M}]+/gu;

/** The folded words written in lower case at least MIN_LOWER_CASE times, sorted. */
export function frenchCommonWords(sentences: string[]): string[] {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const [word] of sentence.matchAll(WORD)) {
      if (!/^\p{Ll}/u.test(word) || word.length < 2) continue;
      const key = latinKey(word);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= MIN_LOWER_CASE).map(([w]) => w).sort();
}

function main(): void {
  const words = frenchCommonWords(CORPORA.flatMap((name) => loadCorpus(name).map((row) => row.fr)));
  const out = resolve(__dirname, '..', '..', 'server', 'anchors', 'french-common-words.json');
  const data = {
    about: 'French words written in lower case at least twice in the UNPC development set, FLORES-200 devtest and Tatoeba test pairs; rebuilt by bench/build-french-words.ts',
    words,
  };
  writeFileSync(out, `${JSON.stringify(data, null, 0)}\n`);
  process.stdout.write(`${words.length} words written to ${out}\n`);
}

if (require.main === module) main();
