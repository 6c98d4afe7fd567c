// Loading the shared development data for benchmarks: the three TSV files of parallel
// French–Arabic sentences beside the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared folder: MUQABALA_SHARED, or `shared` beside the repository (from dist/bench). */
export const SHARED_DIR = process.env.MUQABALA_SHARED ?? resolve(__dirname, '..', '..', '..', 'shared');

/** One parallel sentence pair with the document it comes from. */
export interface ParallelRow {
  /** Document key: the UN document symbol, the FLORES article URL, or `tatoeba`. */
  doc: string;
  ar: string;
  fr: string;
  /** Position in the document for UNPC (`line:count`), the row index otherwise. */
  position: string;
}

/** The corpora of the shared data. */
export type CorpusName = 'unpc' | 'flores' | 'tatoeba';

const FILES: Record<CorpusName, string> = {
  unpc: 'unpc-dev.ar_fr_en.tsv',
  flores: 'flores200-devtest.ar_fr_en.tsv',
  tatoeba: 'tatoeba.ar_fr.tsv',
};

/** Reads one corpus of the shared data as rows, in file order. */
export function loadCorpus(name: CorpusName): ParallelRow[] {
  const path = join(SHARED_DIR, 'data', 'dev', FILES[name]);
  if (!existsSync(path)) throw new Error(`missing ${path}: set MUQABALA_SHARED to the shared folder`);
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  const columns = header.split('\t');
  const col = (n: string): number => columns.indexOf(n);
  const rows: ParallelRow[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const doc = name === 'unpc' ? cells[col('doc_symbol')] : name === 'flores' ? cells[col('doc_url')] : 'tatoeba';
    const position = name === 'unpc' ? cells[col('ar_pos')] : cells[col('idx')];
    rows.push({ doc, ar: cells[col('ar')], fr: cells[col('fr')], position });
  }
  return rows;
}

/** Groups rows by document, keeping file order inside each document. */
export function groupByDocument(rows: ParallelRow[]): ParallelRow[][] {
  const groups = new Map<string, ParallelRow[]>();
  for (const row of rows) {
    const group = groups.get(row.doc) ?? [];
    group.push(row);
    groups.set(row.doc, group);
  }
  return [...groups.values()];
}
