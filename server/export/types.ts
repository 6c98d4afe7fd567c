// What the export writers read and where they write: one row per bead (both sides' text
// joined, its status, confidence, reviewer, dates and flags), and a text sink with
// backpressure (a Node writable stream is one).

/** One bead to export. */
export interface ExportRow {
  beadId: number;
  pairId: number;
  arabicDocumentId: number;
  frenchDocumentId: number;
  /** The Arabic side's sentences joined by a space. */
  arabic: string;
  /** The French side's sentences joined by a space. */
  french: string;
  status: 'proposed' | 'confirmed' | 'rejected';
  confidence: number;
  reviewer: string | null;
  /** ISO 8601 UTC. */
  createdAt: string;
  updatedAt: string;
  flags: { kind: string; severity: string; message: string }[];
}

/** Where a writer writes text: `write` returns false when the reader is behind ('drain' follows). */
export interface TextSink {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}
