// The bead: which source sentences go with which target sentences. Reads and writes the
// line format sentence aligners share (`[0, 1]:[2]`, as Vecalign and Bertalign write it)
// and checks that the beads of one alignment do not overlap and come in order.
import { InputError } from '../errors';

/** Decimals always printed for a confidence; more are printed when they matter. */
const MIN_CONFIDENCE_DECIMALS = 2;
const MAX_CONFIDENCE_DECIMALS = 4;
/** Problems listed one by one before the rest is summarised as a count. */
const MAX_PROBLEMS_SHOWN = 5;

/**
 * One alignment bead: 0-based sentence numbers of the source and of the target side
 * (either may be empty: a deletion or an insertion), with an optional confidence in [0, 1].
 */
export interface Bead {
  src: number[];
  tgt: number[];
  confidence?: number;
}

/** A confidence with two decimals, or up to four when the extra digits are not zeros. */
function formatConfidence(confidence: number): string {
  const text = confidence.toFixed(MAX_CONFIDENCE_DECIMALS);
  const [whole, decimals] = text.split('.');
  let kept = decimals;
  while (kept.length > MIN_CONFIDENCE_DECIMALS && kept.endsWith('0')) kept = kept.slice(0, -1);
  return `${whole}.${kept}`;
}

/** The DP cells a run of beads passes through, from (0, 0): the sentences consumed after each. */
export function beadPath(beads: readonly Bead[]): [number, number][] {
  const cells: [number, number][] = [[0, 0]];
  let I = 0;
  let J = 0;
  for (const bead of beads) {
    I += bead.src.length;
    J += bead.tgt.length;
    cells.push([I, J]);
  }
  return cells;
}

/** One bead as a line: `[0, 1]:[2]`, with `:0.93` appended when asked and known. */
export function formatBead(bead: Bead, withConfidence = false): string {
  const line = `[${bead.src.join(', ')}]:[${bead.tgt.join(', ')}]`;
  return withConfidence && bead.confidence !== undefined ? `${line}:${formatConfidence(bead.confidence)}` : line;
}

/** Beads as text, one `[0, 1]:[2]` line each (ending with a newline unless empty). */
export function formatBeads(beads: Bead[], withConfidence = false): string {
  return beads.map((bead) => formatBead(bead, withConfidence) + '\n').join('');
}

const BEAD_LINE = /^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*(?::\s*(\S*)\s*)?$/;
const EXPECTED = 'expected a bead such as [0, 1]:[2] or [3]:[] (0-based sentence numbers), optionally followed by :score';

function parseSide(list: string, where: string): number[] {
  const items = list.split(',').map((item) => item.trim());
  if (items.length > 0 && items[items.length - 1] === '') items.pop(); // `[]` or a trailing comma
  return items.map((item) => {
    if (!/^\d+$/.test(item)) throw new InputError(`${where}: '${item}' is not a sentence number; ${EXPECTED}`);
    return Number(item);
  });
}

/**
 * Reads beads written one per line (`[0, 1]:[2]`, `[]` for an empty side, an optional third
 * `:score` field). Spaces and blank lines are tolerated; a score in [0, 1] becomes the bead's
 * confidence (Vecalign writes costs there, which are kept only when they fit that range).
 * A malformed line throws an InputError naming `label`, the line number and the expected form.
 */
export function parseBeads(text: string, label: string): Bead[] {
  const beads: Bead[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${label}, line ${index + 1}`;
    const match = BEAD_LINE.exec(line);
    if (!match) {
      const shown = line.trim().length > 60 ? `${line.trim().slice(0, 57)}...` : line.trim();
      throw new InputError(`${where}: cannot read '${shown}'; ${EXPECTED}`);
    }
    const bead: Bead = { src: parseSide(match[1], where), tgt: parseSide(match[2], where) };
    const score = match[3];
    if (score !== undefined && score !== '') {
      const value = Number(score);
      if (!Number.isFinite(value)) throw new InputError(`${where}: the score '${score}' is not a number; ${EXPECTED}`);
      if (value >= 0 && value <= 1) bead.confidence = value;
    }
    beads.push(bead);
  });
  return beads;
}

/** Options of `checkBeads`. */
export interface BeadCheckOptions {
  /** Number of source sentences: a larger sentence number is a problem. */
  srcCount?: number;
  /** Number of target sentences: a larger sentence number is a problem. */
  tgtCount?: number;
  /** Whether beads must follow each other on both sides (default true; comparable mode is not ordered). */
  ordered?: boolean;
}

/**
 * Problems of one alignment, each a readable sentence naming the bead (1-based, as the
 * line of a bead file): a sentence in two beads, numbers out of order inside a bead or from
 * one bead to the next, a number beyond the document, a bead empty on both sides.
 * An empty list means the beads are sound. Sentences in no bead are not a problem.
 */
export function checkBeads(beads: Bead[], options: BeadCheckOptions = {}): string[] {
  const ordered = options.ordered ?? true;
  const problems: string[] = [];
  const sides = [
    { name: 'source', key: 'src' as const, count: options.srcCount, seen: new Map<number, number>(), last: -1 },
    { name: 'target', key: 'tgt' as const, count: options.tgtCount, seen: new Map<number, number>(), last: -1 },
  ];
  beads.forEach((bead, index) => {
    const beadNo = index + 1;
    if (bead.src.length === 0 && bead.tgt.length === 0) problems.push(`bead ${beadNo} is empty on both sides`);
    for (const side of sides) {
      const numbers = bead[side.key];
      let repeated = false;
      numbers.forEach((n, i) => {
        if (i > 0 && n <= numbers[i - 1]) problems.push(`bead ${beadNo}: ${side.name} sentences ${numbers.join(', ')} are not in increasing order`);
        const previous = side.seen.get(n);
        if (previous !== undefined) {
          problems.push(`${side.name} sentence ${n} is in bead ${previous} and again in bead ${beadNo}`);
          repeated = true;
        } else side.seen.set(n, beadNo);
        if (side.count !== undefined && n >= side.count) problems.push(`bead ${beadNo}: ${side.name} sentence ${n} does not exist (the ${side.name} has ${side.count} sentences, numbered from 0)`);
      });
      if (numbers.length === 0) continue;
      if (ordered && !repeated && numbers[0] <= side.last) {
        problems.push(`bead ${beadNo}: ${side.name} sentence ${numbers[0]} comes before sentence ${side.last} of an earlier bead`);
      }
      side.last = Math.max(side.last, ...numbers);
    }
  });
  return [...new Set(problems)];
}

/** Throws an InputError naming `label` when `checkBeads` finds problems (the first few are listed). */
export function assertValidBeads(beads: Bead[], label: string, options: BeadCheckOptions = {}): void {
  const problems = checkBeads(beads, options);
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ');
  const more = problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more)` : '';
  throw new InputError(`${label}: ${shown}${more}`);
}
