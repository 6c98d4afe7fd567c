// Test helper: rows of the shared parallel data found by a snippet of their Arabic side, and
// the values a checker compares on each side (numbers outside dates, list numbers left out).
import { extractAnchors } from '../../server/anchors';
import { Lang } from '../../server/text/types';
import { readShared } from '../helpers/shared';

const FILES = { unpc: 'unpc-dev.ar_fr_en.tsv', flores: 'flores200-devtest.ar_fr_en.tsv' } as const;

/** The Arabic and French of the first row of a corpus whose Arabic contains the snippet. */
export function parallelRow(corpus: keyof typeof FILES, arabicSnippet: string): { ar: string; fr: string } {
  const [header, ...lines] = readShared('data', 'dev', FILES[corpus]).split('\n');
  const columns = header.split('\t');
  const line = lines.find((l) => l.includes(arabicSnippet));
  if (!line) throw new Error(`no ${corpus} row contains ${arabicSnippet}`);
  const cells = line.split('\t');
  return { ar: cells[columns.indexOf('ar')], fr: cells[columns.indexOf('fr')] };
}

/** Sorted number values (outside dates, without list numbers) and date values of a text. */
export function comparedValues(text: string, lang: Lang): { numbers: number[]; dates: string[] } {
  const anchors = extractAnchors(text, lang);
  const numbers: number[] = [];
  const dates: string[] = [];
  for (const a of anchors) {
    if (a.kind === 'number' && !a.listNumber) numbers.push(a.value);
    if (a.kind === 'date') dates.push(a.value);
  }
  return { numbers: numbers.sort((x, y) => x - y), dates: dates.sort() };
}
