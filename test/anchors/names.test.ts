// Name candidates in the seed reports, translated places with shared entities, and the
// Arabic counterpart of a Latin name.
import { extractNames, findArabicCounterpart } from '../../server/anchors/names';
import { findPlaces, placeEntity } from '../../server/anchors/places';
import { readSeed } from '../helpers/shared';

const people = (text: string, lang: 'ar' | 'fr'): string[] => extractNames(text, lang).filter((n) => !n.entity).map((n) => n.text);

describe('extractNames in French', () => {
  it('finds the people of seed 000 and no title, month or weekday', () => {
    const names = people(readSeed(0), 'fr');
    expect(new Set(names)).toEqual(new Set(['Abdellatif Hammouchi', 'Faisal Shahkar']));
  });

  it('finds Håkon Skulstad in seed 001 and Hmouzi in seed 002', () => {
    expect(people(readSeed(1), 'fr')).toContain('Håkon Skulstad');
    expect(people(readSeed(2), 'fr')).toEqual(expect.arrayContaining(['Hmouzi', 'Abdelatif Hammouchi', 'Hammouchi']));
  });

  it('keeps particles and hyphenated family names, drops titles and sentence-initial common words', () => {
    const text = 'Lors de la réunion, M. Ahmed Nasser Al-Raisi a salué Sabrina El Faiz et Ahmed ben Ali, mardi 25 novembre.';
    expect(people(text, 'fr')).toEqual(['Ahmed Nasser Al-Raisi', 'Sabrina El Faiz', 'Ahmed ben Ali']);
  });

  it('keeps a lower-case article joined to a family name', () => {
    expect(people('Le président Bachar el-Assad a reçu Abdel Fattah al-Sissi au palais.', 'fr')).toEqual(['Bachar el-Assad', 'Abdel Fattah al-Sissi']);
  });

  it('gives spans into the original text and folded keys', () => {
    const text = readSeed(0);
    for (const name of extractNames(text, 'fr')) expect(text.slice(name.start, name.end)).toBe(name.text);
    expect(extractNames('Le ministre Håkon Skulstad.', 'fr')[0]).toMatchObject({ text: 'Håkon Skulstad', value: 'hakon skulstad' });
  });
});

describe('extractNames in Arabic', () => {
  it('finds the people of seed 003 after titles, from name parts and given names', () => {
    const names = people(readSeed(3), 'ar');
    expect(names).toEqual(expect.arrayContaining(['عبد اللطيف حموشي', 'فيصل شهكار', 'أحمد ناصر الريسي', 'حموشي', 'شهكار']));
    expect(names.some((n) => n.includes('المدير') || n.includes('رئيس'))).toBe(false);
  });

  it('finds the subject of a headline before its verb, without a title (seed 003: حموشي يجري مباحثات)', () => {
    const headline = readSeed(3).split('\n').find((line) => line.trim() !== '') as string;
    expect(headline).toMatch(/^من مراكش\.\. حموشي يجري/);
    expect(people(headline, 'ar')).toEqual(['حموشي']);
    expect(people('شهكار يشيد بكفاءة الشرطة المغربية', 'ar')).toEqual(['شهكار']);
    expect(people('الإنتربول: بوريطة تستقبل الوفود', 'ar')).toEqual(['بوريطة']);
  });

  it('takes no article, function word or clause after a verb for a headline subject', () => {
    expect(people('الحكومة تعلن عن إجراءات جديدة', 'ar')).toEqual([]);
    expect(people('سوف يجري الاجتماع غدا', 'ar')).toEqual([]);
    expect(people('كذلك يؤكد التقرير أن التعاون مهم', 'ar')).toEqual([]);
    expect(people('وأضاف أن المدير يجري مباحثات', 'ar')).toEqual([]);
  });

  it('reads through the direction marks of web text (RLM after a word)', () => {
    expect(people('\u200fحموشي\u200f يجري مباحثات', 'ar')).toEqual(['حموشي']);
    expect(people('استقبل السيد عبد اللطيف\u200f حموشي\u200f السيد فيصل\u200f شهكار', 'ar')).toEqual(['عبد اللطيف\u200f حموشي', 'فيصل\u200f شهكار']);
  });

  it('leaves the conjunction out of a name (وفيصل)', () => {
    const text = 'عبد اللطيف حموشي وفيصل شهكار';
    expect(people(text, 'ar')).toEqual(['عبد اللطيف حموشي', 'فيصل شهكار']);
  });
});

describe('translated places and organisations', () => {
  it('gives both languages one entity', () => {
    expect(placeEntity('الدار البيضاء', 'ar')).toBe('city:casablanca');
    expect(placeEntity('Casablanca', 'fr')).toBe('city:casablanca');
    expect(placeEntity('ألمانيا', 'ar')).toBe('country:DE');
    expect(placeEntity('Allemagne', 'fr')).toBe('country:DE');
    expect(placeEntity('المغرب', 'ar')).toBe('country:MA');
    expect(placeEntity('Maroc', 'fr')).toBe('country:MA');
    expect(placeEntity('مراكش', 'ar')).toBe('city:marrakech');
    expect(placeEntity('Marrakech', 'fr')).toBe('city:marrakech');
    expect(placeEntity('نيويورك', 'ar')).toBe('city:new-york');
    expect(placeEntity('New York', 'fr')).toBe('city:new-york');
    for (const name of ['الأنتربول', 'الإنتربول']) expect(placeEntity(name, 'ar')).toBe('org:interpol');
    expect(placeEntity('Interpol', 'fr')).toBe('org:interpol');
    expect(placeEntity('الأمم المتحدة', 'ar')).toBe('org:un');
    for (const name of ['ONU', 'Nations unies', 'Organisation des Nations Unies']) expect(placeEntity(name, 'fr')).toBe('org:un');
  });

  it('reads names behind Arabic clitics', () => {
    expect(placeEntity('بألمانيا', 'ar')).toBe('country:DE');
    expect(placeEntity('والمغرب', 'ar')).toBe('country:MA');
    expect(placeEntity('للأمم المتحدة', 'ar')).toBe('org:un');
    const found = findPlaces('استقبل حموشي ضيفه بمراكش.', 'ar');
    expect(found).toEqual([expect.objectContaining({ text: 'مراكش', entity: 'city:marrakech' })]);
  });

  it('takes country names from the locale data, with the press forms beside them', () => {
    expect(placeEntity('Macédoine du Nord', 'fr')).toBe('country:MK');
    expect(placeEntity('République tchèque', 'fr')).toBe('country:CZ');
    expect(placeEntity('Corée du Sud', 'fr')).toBe('country:KR');
    expect(placeEntity('كوريا الجنوبية', 'ar')).toBe('country:KR');
  });

  it('finds the same entities on both sides of the seeds', () => {
    const arabic = new Set(findPlaces(readSeed(3), 'ar').map((p) => p.entity));
    const french = new Set(findPlaces(readSeed(0), 'fr').map((p) => p.entity));
    for (const entity of ['org:un', 'city:marrakech', 'org:interpol', 'city:new-york', 'country:MA']) {
      expect(arabic).toContain(entity);
      expect(french).toContain(entity);
    }
  });

  it('does not read a lower-case French word or an ambiguous Arabic word as a country', () => {
    expect(findPlaces('une grenade', 'fr')).toEqual([]);
    expect(findPlaces('دعم مالي', 'ar')).toEqual([]);
  });
});

describe('findArabicCounterpart', () => {
  const arabic = readSeed(3);

  it.each([
    ['Abdellatif Hammouchi', 'عبد اللطيف حموشي'],
    ['Faisal Shahkar', 'فيصل شهكار'],
    ['Ahmed Nasser Al-Raisi', 'أحمد ناصر الريسي'],
    ['Hammouchi', 'حموشي'],
  ])('finds %s in seed 003', (latin, expected) => {
    const found = findArabicCounterpart(arabic, latin);
    expect(found?.text).toBe(expected);
    expect(found?.match.verdict).toBe('same');
    expect(arabic.slice(found?.start, found?.end)).toBe(expected);
  });

  it('leaves the clitic out of the span (وفيصل)', () => {
    expect(findArabicCounterpart('عبد اللطيف حموشي وفيصل شهكار', 'Faisal Shahkar')).toMatchObject({ text: 'فيصل شهكار', start: 18 });
  });

  it('reads a name across a spaced hyphen (UN corpus: بان كي - مون for Ban Ki-moon)', () => {
    const text = 'رحب بان كي - مون، الأمين العام للأمم المتحدة، بهذا الحدث';
    expect(findArabicCounterpart(text, 'Ban Ki-moon')).toMatchObject({ text: 'بان كي - مون', match: { verdict: 'same' } });
  });

  it('returns null when no words render the name', () => {
    expect(findArabicCounterpart(arabic, 'Hmouzi')).toBeNull();
    expect(findArabicCounterpart(arabic, 'Håkon Skulstad')).toBeNull();
  });

  it('with includeDifferent, gives the closest window judged another name: Hmouzi and حموشي (seed 002 title)', () => {
    const found = findArabicCounterpart(arabic, 'Hmouzi', { includeDifferent: true, maxCost: 1.35 });
    expect(found).toMatchObject({ text: 'حموشي', match: { verdict: 'different', explanation: 'ش written as z' } });
    expect(findArabicCounterpart(arabic, 'Hammouchi', { includeDifferent: true, maxCost: 1.35 })?.match.verdict).toBe('same');
    expect(findArabicCounterpart(arabic, 'Håkon Skulstad', { includeDifferent: true, maxCost: 1.35 })).toBeNull();
  });
});

describe('extractNames in Arabic after a function and an organisation', () => {
  it('takes the words after رئيس منظمة الإنتربول as a name even when the given name is unknown', () => {
    const text = 'وحضر الجلسة رئيس منظمة الإنتربول فالديسي أوركيزا، إلى جانب الأمين العام.';
    expect(people(text, 'ar')).toEqual(['فالديسي أوركيزا']);
  });
});

describe('extractNames in Arabic: common words that look like names', () => {
  it('does not read على (on) as علي, nor a given name that is also a word as a name on its own', () => {
    expect(people('وأكد على أهمية التعاون مع المغرب.', 'ar')).toEqual([]);
    expect(people('وهو عادل في قراره، وسليم في رأيه.', 'ar')).toEqual([]);
    expect(people('التقى السيد عادل بالوفد.', 'ar')).toEqual(['عادل']);
  });

  it('does not take the end of a word for a name part (كابو فيردي)', () => {
    expect(people('جمهورية كابو فيردي بصفتها طرفا', 'ar')).toEqual([]);
  });
});

describe('capitalised common nouns of titles are no names (shared data)', () => {
  it('Meilleur Acteur, Mission, Force, Réunion du Groupe', () => {
    expect(people('Golsling et Stone ont respectivement été nominés pour le Meilleur Acteur et la Meilleure Actrice.', 'fr')).toEqual(['Golsling', 'Stone']);
    expect(people('la Mission des Nations Unies au Soudan du Sud et la Force intérimaire', 'fr')).toEqual([]);
    expect(people('la Réunion du Groupe de travail', 'fr')).toEqual([]);
  });
});
