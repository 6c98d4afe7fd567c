// The cross-script name matcher on the names of the seed reports and on common Maghrebi
// and Middle-Eastern names: same name, accepted variant, or another name, with the letters named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignName, matchName } from '../../server/anchors/name-match';

describe('matchName', () => {
  it.each([
    ['حموشي', 'Hammouchi'],
    ['عبد اللطيف', 'Abdellatif'],
    ['عبد اللطيف', 'Abdel Latif'],
    ['عبد اللطيف', 'Abdul Latif'],
    ['فيصل شهكار', 'Faisal Shahkar'],
    ['أحمد ناصر الريسي', 'Ahmed Nasser Al-Raisi'],
    ['عبد اللطيف حموشي', 'Abdellatif Hammouchi'],
    ['محمد', 'Mohammed'],
    ['محمد', 'Mohamed'],
    ['محمد', 'Mohamad'],
    ['محمد', 'Muhammad'],
    ['عبد الرحمن', 'Abderrahmane'],
    ['أخنوش', 'Akhannouch'],
    ['العثماني', 'El Othmani'],
    ['يوسف', 'Youssef'],
    ['مراكش', 'Marrakech'],
  ])('%s ~ %s is the same name', (arabic, latin) => {
    const match = matchName(arabic, latin);
    expect(match.verdict).toBe('same');
    expect(match.score).toBeGreaterThan(0.8);
  });

  it('explains a match letter by letter', () => {
    expect(matchName('حموشي', 'Hammouchi').explanation).toBe('ح h, م mm, و ou, ش ch, ي i');
  });

  it.each([
    ['حموشي', 'Hamouchi'],
    ['عبد اللطيف', 'Abdelatif'],
  ])('%s ~ %s (one doubled letter fewer) is not another name', (arabic, latin) => {
    expect(['same', 'variant']).toContain(matchName(arabic, latin).verdict);
  });

  it('asks for a doubled consonant where the Arabic writes a shadda', () => {
    expect(matchName('حمّوشي', 'Hammouchi').verdict).toBe('same');
    const single = matchName('حمّوشي', 'Hamouchi');
    expect(single.verdict).toBe('variant');
    expect(single.explanation).toContain('not doubled');
  });

  it('calls a vowel written otherwise a variant and says which letter', () => {
    const match = matchName('حموشي', 'Hammoucha');
    expect(match.verdict).toBe('variant');
    expect(match.explanation).toContain('ي written as a');
  });

  it('flags Hmouzi for حموشي: ش written as z', () => {
    const match = matchName('حموشي', 'Hmouzi');
    expect(match.verdict).toBe('different');
    expect(match.explanation).toContain('ش written as z');
    expect(match.score).toBeLessThan(0.5);
  });

  // Names of the shared data (FLORES, UN corpus) rendered with the habits of their own language.
  it.each([
    ['سيمبسونز', 'Simpsons', 'ز written as s'],
    ['أخيم', 'Achim', 'خ written as ch'],
    ['باكمان', 'Bachmann', 'ك written as ch'],
    ['فرساتشي', 'Versace', 'ش written as c'],
    ['لوهانسك', 'Lougansk', 'ه written as g'],
    ['عشق أباد', 'Achgabat', 'د written as t'],
    ['بيجين', 'Beijing', 'ن written as ng'],
  ])('calls %s ~ %s a variant: %s (less usual)', (arabic, latin, explanation) => {
    const match = matchName(arabic, latin);
    expect(match.verdict).toBe('variant');
    expect(match.explanation).toContain(`${explanation} (less usual)`);
  });

  it('takes s for ش only before a consonant (Aerosmith), so Sakib for Chakib is still another name', () => {
    expect(matchName('إيروسميث', 'Aerosmith').verdict).not.toBe('different');
    expect(matchName('إيروشميث', 'Aerosmith').verdict).toBe('variant');
    expect(matchName('شكيب', 'Sakib')).toMatchObject({ verdict: 'different', explanation: 'ش written as s' });
  });

  it('reads Romanian ş and Slavic č as sh and ch (FLORES: Chişinău كيشيناو, Timişoara)', () => {
    expect(matchName('تيميشوارا', 'Timişoara').verdict).toBe('same');
    expect(matchName('كيشيناو', 'Chişinău').verdict).not.toBe('different');
    expect(matchName('روغاتش', 'Rogač').verdict).toBe('same');
  });

  it('tells confusable given names apart', () => {
    const match = matchName('محمد', 'Mahmoud');
    expect(match.verdict).toBe('different');
    expect(match.explanation).toContain('محمود');
    expect(matchName('حسن', 'Hussein').verdict).toBe('different');
    expect(matchName('حسين', 'Hussein').verdict).toBe('same');
    expect(matchName('محمود', 'Mahmoud').verdict).toBe('same');
  });

  it('rejects unrelated names with a low score', () => {
    for (const [arabic, latin] of [
      ['حموشي', 'Benkirane'],
      ['فيصل شهكار', 'Abdellatif Hammouchi'],
      ['أحمد ناصر الريسي', 'Håkon Skulstad'],
    ]) {
      const match = matchName(arabic, latin);
      expect(match.verdict).toBe('different');
      expect(match.score).toBeLessThan(0.1);
    }
  });

  it('answers on empty or foreign input instead of failing', () => {
    expect(matchName('', 'Hammouchi')).toEqual({ verdict: 'different', score: 0, explanation: 'no Arabic letters to compare' });
    expect(matchName('حموشي', '—')).toEqual({ verdict: 'different', score: 0, explanation: 'no Latin letters to compare' });
  });

  it('ignores harakat, tatweel and presentation forms', () => {
    expect(matchName('حَمُّوشِي', 'Hammouchi').verdict).toBe('same');
    expect(matchName('حمـوشي', 'Hammouchi').verdict).toBe('same');
  });

  const fixture = (name: string): string[][] =>
    readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t'));

  it('accepts at least 97 % of the listed French spellings of real names', () => {
    const rows = fixture('names.tsv');
    expect(rows.length).toBeGreaterThan(150);
    const accepted = rows.filter(([arabic, latin]) => matchName(arabic, latin).verdict !== 'different');
    expect(accepted.length / rows.length).toBeGreaterThanOrEqual(0.97);
  });

  it('accepts at least 97 % of the Arabic names found in the development data', () => {
    const rows = fixture('names-mined.tsv').filter(([, , origin]) => origin === 'arabic');
    expect(rows.length).toBeGreaterThan(50);
    const accepted = rows.filter(([arabic, latin]) => matchName(arabic, latin).verdict !== 'different');
    expect(accepted.length / rows.length).toBeGreaterThanOrEqual(0.97);
  });

  it.each([
    ['عبد القادر', 'Abdelkaber', 'د written as b'],
    ['بنكيران', 'Benkiraze', 'ن written as z'],
    ['أخنوش', 'Akhannouf', 'ش written as f'],
    ['بوريطة', 'Boulita', 'ر written as l'],
    ['خديجة', 'Khadima', 'ج written as m'],
  ])('flags %s ~ %s: %s', (arabic, latin, explanation) => {
    const match = matchName(arabic, latin);
    expect(match.verdict).toBe('different');
    expect(match.explanation).toBe(explanation);
  });

  it('aligns every Arabic letter exactly once', () => {
    const steps = alignName('عبد اللطيف حموشي', 'Abdellatif Hammouchi').steps;
    const arabicLetters = steps.filter((s) => s.arabic && s.arabic !== ' ').map((s) => s.arabic).join('');
    expect(arabicLetters).toBe('عبداللطيفحموشي');
  });
});
