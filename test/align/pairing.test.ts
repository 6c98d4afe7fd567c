import { countedSentences, MAX_PAIRED_SENTENCES, nameWeight, pairDocument, pairDocuments, PairingDocument } from '../../server/align/pairing';
import { ingestDocument } from '../../server/text/ingest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed, readShared } from '../helpers/shared';

/** A report of the repository's sample corpus, ingested. */
function sample(name: string): PairingDocument {
  return { id: name, ...ingestDocument(readFileSync(join(__dirname, '..', '..', 'sample', name))) };
}

function seed(index: number): PairingDocument {
  return { id: String(index).padStart(3, '0'), ...ingestDocument(readSeed(index)) };
}

/** FLORES devtest rows grouped by article, in file order: one French document per article. */
function floresArticles(): { ar: string[]; fr: string[] }[] {
  const [header, ...lines] = readShared('data', 'dev', 'flores200-devtest.ar_fr_en.tsv').split('\n');
  const columns = header.split('\t');
  const articles = new Map<string, { ar: string[]; fr: string[] }>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const article = articles.get(cells[columns.indexOf('doc_url')]) ?? { ar: [], fr: [] };
    article.ar.push(cells[columns.indexOf('ar')]);
    article.fr.push(cells[columns.indexOf('fr')]);
    articles.set(cells[columns.indexOf('doc_url')], article);
  }
  return [...articles.values()];
}

function asDocument(id: string, lang: 'ar' | 'fr', sentences: string[]): PairingDocument {
  return { id, lang, sentences: sentences.map((text, k) => ({ text, kind: k === 0 ? 'title' : 'body' })) };
}

describe('pairDocuments', () => {
  const arabic = seed(3);
  const french = [0, 1, 2, 4].map(seed);

  it('takes an ingested report as it is, counting its title, body and caption sentences only', () => {
    const counted = countedSentences(french[0]);
    expect(counted[0]).toBe('Abdellatif Hammouchi reçoit le chef du service de police de l’ONU');
    expect(counted).not.toContain('عبد اللطيف حموشي وفيصل شهكار'); // an Arabic caption in a French report
    expect(countedSentences(french[1]).join(' ')).not.toMatch(/Mouna Aghlal/); // related articles
  });

  it('returns one scored pairing per French report, best first, with the numbers shared and their texts on both sides', () => {
    const ranking = pairDocuments(arabic, french);
    expect(ranking.map((p) => p.id).sort()).toEqual(['000', '001', '002', '004']);
    for (let k = 1; k < ranking.length; k++) expect(ranking[k - 1].score).toBeGreaterThanOrEqual(ranking[k].score);
    const withSeminar = ranking.find((p) => p.id === '000');
    const session = withSeminar?.evidence.numbers.find((n) => n.value === '93');
    expect(session?.src.join(' ')).toMatch(/93/);
    expect(session?.tgt.join(' ')).toMatch(/93/);
  });

  it('ranks 000 (the same meeting) first, then the 43-meetings reports 001 and 002, then the speech 004', () => {
    const ranking = pairDocuments(arabic, french);
    expect(ranking.map((p) => p.id)).toEqual(['000', '001', '002', '004']);
    const [best] = ranking;
    // the meeting's day in both texts, as an event date
    expect(best.evidence.dates).toContainEqual(
      expect.objectContaining({ value: '2025-11-25', role: 'event', src: ['الثلاثاء 25 نونبر 2025'], tgt: ['mardi 25 novembre'] }),
    );
    // the UN police chief, matched across scripts, and Hammouchi counted once
    const names = best.evidence.names;
    expect(names.find((n) => n.src.includes('فيصل شهكار'))?.tgt).toContain('Faisal Shahkar');
    expect(names.filter((n) => n.tgt.some((t) => /Hammouchi/.test(t)))).toHaveLength(1);
    // 002 spells him Abdelatif Hammouchi in the text: still the same person
    const in002 = ranking.find((p) => p.id === '002')?.evidence.names.find((n) => n.src.includes('عبد اللطيف حموشي'));
    expect(in002?.tgt).toContain('Abdelatif Hammouchi');
    for (const pairing of ranking) expect(pairing.relation).toBe('same-event');
  });

  it('ranks the retellings of the Interpol assembly above an unrelated article', () => {
    const unrelated = floresArticles()[0];
    const ranking = pairDocuments(arabic, [...french, asDocument('flores', 'fr', unrelated.fr)]);
    expect(ranking[ranking.length - 1]).toMatchObject({ id: 'flores', relation: 'unrelated' });
  });

  it('tells a translation (FLORES articles in both languages) from an article on another story', () => {
    const articles = floresArticles().slice(0, 4);
    const ar = asDocument('ar', 'ar', articles.flatMap((a) => a.ar));
    const fr = asDocument('fr', 'fr', articles.flatMap((a) => a.fr));
    const other = asDocument('other', 'fr', floresArticles().slice(10, 14).flatMap((a) => a.fr));
    const [translation, unrelated] = pairDocuments(ar, [other, fr]);
    expect(translation).toMatchObject({ id: 'fr', relation: 'translation' });
    expect(translation.evidence.order).toBe(1);
    expect(unrelated).toMatchObject({ id: 'other', relation: 'unrelated' });
  });

  it('judges a long translation on its first sentences instead of refusing to score every pair', () => {
    // 600 × 600 sentences is over comparable mode's limit of scored pairs.
    const articles = floresArticles();
    const ar = asDocument('ar', 'ar', articles.flatMap((a) => a.ar).slice(0, 600));
    const fr = asDocument('fr', 'fr', articles.flatMap((a) => a.fr).slice(0, 600));
    const [pairing] = pairDocuments(ar, [fr]);
    expect(pairing.relation).toBe('translation');
    expect(pairing.evidence.beads.every((bead) => [...bead.src, ...bead.tgt].every((k) => k < MAX_PAIRED_SENTENCES))).toBe(true);
  });

  it('does not pair a water forum in Essaouira with the Interpol assembly on Morocco, Africa and Europe alone', () => {
    const forum = sample('forum-eau-ar.txt');
    const ranking = pairDocuments(forum, [...french, sample('forum-eau-fr.txt')]);
    expect(ranking[0]).toMatchObject({ id: 'forum-eau-fr.txt', relation: 'translation' });
    const interpol = ranking.filter((p) => p.id !== 'forum-eau-fr.txt');
    for (const pairing of interpol) expect(pairing.relation).toBe('unrelated');
    const with001 = interpol.find((p) => p.id === '001');
    // the shared places are there, but weigh less than a person's name
    expect(with001?.evidence.names.map((n) => n.tgt[0]).sort()).toEqual(['Afrique', 'Europe', 'Maroc']);
    for (const name of with001?.evidence.names ?? []) expect(name.weight).toBeLessThan(1);
  });

  it('weighs a shared name by how specific it is: a person, then a city or an organisation, then a country, then a continent', () => {
    expect(nameWeight(undefined)).toBeGreaterThan(nameWeight('city:marrakech'));
    expect(nameWeight('org:interpol')).toBeGreaterThan(nameWeight('country:MA'));
    expect(nameWeight('country:MA')).toBeGreaterThan(nameWeight('continent:africa'));
  });

  it('leaves page furniture (boilerplate, metadata) out of the comparison', () => {
    const doc: PairingDocument = {
      id: 'x',
      lang: 'fr',
      sentences: [
        { text: 'La 93e session s’est ouverte.', kind: 'body' },
        { text: 'Mouna Aghlal - 12 janvier 2026 - 196 articles', kind: 'boilerplate' },
      ],
    };
    expect(countedSentences(doc)).toEqual(['La 93e session s’est ouverte.']);
    const pairing = pairDocument(arabic, doc);
    expect(pairing.evidence.numbers.map((n) => n.value)).toEqual(['93']);
  });
});
