// The sample corpus that ships with the project (sample/*.txt): loaded into a new or empty
// database so that the review UI has something to show on the first run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';
import { packageRoot } from './paths';
import { ImportSummary, importDocuments } from '../pipeline';

/** The folder of the sample reports. */
export const SAMPLE_DIR = join(packageRoot(), 'sample');

/** True when the database holds no document. */
export function isEmpty(db: Db): boolean {
  return db.prepare('SELECT 1 FROM documents LIMIT 1').get() === undefined;
}

/** The sample reports as import inputs, in file-name order. */
export function sampleInputs(dir = SAMPLE_DIR): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** Imports the sample corpus when the database is empty; returns the summary, or null when it was not. */
export function loadSampleIfEmpty(db: Db): ImportSummary | null {
  if (!isEmpty(db)) return null;
  return importDocuments(db, sampleInputs());
}
