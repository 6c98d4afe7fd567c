import { extractDates } from '../../server/anchors/dates';
import { extractNumbers } from '../../server/anchors/numbers';
import { DateAnchor } from '../../server/anchors/types';
import { Lang } from '../../server/text/types';
import { readSeed } from '../helpers/shared';
import { comparedValues, parallelRow } from './parallel';

const DOCUMENT_DATE = '2025-11-25';

function seedLine(seed: number, phrase: string): string {
  const line = readSeed(seed)
    .split('\n')
    .find((l) => l.includes(phrase));
  if (!line) throw new Error(`seed ${seed} has no line with ${phrase}`);
  return line;
}

/** The dates of a text, each checked to be the slice of the text its span says. */
function dates(text: string, lang: Lang, documentDate?: string): DateAnchor[] {
  const found = extractDates(text, lang, documentDate ? { documentDate } : {});
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

const values = (text: string, lang: Lang, documentDate?: string): string[] => dates(text, lang, documentDate).map((d) => d.value);

describe('dates in the seed reports', () => {
  test('Arabic report: صباح اليوم الثلاثاء 25 نونبر 2025 is Tuesday 2025-11-25', () => {
    const found = dates(seedLine(3, 'الثلاثاء 25 نونبر 2025'), 'ar');
    expect(found[0]).toMatchObject({ value: '2025-11-25', year: 2025, month: 11, day: 25, weekday: 2, text: 'الثلاثاء 25 نونبر 2025' });
  });

  test('Arabic report: حتى 27 نونبر الجاري takes the year of the document; أمس الإثنين is a Monday', () => {
    const line = seedLine(3, 'نونبر الجاري');
    expect(values(line, 'ar', DOCUMENT_DATE)).toEqual(['2025-11-27']);
    expect(values(line, 'ar')).toEqual(['--11-27']);
    expect(dates(seedLine(3, 'صباح أمس الإثنين'), 'ar')[0]).toMatchObject({ value: 'weekday:1', weekday: 1, text: 'الإثنين' });
    expect(dates(seedLine(3, 'صباح أمس الإثنين'), 'ar', DOCUMENT_DATE)[0]).toMatchObject({ value: '2025-11-24', weekday: 1, text: 'أمس الإثنين' });
  });

  test('French report: ce mardi 25 novembre, jusqu’au jeudi 27 novembre', () => {
    const line = seedLine(0, 'ce mardi 25 novembre');
    expect(dates(line, 'fr')[0]).toMatchObject({ value: '--11-25', weekday: 2, text: 'mardi 25 novembre' });
    expect(dates(line, 'fr', DOCUMENT_DATE)[0]).toMatchObject({ value: '2025-11-25', year: 2025 });
    expect(dates(seedLine(0, 'jusqu’au jeudi 27 novembre'), 'fr', DOCUMENT_DATE)[0]).toMatchObject({ value: '2025-11-27', weekday: 4 });
  });

  test('French report: du 24 au 27 novembre 2025 is two dates; its numbers (93ᵉ, 43, deux mémorandums) are reported apart from them', () => {
    const line = seedLine(1, 'du 24 au 27 novembre 2025');
    expect(dates(line, 'fr').map((d) => [d.text, d.value])).toEqual([['24', '2025-11-24'], ['27 novembre 2025', '2025-11-27']]);
    expect(comparedValues(line, 'fr')).toEqual({ numbers: [2, 43, 93], dates: ['2025-11-24', '2025-11-27'] });
  });
});

describe('month names of every region', () => {
  const LOCALES = ['ar-MA', 'ar-DZ', 'ar-TN', 'ar-LB', 'ar-SY', 'ar-IQ', 'ar-EG', 'ar-SA', 'fr-FR'];
  test.each(LOCALES)('every month name that %s writes is read back', (locale) => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const lang: Lang = locale.startsWith('fr') ? 'fr' : 'ar';
    for (let month = 1; month <= 12; month++) {
      const name = format.format(new Date(Date.UTC(2025, month - 1, 15)));
      expect(values(`le 25 ${name} 2025`.replace('le ', lang === 'ar' ? 'في ' : 'le '), lang)).toEqual([`2025-${String(month).padStart(2, '0')}-25`]);
    }
  });

  test('UN paired forms: 21 كانون الثاني/يناير 2015, 3 أيار/مايو, حزيران/يونيه', () => {
    expect(values('في 21 كانون الثاني/يناير 2015 و3 أيار/مايو 2015 وفي حزيران/يونيه 2014', 'ar')).toEqual(['2015-01-21', '2015-05-03', '2014-06']);
    expect(values('في 14 تموز/ يوليه 2014', 'ar')).toEqual(['2014-07-14']);
    expect(dates('بين أكتوبر ونونبر 2025', 'ar').map((d) => [d.text, d.value])).toEqual([['أكتوبر', '--10'], ['نونبر 2025', '2025-11']]);
  });

  test('French abbreviations and the first of the month', () => {
    expect(values('le 25 nov. 2025, le 3 févr. 2024, le 1er janvier 2015, le premier mai 2016', 'fr')).toEqual(['2025-11-25', '2024-02-03', '2015-01-01', '2016-05-01']);
  });

  test('a word that only looks like a month is no date: Mars, مارس (practised), sept (seven)', () => {
    expect(values('La planète Mars et les sept pays', 'fr')).toEqual([]);
    expect(values('مارس حقه في الدفاع', 'ar')).toEqual([]);
    expect(values('في مارس 2015', 'ar')).toEqual(['2015-03']);
  });
});

describe('shapes of dates', () => {
  test('a month alone is --MM, or YYYY-MM with a document date; a year alone is a number', () => {
    expect(values('en novembre', 'fr')).toEqual(['--11']);
    expect(values('في نونبر', 'ar', DOCUMENT_DATE)).toEqual(['2025-11']);
    expect(values('en 2015', 'fr')).toEqual([]);
    expect(extractNumbers('en 2015', 'fr')[0].value).toBe(2015);
    expect(values('في عام 1995', 'ar')).toEqual([]);
    expect(extractNumbers('في عام 1995', 'ar')[0].value).toBe(1995);
  });

  test('Arabic ranges and days written as ordinals', () => {
    expect(values('في الفترة من 29 إلى 31 تموز/ يوليه 2014', 'ar')).toEqual(['2014-07-29', '2014-07-31']);
    expect(values('من 24 إلى 27 نونبر 2025', 'ar')).toEqual(['2025-11-24', '2025-11-27']);
    expect(values('في الحادي عشر من آب/أغسطس 1960', 'ar')).toEqual(['1960-08-11']);
    expect(values('في الأسبوع الأول من نونبر', 'ar')).toEqual(['--11']);
  });

  test('weekdays with clitics and heads: يوم الثلاثاء, ce mardi, يوم الخميس الموافق 15 …', () => {
    expect(values('يوم الثلاثاء', 'ar')).toEqual(['weekday:2']);
    expect(values('ce mardi', 'fr')).toEqual(['weekday:2']);
    expect(dates('يوم الخميس الموافق 15 كانون الثاني/يناير 2015', 'ar')[0]).toMatchObject({ value: '2015-01-15', weekday: 4 });
    expect(values('كلا الاثنين', 'ar')).toEqual([]);
    expect(dates('ويوم الاثنين والثلاثاء', 'ar').map((d) => [d.text, d.value])).toEqual([['الاثنين', 'weekday:1'], ['الثلاثاء', 'weekday:2']]);
  });

  test('numeric dates with digits of any script', () => {
    expect(values('le 25/11/2025 et le 2025-11-26', 'fr')).toEqual(['2025-11-25', '2025-11-26']);
    expect(values('بتاريخ ٢٥/١١/٢٠٢٥', 'ar')).toEqual(['2025-11-25']);
  });

  test('days relative to the document date, only when there is one', () => {
    expect(values("hier, aujourd'hui et après-demain", 'fr', DOCUMENT_DATE)).toEqual(['2025-11-24', '2025-11-25', '2025-11-27']);
    expect(values('hier lundi', 'fr', DOCUMENT_DATE)).toEqual(['2025-11-24']);
    expect(values('أمس وغداً الأربعاء', 'ar', DOCUMENT_DATE)).toEqual(['2025-11-24', '2025-11-26']);
    expect(values('اليوم الدولي للمرأة', 'ar', DOCUMENT_DATE)).toEqual([]);
    expect(values('hier', 'fr')).toEqual([]);
  });

  test('the day of the current month: 27 من الشهر الجاري', () => {
    expect(values('حتى 27 من الشهر الجاري', 'ar', DOCUMENT_DATE)).toEqual(['2025-11-27']);
  });
});

describe('the same dates on both sides of real translations', () => {
  test('the meeting of Wednesday 21 January 2015: one date, no number, the time left out', () => {
    const row = parallelRow('unpc', 'يوم الأربعاء 21 كانون الثاني/يناير 2015، الساعة 00:11');
    expect(row.fr).toContain('le mercredi 21 janvier 2015, à 11 heures');
    const ar = comparedValues(row.ar, 'ar');
    expect(ar).toEqual({ numbers: [], dates: ['2015-01-21'] });
    expect(comparedValues(row.fr, 'fr')).toEqual(ar);
    expect(dates(row.ar, 'ar')[0].weekday).toBe(3);
    expect(dates(row.fr, 'fr')[0].weekday).toBe(3);
  });

  const rows: Array<[string, 'unpc' | 'flores', string]> = [
    ['a range and an ordinal session in words', 'unpc', 'الدورة الخامسة والأربعين لمنتدى'],
    ['a range and a year after', 'unpc', 'الدورة الثانية والخمسين للجنة التنمية'],
    ['four dates in parentheses', 'unpc', 'اجتماعات لاحقة في طشقند'],
    ['months alone', 'unpc', 'منذ بداية تشرين الأول/أكتوبر'],
    ['a weekday alone', 'flores', 'في يوم الإثنين ، أعلنت سارة دانيوس'],
  ];
  test.each(rows)('%s', (_label, corpus, snippet) => {
    const row = parallelRow(corpus, snippet);
    const ar = comparedValues(row.ar, 'ar');
    expect(ar.dates.length).toBeGreaterThan(0);
    expect(ar).toEqual(comparedValues(row.fr, 'fr'));
  });
});
