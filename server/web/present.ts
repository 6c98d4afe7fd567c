// Turns the store's beads into what the bead template shows: each side's sentences with
// their flags highlighted, the flags' messages, a name flag's letter diff, a confidence level.
import type { BeadView, FlagRow, SentenceRow } from './store';
import { Highlight, escapeHtml, highlightSentences, isolateArabic, letterDiff } from './highlight';
import { ALIGNED_KINDS } from '../pipeline';

/** Confidence at or above this is shown as high (green). */
export const HIGH_CONFIDENCE = 0.85;
/** Confidence below this is doubtful (red); the store uses the same cut for 'doubtful'. */
export const LOW_CONFIDENCE = 0.6;

/** One sentence as the bead template shows it. */
export interface SentenceView {
  id: number;
  ordinal: number;
  kind: string;
  /** The sentence's own language (an Arabic caption inside a French report). */
  lang: string;
  html: string;
}

/** One flag as the bead template shows it. */
export interface FlagView {
  kind: string;
  severity: string;
  message: string;
  /** The message as HTML, its Arabic runs isolated so they read right to left inside it. */
  messageHtml: string;
  /** For a name flag with a usual spelling: both spellings with the differing letters marked. */
  nameDiff?: { expected: string; found: string };
}

/** A bead ready for the template. */
export interface BeadPresentation {
  bead: BeadView;
  arabic: SentenceView[];
  french: SentenceView[];
  flags: FlagView[];
  level: 'high' | 'medium' | 'low';
  percent: number;
  /** True when every sentence of the bead is boilerplate (hidden unless asked for). */
  boilerplate: boolean;
}

/** Presents a bead for the bead template. */
export function presentBead(bead: BeadView): BeadPresentation {
  const sides = { arabic: [] as Highlight[], french: [] as Highlight[] };
  for (const flag of bead.flags) {
    const spans = flagSpans(flag);
    for (const side of ['arabic', 'french'] as const) {
      for (const span of spans[side]) {
        sides[side].push({ start: span.start, end: span.end, kind: flag.kind, severity: flag.severity, title: flag.message });
      }
    }
  }
  const all = [...bead.arabic, ...bead.french];
  return {
    bead,
    arabic: presentSide(bead.arabic, sides.arabic),
    french: presentSide(bead.french, sides.french),
    flags: bead.flags.map(presentFlag),
    level: bead.confidence >= HIGH_CONFIDENCE ? 'high' : bead.confidence >= LOW_CONFIDENCE ? 'medium' : 'low',
    percent: Math.round(bead.confidence * 100),
    boilerplate: all.length > 0 && all.every((s) => s.kind === 'boilerplate'),
  };
}

/** A side's sentences as HTML: flag spans index the aligned sentences joined, boilerplate lines are shown plain. */
function presentSide(sentences: SentenceRow[], highlights: Highlight[]): SentenceView[] {
  const aligned = sentences.filter((s) => ALIGNED_KINDS.includes(s.kind));
  const html = highlightSentences(
    aligned.map((s) => s.text),
    highlights,
  );
  const byId = new Map(aligned.map((s, i) => [s.id, html[i]]));
  return sentences.map((s) => ({ id: s.id, ordinal: s.ordinal, kind: s.kind, lang: s.lang, html: byId.get(s.id) ?? escapeHtml(s.text) }));
}

interface Span {
  start: number;
  end: number;
  text?: string;
}

/** The spans of a flag on each side (kept in its detail by the store). */
function flagSpans(flag: FlagRow): { arabic: Span[]; french: Span[] } {
  const detail = (flag.detail ?? {}) as Record<string, unknown>;
  return { arabic: spanList(detail.arabic), french: spanList(detail.french) };
}

function spanList(value: unknown): Span[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is Span => typeof s === 'object' && s !== null && typeof (s as Span).start === 'number' && typeof (s as Span).end === 'number',
  );
}

/** Keys of a name flag's detail that may hold the usual (expected) spelling, in order of preference. */
const EXPECTED_SPELLING_KEYS = ['accepted', 'expected', 'usual', 'canonical', 'suggestion'];
/** Keys that may hold the spelling found in the French text. */
const FOUND_SPELLING_KEYS = ['found', 'latin', 'spelling'];

function presentFlag(flag: FlagRow): FlagView {
  const view: FlagView = { kind: flag.kind, severity: flag.severity, message: flag.message, messageHtml: isolateArabic(flag.message) };
  if (flag.kind !== 'name') return view;
  const detail = (flag.detail ?? {}) as Record<string, unknown>;
  const expected = firstString(detail, EXPECTED_SPELLING_KEYS);
  const found = firstString(detail, FOUND_SPELLING_KEYS) ?? spanList(detail.french)[0]?.text;
  if (expected && found && expected.toLowerCase() !== found.toLowerCase()) view.nameDiff = letterDiff(expected, found);
  return view;
}

function firstString(detail: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = detail[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  }
  return undefined;
}
