// Builds review databases of a chosen size for the server and export benchmarks: pairs of
// documents made of real parallel sentences (FLORES-200 from the shared data), aligned one
// to one, stored through the store's own writers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from './data';
import { openDatabase, Db } from '../server/store/database';
import { insertBeads, insertDocument, insertPair } from '../server/store/write';
import { sha256 } from '../server/pipeline';

/** A database file with `pairs` pairs of `beadsPerPair` one-to-one beads each. */
export function buildReviewDatabase(pairs: number, beadsPerPair: number): { db: Db; path: string; pairIds: number[] } {
  const path = join(mkdtempSync(join(tmpdir(), 'muqabala-bench-')), 'bench.sqlite');
  const db = openDatabase(path);
  const rows = loadCorpus('flores');
  const pairIds: number[] = [];
  for (let p = 0; p < pairs; p++) {
    const picked = Array.from({ length: beadsPerPair }, (_, i) => rows[(p * beadsPerPair + i) % rows.length]);
    const document = (lang: 'ar' | 'fr') => {
      const sentences = picked.map((r, i) => `${lang === 'ar' ? r.ar : r.fr} (${p}.${i})`);
      let offset = 0;
      const spans = sentences.map((text, paragraph) => {
        const span = { text, start: offset, end: offset + text.length, paragraph, kind: 'body' as const, lang };
        offset += text.length + 1;
        return span;
      });
      const text = sentences.join('\n');
      return { name: `bench-${lang}-${p}.txt`, lang, title: sentences[0], date: null, encoding: 'utf-8', text, sha256: sha256(text), sentences: spans };
    };
    const arabicId = insertDocument(db, document('ar'));
    const frenchId = insertDocument(db, document('fr'));
    db.transaction(() => {
      const pairId = insertPair(db, { arabicId, frenchId, score: 1, relation: 'translation', evidence: {} });
      insertBeads(
        db,
        pairId,
        picked.map((_, i) => ({ src: [i], tgt: [i], confidence: 0.5 + ((i * 37) % 50) / 100, ordinal: i, flags: [] })),
      );
      pairIds.push(pairId);
    })();
  }
  return { db, path, pairIds };
}
