// The sentence aligner on real sentences: every bead shape, fixed beads, empty and
// one-sided documents, one sentence, thousands of lines, another language pair, and the
// seed reports (Arabic 003 against French 000).
import { alignSentences } from '../../server/align/align';
import { Bead, checkBeads } from '../../server/align/beads';
import { scoreAlignments } from '../../server/align/evaluate';
import { damage } from '../../server/align/synthetic';
import { buildAlignmentContext, sentenceSimilarity } from '../../server/align/scoring';
import { readSeed, readShared } from '../helpers/shared';

/** FLORES rows (Arabic, French, English) in file order. */
function flores(): { ar: string; fr: string; en: string }[] {
  const [header, ...lines] = readShared('data', 'dev', 'flores200-devtest.ar_fr_en.tsv').split('\n');
  const columns = header.split('\t');
  return lines.filter((l) => l.trim() !== '').map((line) => {
    const cells = line.split('\t');
    return { ar: cells[columns.indexOf('ar')], fr: cells[columns.indexOf('fr')], en: cells[columns.indexOf('en')] };
  });
}

const rows = flores();
const key = (bead: Bead): string => `${bead.src.join(',')}:${bead.tgt.join(',')}`;
const keys = (beads: Bead[]): string[] => beads.map(key);
const ar = (k: number): string => rows[k].ar;
const fr = (k: number): string => rows[k].fr;

describe('alignSentences', () => {
  it('finds 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1 beads', () => {
    const src = [ar(0), ar(1), `${ar(2)} ${ar(3)}`, ar(4), ar(5), ar(6), `${ar(7)} ${ar(8)}`, ar(9), ar(10), `${ar(11)} ${ar(12)} ${ar(13)}`, ar(14), ar(15), ar(16), ar(17), ar(18)];
    const tgt = [fr(0), fr(2), fr(3), `${fr(4)} ${fr(5)}`, fr(6), fr(7), `${fr(8)} ${fr(9)}`, fr(10), fr(11), fr(12), fr(13), `${fr(14)} ${fr(15)} ${fr(16)}`, fr(17), fr(18), fr(19)];
    const beads = alignSentences(src, tgt, { srcLang: 'ar', tgtLang: 'fr' });
    expect(checkBeads(beads, { srcCount: src.length, tgtCount: tgt.length })).toEqual([]);
    expect(keys(beads)).toEqual(
      expect.arrayContaining(['0:0', '1:', '2:1,2', '3,4:3', '5:4', '6,7:5,6', '8:7', '9:8,9,10', '10,11,12:11', '13:12', '14:13', ':14']),
    );
    for (const bead of beads) expect(bead.confidence).toBeGreaterThanOrEqual(0);
    for (const bead of beads) expect(bead.confidence).toBeLessThanOrEqual(1);
  });

  it('keeps fixed beads exactly and aligns the rest around them', () => {
    const src = [ar(20), ar(21), ar(22), ar(23), ar(24)];
    const tgt = [fr(20), fr(21), fr(22), fr(23), fr(24)];
    const fixed: Bead[] = [{ src: [1], tgt: [2] }, { src: [3], tgt: [] }];
    const beads = alignSentences(src, tgt, { srcLang: 'ar', tgtLang: 'fr', fixed });
    expect(checkBeads(beads, { srcCount: 5, tgtCount: 5 })).toEqual([]);
    expect(keys(beads)).toEqual(expect.arrayContaining(['1:2', '3:', '0:0', '4:4']));
    const covered = beads.flatMap((b) => b.src).sort();
    expect(covered).toEqual([0, 1, 2, 3, 4]);
    expect(beads.find((b) => key(b) === '1:2')?.confidence).toBe(1);
  });

  it('refuses fixed beads that overlap', () => {
    expect(() => alignSentences([ar(0), ar(1)], [fr(0), fr(1)], { srcLang: 'ar', tgtLang: 'fr', fixed: [{ src: [0], tgt: [0] }, { src: [0], tgt: [1] }] })).toThrow(
      /fixed beads: source sentence 0 is in bead 1 and again in bead 2/,
    );
  });

  it('handles empty, one-sided and one-sentence documents', () => {
    expect(alignSentences([], [], { srcLang: 'ar', tgtLang: 'fr' })).toEqual([]);
    expect(keys(alignSentences([], [fr(0), fr(1)], { srcLang: 'ar', tgtLang: 'fr' }))).toEqual([':0', ':1']);
    expect(keys(alignSentences([ar(0)], [], { srcLang: 'ar', tgtLang: 'fr' }))).toEqual(['0:']);
    const one = alignSentences([ar(30)], [fr(30)], { srcLang: 'ar', tgtLang: 'fr' });
    expect(keys(one)).toEqual(['0:0']);
  });

  // 884 × 891 sentences after damage: aligned in a band around a guide path.
  const thousands = damage(rows.slice(0, 1000).map((r) => [r.ar, r.fr] as const), { seed: 5 });
  let thousandsBeads: Bead[] | undefined;
  const alignThousands = (): Bead[] => (thousandsBeads ??= alignSentences(thousands.src, thousands.tgt, { srcLang: 'ar', tgtLang: 'fr' }));

  it('aligns thousands of lines with dropped and merged sentences', () => {
    const pair = thousands;
    const beads = alignThousands();
    expect(checkBeads(beads, { srcCount: pair.src.length, tgtCount: pair.tgt.length })).toEqual([]);
    expect(beads.flatMap((b) => b.src)).toHaveLength(pair.src.length);
    expect(beads.flatMap((b) => b.tgt)).toHaveLength(pair.tgt.length);
    expect(scoreAlignments([pair.gold], [beads]).strict.f1).toBeGreaterThan(0.9);
  }, 120_000);

  it('widens the band where the best path runs along its edge: a band too narrow ends with the beads of the default one', () => {
    // In a band of radius 1 the path strays onto its edge at a few places, realigned there in a wider band.
    const narrow = alignSentences(thousands.src, thousands.tgt, { srcLang: 'ar', tgtLang: 'fr', bandRadius: 1 });
    expect(checkBeads(narrow, { srcCount: thousands.src.length, tgtCount: thousands.tgt.length })).toEqual([]);
    expect(keys(narrow)).toEqual(keys(alignThousands()));
  }, 120_000);

  it('falls back to length and shared tokens for other language pairs', () => {
    const pair = damage(rows.slice(100, 160).map((r) => [r.en, r.fr] as const), { seed: 3 });
    const beads = alignSentences(pair.src, pair.tgt, { srcLang: 'other', tgtLang: 'fr' });
    expect(checkBeads(beads, { srcCount: pair.src.length, tgtCount: pair.tgt.length })).toEqual([]);
    expect(scoreAlignments([pair.gold], [beads]).strict.f1).toBeGreaterThan(0.8);
  });

  it('aligns the body of seed 003 (Arabic) with seed 000 (French)', () => {
    const body = (text: string, first: string, skip: string[] = []): string[] => {
      const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      return lines.slice(lines.findIndex((l) => l.startsWith(first))).filter((l) => !skip.some((s) => l.startsWith(s)));
    };
    const arabic = body(readSeed(3), 'استقبل المدير العام');
    const french = body(readSeed(0), 'Le directeur général de la Sûreté nationale et de la Surveillance du territoire, Abdellatif Hammouchi, a reçu', ['AG d\'Interpol à Marrakech.']);
    const beads = alignSentences(arabic, french, { srcLang: 'ar', tgtLang: 'fr' });
    const opening = arabic.findIndex((l) => l.startsWith('وكانت مدينة مراكش'));
    const security = arabic.findIndex((l) => l.startsWith('وعرفت المدينة تعبئة أمنية'));
    expect(french[0]).toMatch(/a reçu, ce mardi 25 novembre/);
    expect(french[1]).toMatch(/^En marge de la 93ème/);
    expect(keys(beads)).toEqual(expect.arrayContaining(['0:0,1', `${opening}:`]));
  });

  // The security paragraph shares generic words (تعزيز/renforcer, أمن/sécurité) with the
  // French closing paragraph, far fewer than this pair's real translations share.
  it('leaves the security paragraph of seed 003 without a French counterpart', () => {
    const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const arabic = lines(readSeed(3)).slice(1);
    const french = lines(readSeed(0)).filter((l) => !l.startsWith("AG d'Interpol")).slice(4);
    const beads = alignSentences(arabic, french, { srcLang: 'ar', tgtLang: 'fr' });
    const security = arabic.findIndex((l) => l.startsWith('وعرفت المدينة تعبئة أمنية'));
    expect(keys(beads)).toContain(`${security}:`);
  });
});

describe('sentenceSimilarity', () => {
  it('scores a translation above a sentence of another article', () => {
    const context = buildAlignmentContext([ar(40), ar(41)], [fr(40), fr(41), fr(300)], { srcLang: 'ar', tgtLang: 'fr' });
    const right = sentenceSimilarity(context, 0, 0);
    const wrong = sentenceSimilarity(context, 0, 2);
    expect(right.score).toBeGreaterThan(wrong.score);
    expect(right.lexical).toBeGreaterThan(0.1);
    expect(sentenceSimilarity(context, [0, 1], [0, 1]).score).toBeGreaterThan(0.5);
  });
});
