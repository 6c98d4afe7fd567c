// POST /import: pasted text, and files the page's script reads into the same form (as
// base64, so any encoding survives), or JSON `{ files: [{ name, text | base64 }] }`.
// No multipart parser: the form is url-encoded. The summary is kept for the corpus page.
import { Router } from 'express';
import type { Db, ImportSummary } from '../store';
import { importDocuments } from '../store';
import { wantsJson } from '../http';
import { InputError } from '../../errors';

/** How many import summaries are kept for the corpus page to show. */
const KEPT_IMPORTS = 20;
/** The name given to pasted text when none is typed. */
const PASTED_NAME = 'pasted text';

/** One import as the corpus page shows it. */
export interface ImportRecord {
  id: number;
  at: string;
  milliseconds: number;
  summary: ImportSummary;
}

/** The latest imports of this process, by id. */
export class ImportLog {
  private readonly records = new Map<number, ImportRecord>();
  private nextId = 1;

  /** Records a summary and returns its record. */
  add(summary: ImportSummary, milliseconds: number): ImportRecord {
    const record = { id: this.nextId++, at: new Date().toISOString(), milliseconds, summary };
    this.records.set(record.id, record);
    for (const id of this.records.keys()) {
      if (this.records.size <= KEPT_IMPORTS) break;
      this.records.delete(id);
    }
    return record;
  }

  /** The record of an id, if still kept. */
  get(id: number): ImportRecord | undefined {
    return this.records.get(id);
  }
}

/** Route of the import. */
export function importRoutes(db: Db, log: ImportLog): Router {
  const router = Router();
  router.post('/import', (req, res) => {
    const inputs = importInputs((req.body ?? {}) as Record<string, unknown>);
    if (inputs.length === 0) throw new InputError('nothing to import: paste a report or choose files');
    const started = Date.now();
    const record = log.add(importDocuments(db, inputs), Date.now() - started);
    if (wantsJson(req, res)) res.json(record);
    else res.redirect(303, `/?import=${record.id}#import`);
  });
  return router;
}

/** The files of an import request: pasted text, files read by the page's script, or JSON. */
function importInputs(body: Record<string, unknown>): { name: string; bytes: Uint8Array }[] {
  const inputs: { name: string; bytes: Uint8Array }[] = [];
  if (Array.isArray(body.files)) {
    body.files.forEach((file: unknown, index) => {
      const entry = (file ?? {}) as Record<string, unknown>;
      const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : `file ${index + 1}`;
      if (typeof entry.base64 === 'string') inputs.push({ name, bytes: Buffer.from(entry.base64, 'base64') });
      else if (typeof entry.text === 'string') inputs.push({ name, bytes: Buffer.from(entry.text, 'utf8') });
      else throw new InputError(`${name}: give its content as "text" or "base64"`);
    });
  }
  const names = list(body.fileName);
  const data = list(body.fileData);
  if (names.length !== data.length) throw new InputError('the chosen files arrived incomplete: choose them again');
  data.forEach((base64, i) => inputs.push({ name: names[i] || `file ${i + 1}`, bytes: Buffer.from(base64, 'base64') }));
  if (typeof body.text === 'string' && body.text.trim() !== '') {
    const name = typeof body.name === 'string' && body.name.trim() ? body.name.trim() : PASTED_NAME;
    inputs.push({ name, bytes: Buffer.from(body.text, 'utf8') });
  }
  return inputs;
}

function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}
