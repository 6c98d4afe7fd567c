// Tokenising by chunks (each distinct run between spaces and punctuation keyed once) must
// give exactly the stems of keying the whole sentence and cutting it into words.
import { arabicStem, ChunkTable, chunkStems, forEachChunk, frenchStem, tokenize } from '../../server/align/lexicon';
import { prepareSide, sentenceStems } from '../../server/align/scoring';
import { arabicKey, latinKey } from '../../server/text/normalize';
import { readSeed, readShared } from '../helpers/shared';

/** The stems of a sentence keyed whole, then cut at every character that is not a letter, mark or digit. */
function wholeSentenceStems(text: string, lang: 'ar' | 'fr'): string[] {
  const keyed = lang === 'ar' ? latinKey(arabicKey(text)) : latinKey(text);
  return [...keyed.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].flatMap((match) => chunkStems(match[0], 'fr'));
}

describe('tokenising by chunks', () => {
  const [header, ...rows] = readShared('data', 'dev', 'flores200-devtest.ar_fr_en.tsv').split('\n');
  const columns = header.split('\t');
  const flores = rows.filter((row) => row.trim() !== '').map((row) => row.split('\t'));
  const arabic = [...readSeed(3).split('\n'), ...flores.map((cells) => cells[columns.indexOf('ar')])].filter((line) => line.trim() !== '');
  const french = [0, 1, 2, 4].flatMap((k) => readSeed(k).split('\n')).concat(flores.map((cells) => cells[columns.indexOf('fr')])).filter((line) => line.trim() !== '');

  it('gives the stems of the whole-sentence key on real Arabic and French sentences', () => {
    expect(arabic.length).toBeGreaterThan(1000);
    for (const line of arabic) expect(tokenize(line, 'ar')).toEqual(wholeSentenceStems(line, 'ar'));
    for (const line of french) expect(tokenize(line, 'fr')).toEqual(wholeSentenceStems(line, 'fr'));
  });

  it('gives the same stems where keying acts across characters (marks, invisible joiners, final sigma, ≮)', () => {
    const tricky = [
      'Cafe\u0301 , \u0301e de\u0301ja\u0300 l\u2019homme Œuvre STRAßE',
      'ΟΔΟΣ, ΟΔΟΣ.ΟΔΟΣ ΑΣ\u2019Α ΣΑ',
      'a <\u0338 b =\u0338 c >\u0338 d',
      'mot\u200Bmot \u200C mot\u00ADmot \uFEFFmot',
      'الـمـغـرب \u200Fو\u200Fالمغرب ، مُرَّاكُش؟ ٢٠٢٥ ۱۲',
      'İstanbul `quote´ x\u00A0y «guillemets» a—b c–d',
    ];
    for (const line of tricky) {
      expect(tokenize(line, 'fr')).toEqual(wholeSentenceStems(line, 'fr'));
      expect(tokenize(line, 'ar')).toEqual(wholeSentenceStems(line, 'ar'));
    }
  });

  it('cuts at spaces and punctuation but keeps apostrophes and points inside a chunk', () => {
    const chunks: string[] = [];
    forEachChunk("L'Interpol, à Marrakech (2025) : 3.5\u00A0%", (chunk) => chunks.push(chunk));
    expect(chunks).toEqual(["L'Interpol", 'à', 'Marrakech', '2025', ':', '3.5']);
  });

  it('numbers chunks as a Map from each cut-out chunk would, past many table growths', () => {
    const table = new ChunkTable();
    const numbers = new Map<string, number>();
    for (const line of [...arabic, ...french]) {
      const expected: number[] = [];
      forEachChunk(line, (chunk) => {
        if (!numbers.has(chunk)) numbers.set(chunk, numbers.size);
        expected.push(numbers.get(chunk) ?? -1);
      });
      const seen: number[] = [];
      table.forEachChunk(line, (chunk) => seen.push(chunk));
      expect(seen).toEqual(expected);
    }
    expect(numbers.size).toBeGreaterThan(16384);
    expect(table.chunks).toEqual([...numbers.keys()]);
  });

  it('prepares a side with the same stems as tokenising each sentence', () => {
    const side = prepareSide(arabic.slice(0, 300), 'ar');
    arabic.slice(0, 300).forEach((line, i) => expect(sentenceStems(side, i)).toEqual(tokenize(line, 'ar')));
    expect(tokenize('والمغرب', 'ar')).toEqual([arabicStem('مغرب')]);
    expect(tokenize('Marrakech', 'fr')).toEqual([frenchStem('marrakech')]);
  });
});
