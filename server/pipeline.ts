// The import pipeline: bytes of reports in, documents, pairs, beads and flags in the
// database out. ingest → segment → anchors → pair every Arabic report with the French
// ones → align each likely pair → check each bead → store. The same text imported twice
// is stored once (sha256 of the decoded text).
//
// The core steps are each behind one small adapter function below (ingestReport,
// pairReports, alignSides, checkBead, nameMentions) that turns the store's rows into the
// core modules' values and back.
import { createHash } from 'node:crypto';
import { InputError } from './errors';
import type { Db } from './store/database';
import { DocumentInput, ProcessingDocument, insertBeads, insertDocument, insertPair, loadProcessingDocument, findDocumentBySha, listDocumentIds, pairExists } from './store/write';
import { acceptedSpellings, annotateNameFlags, recordMentions } from './store/names';
import { ingestDocument } from './text/ingest';
import { Lang } from './text/types';
import { extractNames, findArabicCounterpart } from './anchors/names';
import type { Flag } from './checks/types';
import { alignSentences } from './align/align';
import { pairDocuments, PairingDocument } from './align/pairing';
import type { LineKind } from './text/types';
import { checkPair } from './checks/check';

/** One report to import: its file name (or a label) and its bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** What an import did, for the command line and the corpus page. */
export interface ImportSummary {
  documents: { id: number; name: string; lang: Lang; title: string | null; duplicate: boolean }[];
  pairs: number;
  beads: number;
  flags: number;
  /** Inputs that could not be imported, with the reason (the rest is imported). */
  errors: { name: string; message: string }[];
}

/** Progress of a long import: a stage, how many items of it are done, out of how many. */
export type ProgressListener = (stage: 'ingest' | 'align', done: number, total: number, label: string) => void;

/** A sentence pair bead as the aligner returns it: 0-based sentence indexes of each side. */
export interface AlignedBead {
  src: number[];
  tgt: number[];
  confidence: number;
}

// ---------------------------------------------------------------------------------------
// Adapters to the core modules.

/** Decodes, cleans, classifies and segments one report (the ingest module). */
export function ingestReport(bytes: Uint8Array, name: string): DocumentInput {
  const doc = ingestDocument(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name });
  return {
    name,
    lang: doc.lang,
    title: doc.title,
    date: doc.date,
    encoding: doc.encoding ?? 'utf-8',
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph, kind: s.kind, lang: s.lang })),
    sha256: sha256(doc.text),
  };
}

/** One candidate partner of an Arabic report, as the pairing ranks it. */
export interface PairCandidate {
  frenchIndex: number;
  score: number;
  relation: 'translation' | 'same-event' | 'unrelated';
  evidence: Record<string, unknown>;
}

/** Ranks French reports as partners of an Arabic one (the pairing module). */
export function pairReports(arabic: ProcessingDocument, french: ProcessingDocument[]): PairCandidate[] {
  const asPairing = (doc: ProcessingDocument): PairingDocument => ({
    id: String(doc.id),
    lang: doc.lang,
    ...(doc.date ? { date: doc.date } : {}),
    sentences: doc.sentences.map((s) => ({ text: s.text, kind: s.kind as LineKind })),
  });
  const index = new Map(french.map((doc, i) => [String(doc.id), i]));
  return pairDocuments(asPairing(arabic), french.map(asPairing)).map((p) => ({
    frenchIndex: index.get(p.id) as number,
    score: p.score,
    relation: p.relation,
    evidence: p.evidence as unknown as Record<string, unknown>,
  }));
}

/** A bead a reviewer confirmed: kept as it is when the rest is aligned again. */
export interface FixedBead {
  src: number[];
  tgt: number[];
}

/** Options of `alignSides`. */
export interface AlignSidesOptions {
  /** Beads reviewers confirmed: kept exactly, the rest aligned around them. */
  fixed?: FixedBead[];
  /** Date of the reports (`YYYY-MM-DD`), for dates written without a year. */
  documentDate?: string;
  /** How the pairing related the reports: `same-event` reports expect more sentences without a counterpart. */
  relation?: PairCandidate['relation'];
}

/**
 * Aligns the sentences of an Arabic and a French text (the alignment module), keeping the
 * `fixed` beads exactly and aligning the rest around them.
 */
export function alignSides(arabic: string[], french: string[], options: AlignSidesOptions = {}): AlignedBead[] {
  const { fixed = [], documentDate, relation } = options;
  return alignSentences(arabic, french, { srcLang: 'ar', tgtLang: 'fr', fixed, loose: relation === 'same-event', ...(documentDate ? { documentDate } : {}) }).map((b) => ({
    src: b.src,
    tgt: b.tgt,
    confidence: b.confidence,
  }));
}

/** What the checks know of the corpus: the spellings reviewers accepted, by Arabic name key. */
export interface CheckContext {
  acceptedSpellings: ReadonlyMap<string, readonly string[]>;
  /** The Arabic report's date (`YYYY-MM-DD`): dates written without a year take its year. */
  documentDate?: string;
}

/** The mismatch flags of one bead (its aligned sentences joined by one space on each side). */
export function checkBead(arabic: string, french: string, context: CheckContext): Flag[] {
  if (arabic === '' || french === '') return [];
  return checkPair(arabic, french, { acceptedSpellings: context.acceptedSpellings, documentDate: context.documentDate });
}

/** A French name of a bead with the Arabic words that render it (null when the Arabic has none). */
export interface NameMention {
  latin: string;
  arabic: string | null;
}

/** The person names of a bead's French side, each with its Arabic counterpart when there is one. */
export function nameMentions(arabic: string, french: string): NameMention[] {
  if (arabic === '' || french === '') return [];
  return extractNames(french, 'fr')
    .filter((name) => name.entity === undefined)
    .map((name) => ({ latin: name.text, arabic: findArabicCounterpart(arabic, name.text)?.text ?? null }));
}

// ---------------------------------------------------------------------------------------
// The pipeline.

/** sha256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The kinds of sentence that are aligned, checked and exported (not boilerplate, metadata or foreign lines). */
export const ALIGNED_KINDS: readonly string[] = ['title', 'body', 'caption'];

/** The positions of a document's sentences that are aligned. */
export function alignedIndexes(sentences: { kind: string }[]): number[] {
  return sentences.flatMap((s, i) => (ALIGNED_KINDS.includes(s.kind) ? [i] : []));
}

/** The joined text of a bead side (sentences joined by one space: flag spans index it). */
export function joinSide(sentences: { text: string }[], indexes: number[]): string {
  return indexes.map((i) => sentences[i].text).join(' ');
}

/**
 * Imports reports: stores each new one, pairs every Arabic report with the French ones,
 * aligns and checks the new likely pairs. A file that cannot be read is reported in
 * `errors` and the others are imported all the same.
 */
export function importDocuments(db: Db, inputs: ImportInput[], onProgress?: ProgressListener): ImportSummary {
  const summary: ImportSummary = { documents: [], pairs: 0, beads: 0, flags: 0, errors: [] };
  const fresh = new Set<number>();
  inputs.forEach((input, index) => {
    onProgress?.('ingest', index, inputs.length, input.name);
    try {
      const doc = ingestReport(input.bytes, input.name);
      const existing = findDocumentBySha(db, doc.sha256);
      const id = existing ?? insertDocument(db, doc);
      if (existing === undefined) fresh.add(id);
      summary.documents.push({ id, name: input.name, lang: doc.lang, title: doc.title, duplicate: existing !== undefined });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      summary.errors.push({ name: input.name, message: error.message });
    }
  });
  onProgress?.('ingest', inputs.length, inputs.length, '');

  const arabicIds = listDocumentIds(db, 'ar');
  const frenchIds = listDocumentIds(db, 'fr');
  const french = frenchIds.map((id) => loadProcessingDocument(db, id));
  const work: { arabic: ProcessingDocument; french: ProcessingDocument; candidate: PairCandidate }[] = [];
  for (const arabicId of arabicIds) {
    // Each pair is judged on its own: a report already there is scored against the new ones only.
    const partners = fresh.has(arabicId) ? french : french.filter((doc) => fresh.has(doc.id));
    if (partners.length === 0) continue;
    const arabic = loadProcessingDocument(db, arabicId);
    for (const candidate of pairReports(arabic, partners)) {
      const partner = partners[candidate.frenchIndex];
      if (candidate.relation === 'unrelated') continue;
      if (pairExists(db, arabicId, partner.id)) continue;
      work.push({ arabic, french: partner, candidate });
    }
  }
  const context: CheckContext = { acceptedSpellings: acceptedSpellings(db) };
  const newBeads: number[] = [];
  work.forEach(({ arabic, french: partner, candidate }, index) => {
    onProgress?.('align', index, work.length, `${arabic.title ?? arabic.id} ↔ ${partner.title ?? partner.id}`);
    const stored = alignAndStorePair(db, arabic, partner, candidate, context);
    summary.pairs++;
    summary.beads += stored.beadIds.length;
    summary.flags += stored.flags;
    newBeads.push(...stored.beadIds);
  });
  onProgress?.('align', work.length, work.length, '');
  // Once every new pair's names are recorded, name flags learn the corpus' usual spelling.
  db.transaction(() => annotateNameFlags(db, newBeads))();
  return summary;
}

/** Aligns one pair of documents, checks its beads and stores it all in one transaction. */
function alignAndStorePair(
  db: Db,
  arabic: ProcessingDocument,
  french: ProcessingDocument,
  candidate: PairCandidate,
  context: CheckContext,
): { beadIds: number[]; flags: number } {
  // Only the report's own text is aligned (title, body, captions); boilerplate lines stay out.
  const arabicKept = alignedIndexes(arabic.sentences);
  const frenchKept = alignedIndexes(french.sentences);
  const aligned = alignSides(
    arabicKept.map((i) => arabic.sentences[i].text),
    frenchKept.map((i) => french.sentences[i].text),
    { documentDate: arabic.date ?? french.date ?? undefined, relation: candidate.relation },
  ).map((bead) => ({ src: bead.src.map((k) => arabicKept[k]), tgt: bead.tgt.map((k) => frenchKept[k]), confidence: bead.confidence }));
  return db.transaction(() => {
    const pairId = insertPair(db, { arabicId: arabic.id, frenchId: french.id, score: candidate.score, relation: candidate.relation, evidence: candidate.evidence });
    let flags = 0;
    const beads = aligned.map((bead) => {
      const arabicText = joinSide(arabic.sentences, bead.src);
      const frenchText = joinSide(french.sentences, bead.tgt);
      const beadFlags = checkBead(arabicText, frenchText, { ...context, documentDate: arabic.date ?? french.date ?? undefined });
      flags += beadFlags.length;
      return { src: bead.src, tgt: bead.tgt, confidence: bead.confidence, flags: beadFlags, mentions: nameMentions(arabicText, frenchText) };
    });
    const beadIds = insertBeads(db, pairId, beads.map((b, i) => ({ ...b, ordinal: i })));
    recordMentions(
      db,
      pairId,
      beads.flatMap((b) =>
        b.mentions.map((m) => ({
          ...m,
          frenchSentenceId: sentenceHolding(french.sentences, b.tgt, m.latin),
          arabicSentenceId: m.arabic === null ? null : sentenceHolding(arabic.sentences, b.src, m.arabic),
        })),
      ),
    );
    return { beadIds, flags };
  })();
}

/** The id of the first of a bead side's sentences containing `text` (the first sentence when none does). */
function sentenceHolding(sentences: { id: number; text: string }[], indexes: number[], text: string): number {
  const found = indexes.find((i) => sentences[i].text.includes(text)) ?? indexes[0];
  return sentences[found].id;
}
