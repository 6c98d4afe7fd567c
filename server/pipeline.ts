// The import pipeline: bytes of reports in, documents, pairs, beads and flags in the
// database out. ingest → segment → anchors → pair every Arabic report with the French
// ones → align each likely pair → check each bead → store. The same text imported twice
// is stored once (sha256 of the decoded text).
//
// The core steps are each behind one small adapter function below (ingestReport,
// pairReports, alignSides, checkBead, nameMentions). Where the core module is not built
// yet, the adapter holds a clearly marked minimal FALLBACK so the app runs end to end;
// when the module lands, the adapter's body becomes a single call to it.
import { createHash } from 'node:crypto';
import { InputError } from './errors';
import type { Db } from './store/database';
import { DocumentInput, ProcessingDocument, insertBeads, insertDocument, insertPair, loadProcessingDocument, findDocumentBySha, listDocumentIds, pairExists } from './store/write';
import { acceptedSpellings, annotateNameFlags, recordMentions } from './store/names';
import { ingestDocument } from './text/ingest';
import { Lang } from './text/types';
import { extractNames, findArabicCounterpart } from './anchors/names';
import type { Flag } from './checks/types';
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

/** True while pairReports is the fallback (tests of the ranking wait for the real pairing). */
export const USES_FALLBACK_PAIRING = false;

/** Bead moves of the fallback aligner: [Arabic sentences, French sentences, penalty]. */
const FALLBACK_MOVES: [number, number, number][] = [
  [1, 1, 0],
  [1, 0, 4],
  [0, 1, 4],
  [2, 1, 1.2],
  [1, 2, 1.2],
  [2, 2, 2.5],
];
/** Variance of the length difference per character (Gale–Church's s²). */
const LENGTH_VARIANCE = 6.8;

/** A bead a reviewer confirmed: kept as it is when the rest is aligned again. */
export interface FixedBead {
  src: number[];
  tgt: number[];
}

/**
 * Aligns the sentences of an Arabic and a French text, keeping the `fixed` beads exactly
 * and aligning the rest around them.
 * FALLBACK until the alignment module (alignSentences) is merged: Gale–Church length
 * alignment by dynamic programming, run on each stretch between two fixed beads.
 */
export function alignSides(arabic: string[], french: string[], fixed: FixedBead[] = []): AlignedBead[] {
  const result: AlignedBead[] = [];
  let arCursor = 0;
  let frCursor = 0;
  const sorted = [...fixed].sort((a, b) => (a.src[0] ?? a.tgt[0] ?? 0) - (b.src[0] ?? b.tgt[0] ?? 0));
  for (const stop of [...sorted, null]) {
    const arEnd = stop === null ? arabic.length : (stop.src[0] ?? arCursor);
    const frEnd = stop === null ? french.length : (stop.tgt[0] ?? frCursor);
    for (const bead of lengthAlign(arabic.slice(arCursor, arEnd), french.slice(frCursor, frEnd))) {
      result.push({ src: bead.src.map((k) => k + arCursor), tgt: bead.tgt.map((k) => k + frCursor), confidence: bead.confidence });
    }
    if (stop !== null) {
      result.push({ src: stop.src, tgt: stop.tgt, confidence: 1 });
      if (stop.src.length > 0) arCursor = stop.src[stop.src.length - 1] + 1;
      if (stop.tgt.length > 0) frCursor = stop.tgt[stop.tgt.length - 1] + 1;
    }
  }
  return result;
}

/** Gale–Church length alignment of two sentence lists (the fallback's core). */
function lengthAlign(arabic: string[], french: string[]): AlignedBead[] {
  const n = arabic.length;
  const m = french.length;
  if (n === 0 && m === 0) return [];
  const arLen = arabic.map((s) => s.length);
  const frLen = french.map((s) => s.length);
  const ratio = Math.max(0.2, frLen.reduce((a, b) => a + b, 0) / Math.max(1, arLen.reduce((a, b) => a + b, 0)));
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1);
  const at = (i: number, j: number): number => i * (m + 1) + j;
  cost[0] = 0;
  const moveCost = (i: number, j: number, di: number, dj: number, penalty: number): number => {
    if (di === 0 || dj === 0) return penalty;
    let la = 0;
    let lf = 0;
    for (let k = i - di; k < i; k++) la += arLen[k];
    for (let k = j - dj; k < j; k++) lf += frLen[k];
    const expected = la * ratio;
    const delta = (lf - expected) / Math.sqrt(Math.max(1, ((expected + lf) / 2) * LENGTH_VARIANCE));
    return (delta * delta) / 2 + penalty;
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      FALLBACK_MOVES.forEach(([di, dj, penalty], move) => {
        if (i < di || j < dj) return;
        const total = cost[at(i - di, j - dj)] + moveCost(i, j, di, dj, penalty);
        if (total < cost[at(i, j)]) {
          cost[at(i, j)] = total;
          back[at(i, j)] = move;
        }
      });
    }
  }
  const beads: AlignedBead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = FALLBACK_MOVES[back[at(i, j)]];
    const step = cost[at(i, j)] - cost[at(i - di, j - dj)];
    beads.push({
      src: Array.from({ length: di }, (_, k) => i - di + k),
      tgt: Array.from({ length: dj }, (_, k) => j - dj + k),
      confidence: Math.round(Math.exp(-step / 2) * 1000) / 1000,
    });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
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

/** True while checkBead is the fallback (tests of name flags wait for the real checks). */
export const USES_FALLBACK_CHECKS = false;

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
    if (french.length === 0) break;
    const arabic = loadProcessingDocument(db, arabicId);
    for (const candidate of pairReports(arabic, french)) {
      const partner = french[candidate.frenchIndex];
      if (candidate.relation === 'unrelated') continue;
      if (!fresh.has(arabicId) && !fresh.has(partner.id)) continue;
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
