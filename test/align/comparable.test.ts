import { checkBeads, formatBeads, parseBeads } from '../../server/align/beads';
import { scoreAlignments } from '../../server/align/evaluate';
import { alignComparable, alignerScorer, MAX_SCORED_PAIRS, PairSimilarity } from '../../server/align/comparable';
import { countedSentences } from '../../server/align/pairing';
import { ingestDocument } from '../../server/text/ingest';
import { InputError } from '../../server/errors';
import { readSeed, readShared } from '../helpers/shared';

/** A similarity read from a matrix written row by row (source sentence × target sentence). */
function fromMatrix(rows: number[][]): PairSimilarity {
  return (i, j) => rows[i][j];
}

const names = (count: number): string[] => Array.from({ length: count }, (_, k) => `s${k}`);

/** FLORES devtest rows (Arabic, French) by their 1-based index. */
function floresRows(indices: number[]): { ar: string; fr: string }[] {
  const [header, ...lines] = readShared('data', 'dev', 'flores200-devtest.ar_fr_en.tsv').split('\n');
  const columns = header.split('\t');
  const byIndex = new Map(lines.map((line) => line.split('\t')).map((cells) => [Number(cells[columns.indexOf('idx')]), cells]));
  return indices.map((index) => {
    const cells = byIndex.get(index);
    if (!cells) throw new Error(`no FLORES row ${index}`);
    return { ar: cells[columns.indexOf('ar')], fr: cells[columns.indexOf('fr')] };
  });
}

describe('alignComparable', () => {
  it('links pairs one to one, best first, in any order, and leaves unpaired sentences out', () => {
    const similarity = fromMatrix([
      [0.1, 0.0, 0.8, 0.1],
      [0.7, 0.1, 0.0, 0.0],
      [0.1, 0.1, 0.1, 0.15],
    ]);
    const beads = alignComparable(names(3), names(4), { similarity });
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [2]],
      [[1], [0]],
    ]);
    expect(checkBeads(beads, { srcCount: 3, tgtCount: 4, ordered: false })).toEqual([]);
    expect(checkBeads(beads, { ordered: true })).not.toEqual([]);
    for (const bead of beads) expect(bead.confidence).toBeGreaterThan(0.5);
  });

  it('gives a sentence to its best partner only: the runner-up stays unpaired', () => {
    // source 0 and 1 both resemble target 0; source 1 has nothing else
    const similarity = fromMatrix([
      [0.9, 0.1],
      [0.5, 0.0],
    ]);
    expect(alignComparable(names(2), names(2), { similarity }).map((b) => [b.src, b.tgt])).toEqual([[[0], [0]]]);
  });

  it('drops a pair too close to a free rival, and grows confidence with the margin', () => {
    const close = fromMatrix([
      [0.45, 0.44],
      [0.0, 0.0],
    ]);
    expect(alignComparable(names(2), names(2), { similarity: close })).toEqual([]);
    expect(alignComparable(names(2), names(2), { similarity: close, margin: 0 })).toHaveLength(1);
    const [near] = alignComparable(names(2), names(2), { similarity: fromMatrix([[0.45, 0.4], [0, 0]]) });
    const [clear] = alignComparable(names(2), names(2), { similarity: fromMatrix([[0.45, 0.1], [0, 0]]) });
    expect(near.confidence).toBeLessThan(clear.confidence);
  });

  it('takes a 1-2 bead when the merged span scores clearly better than the 1-1 bead', () => {
    const similarity = fromMatrix([
      [0.1, 0.5, 0.4],
      [0.6, 0.0, 0.0],
    ]);
    const spanSimilarity = (src: readonly number[], tgt: readonly number[]): number =>
      src.join() === '0' && tgt.join() === '1,2' ? 0.8 : src.length === 1 && tgt.length === 1 ? similarity(src[0], tgt[0]) : 0;
    const beads = alignComparable(names(2), names(3), { similarity, spanSimilarity });
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [1, 2]],
      [[1], [0]],
    ]);
    const noGain = alignComparable(names(2), names(3), { similarity, spanSimilarity: (s, t) => (t.length === 2 ? 0.52 : similarity(s[0], t[0])) });
    expect(noGain.map((b) => b.tgt)).toEqual([[1], [0]]);
  });

  it('writes beads that the bead reader takes back', () => {
    const beads = alignComparable(names(2), names(2), { similarity: fromMatrix([[0, 0.9], [0.8, 0]]) });
    expect(formatBeads(beads)).toBe('[0]:[1]\n[1]:[0]\n');
    expect(parseBeads(formatBeads(beads, true), 'test').map((b) => b.tgt)).toEqual([[1], [0]]);
  });

  it('refuses inputs with more sentence pairs than it scores, saying what to do', () => {
    const side = Math.ceil(Math.sqrt(MAX_SCORED_PAIRS)) + 1;
    const call = (): unknown => alignComparable(names(side), names(side), { similarity: () => 0 });
    expect(call).toThrow(InputError);
    expect(call).toThrow(/split the documents/);
  });

  it('finds FLORES sentences after the French side is shuffled and thinned, and eval scores such beads', () => {
    // Brzezinski (18-20) and Ring (6-10) articles; French in another order, two sentences dropped
    const rows = floresRows([18, 19, 20, 6, 7, 8, 9, 10]);
    const ar = rows.map((r) => r.ar);
    const frOrder = [5, 2, 7, 1, 3, 0]; // row positions of the French sentences
    const fr = frOrder.map((k) => rows[k].fr);
    const beads = alignComparable(ar, fr, { srcLang: 'ar', tgtLang: 'fr' });
    const found = beads.map((b) => [b.src, b.tgt.map((j) => frOrder[j])]);
    // every pair found is right, and most translations are found
    for (const [src, rowsOfTgt] of found) expect(rowsOfTgt).toEqual(src);
    expect(found.length).toBeGreaterThanOrEqual(4);
    const gold = [0, 1, 2, 3, 5, 7].map((row) => ({ src: [row], tgt: [frOrder.indexOf(row)] }));
    expect(scoreAlignments([gold], [beads]).strict.precision).toBe(1);
  });

  it('pairs the sentences of the Arabic report 003 that the French report 000 retells, in its order', () => {
    const ar = countedSentences({ id: '003', ...ingestDocument(readSeed(3)) });
    const fr = countedSentences({ id: '000', ...ingestDocument(readSeed(0)) });
    const beads = alignComparable(ar, fr, alignerScorer(ar, fr, { srcLang: 'ar', tgtLang: 'fr' }));
    const pairOf = (i: number): string[] => (beads.find((b) => b.src.includes(i))?.tgt ?? []).map((j) => fr[j]);
    // the UN under-secretary's wish to strengthen cooperation with Morocco's police
    expect(ar[2]).toMatch(/رغبة الأمين العام للأمم المتحدة/);
    expect(pairOf(2).join(' ')).toMatch(/volonté du Secrétaire général de l’ONU/);
    // the bilateral meetings: اجتماعات ثنائية = réunions bilatérales
    expect(ar[4]).toMatch(/اجتماعات ثنائية/);
    expect(pairOf(4).join(' ')).toMatch(/réunions bilatérales/);
    // the police officers' languages and field experience
    expect(pairOf(3).join(' ')).toMatch(/maîtrise des langues/);
  });

  it('pairs the UN peacekeeping sentence of 003 with its retelling in 002, out of order', () => {
    const ar = countedSentences({ id: '003', ...ingestDocument(readSeed(3)) });
    const fr = countedSentences({ id: '002', ...ingestDocument(readSeed(2)) });
    const beads = alignComparable(ar, fr, { srcLang: 'ar', tgtLang: 'fr' });
    const bead = beads.find((b) => b.src.includes(2));
    expect(bead?.tgt.map((j) => fr[j]).join(' ')).toMatch(/maintien de la paix/);
    expect(bead?.tgt[0]).toBeGreaterThan(5); // the Arabic report's third sentence, the French one's ninth
  });

  it('pairs the meeting with the UN police chief and the bilateral meetings of 003 with their retellings in 001, by their shared names and numbers', () => {
    const ar = countedSentences({ id: '003', ...ingestDocument(readSeed(3)) });
    const fr = countedSentences({ id: '001', ...ingestDocument(readSeed(1)) });
    const beads = alignComparable(ar, fr, { srcLang: 'ar', tgtLang: 'fr' });
    const pairOf = (i: number): string => (beads.find((b) => b.src.includes(i))?.tgt ?? []).map((j) => fr[j]).join(' ');
    // Hammouchi receives Faisal Shahkar, the UN police chief: the photo caption tells it
    expect(ar[1]).toMatch(/فيصل شهكار/);
    expect(pairOf(1)).toMatch(/rencontre à Marrakech avec Faisal Shahkar/);
    // the series of bilateral meetings with the delegations at the Interpol session: the 43 meetings
    expect(ar[4]).toMatch(/سلسلة اجتماعات ثنائية/);
    expect(pairOf(4)).toMatch(/43 rencontres bilatérales/);
    // nothing paired with the memorandums signed with Norway and Spain, which 003 does not tell
    expect(beads.flatMap((b) => b.tgt).map((j) => fr[j]).join(' ')).not.toMatch(/mémorandums/);
  });
});
