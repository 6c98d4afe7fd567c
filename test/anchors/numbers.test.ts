import { extractNumbers } from '../../server/anchors/numbers';
import { NumberAnchor } from '../../server/anchors/types';
import { Lang } from '../../server/text/types';
import { readSeed } from '../helpers/shared';
import { comparedValues, parallelRow } from './parallel';

/** The line of a seed report that contains a phrase. */
function seedLine(seed: number, phrase: string): string {
  const line = readSeed(seed)
    .split('\n')
    .find((l) => l.includes(phrase));
  if (!line) throw new Error(`seed ${seed} has no line with ${phrase}`);
  return line;
}

/** The numbers of a text, each checked to be the slice of the text its span says. */
function numbers(text: string, lang: Lang): NumberAnchor[] {
  const found = extractNumbers(text, lang);
  for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  return found;
}

const values = (text: string, lang: Lang): number[] => numbers(text, lang).map((n) => n.value);
const find = (text: string, lang: Lang, written: string): NumberAnchor | undefined => numbers(text, lang).find((n) => n.text.includes(written));

describe('numbers in the seed reports', () => {
  test('Arabic report: الدورة الـ93 and الدورة الثالثة والتسعين are the 93rd, أكثر من 196 دولة is 196', () => {
    const first = seedLine(3, 'الدورة الـ93');
    expect(find(first, 'ar', '93')).toMatchObject({ value: 93, ordinal: true, text: '93' });
    const second = seedLine(3, 'الدورة الثالثة والتسعين');
    expect(find(second, 'ar', 'الثالثة')).toMatchObject({ value: 93, ordinal: true, words: true, text: 'الثالثة والتسعين' });
    expect(find(second, 'ar', '196')).toMatchObject({ value: 196, text: '196' });
  });

  test('French reports: 93ème, 93ᵉ, 43 réunions, cinq réunions, quarante-trois réunions', () => {
    expect(find(seedLine(0, '93ème'), 'fr', '93')).toMatchObject({ value: 93, ordinal: true, text: '93ème' });
    const titled = seedLine(1, 'en marge de la 93ᵉ');
    expect(find(titled, 'fr', '93')).toMatchObject({ value: 93, ordinal: true, text: '93ᵉ' });
    expect(find(seedLine(1, '43 réunions'), 'fr', '43')?.value).toBe(43);
    expect(find(seedLine(1, 'cinq réunions'), 'fr', 'cinq')).toMatchObject({ value: 5, words: true });
    expect(find(seedLine(2, 'quarante-trois réunions'), 'fr', 'quarante')).toMatchObject({ value: 43, text: 'quarante-trois' });
  });
});

describe('digits and separators', () => {
  test('spans stay right after emoji, decomposed accents, ligatures and invisible marks', () => {
    const text = '🎉 Re\u0301union n°\u200F 2, cœur : 43 délégués et ﻻ ١٩٦';
    expect(numbers(text, 'fr').map((n) => n.text)).toEqual(['2', '43', '١٩٦']);
    expect(extractNumbers('', 'other')).toEqual([]);
  });

  test('Western, Arabic-Indic and Persian digits', () => {
    expect(values('أكثر من ١٩٦ دولة و۱۹۶ وفدا', 'ar')).toEqual([196, 196]);
  });

  test('French thousands with a space, a no-break space, a narrow no-break space or a dot before 3 digits', () => {
    expect(values('1 500 agents, 1\u00A0500 agents, 1\u202F500 agents, 1.500 agents', 'fr')).toEqual([1500, 1500, 1500, 1500]);
    expect(values('un taux de 3,5', 'fr')).toEqual([3.5]);
    expect(values('(art. 2.1) et la norme 802.11n', 'fr')).toEqual([2, 1, 802.11]);
    expect(values('(المادة 2-1) والمعيار 802.11n', 'ar')).toEqual([2, 1, 802.11]);
    expect(values('1 250 000,75 euros', 'fr')).toEqual([1250000.75]);
    expect(values('6\u2009000 personnes sur un total de 330\u2009000', 'fr')).toEqual([6000, 330000]);
  });

  test('Arabic separators: ٫ decimal, ٬ thousands, and the Latin ones', () => {
    expect(values('٣٫٥ و١٢٬٥٠٠ و1,500 و3,5 و4.5', 'ar')).toEqual([3.5, 12500, 1500, 3.5, 4.5]);
  });

  test('Arabic UN text writes space groups least significant first: 000 31 is 31 000', () => {
    const row = parallelRow('unpc', 'نحو 000 31 شخص');
    expect(values(row.ar, 'ar')).toEqual(expect.arrayContaining([31000, 23551]));
    expect(comparedValues(row.ar, 'ar')).toEqual(comparedValues(row.fr, 'fr'));
    expect(values('يبلغ 15 000 نسمة', 'ar')).toEqual([15000]);
  });

  test('multipliers after digits: 3 millions, 1,5 milliard, 277.9 مليون, 3 ملايين', () => {
    expect(values('3 millions de personnes et 1,5 milliard de dollars', 'fr')).toEqual([3000000, 1500000000]);
    expect(values('بمبلغ 277.9 مليون دولار و3 ملايين نسمة', 'ar')).toEqual([277900000, 3000000]);
  });
});

describe('number words', () => {
  test('French: units, tens, hyphens, et, soixante-dix, quatre-vingts, cents, mille, millions', () => {
    const text =
      'deux, vingt et un, soixante-dix, soixante et onze, quatre-vingt-dix-neuf, cent, deux cents, mille, deux mille quinze, un million, trois millions deux cent mille';
    expect(values(text, 'fr')).toEqual([2, 21, 70, 71, 99, 100, 200, 1000, 2015, 1000000, 3200000]);
  });

  test('French ordinals in words and Roman numerals: quarante-cinquième, XXIe siècle, Chapitre VI, annexe II', () => {
    expect(numbers('le quarante-cinquième Forum', 'fr')[0]).toMatchObject({ value: 45, ordinal: true });
    expect(numbers('au XXIe siècle, au XXIᵉ siècle', 'fr').map((n) => [n.text, n.value])).toEqual([['XXIe', 21], ['XXIᵉ', 21]]);
    expect(values('le Chapitre VI de la Charte et l’annexe II', 'fr')).toEqual([6, 2]);
  });

  test('Arabic: compounds with و, hundreds, thousands, millions, with clitics', () => {
    expect(values('ثلاث وأربعين اجتماعا وثلاثة وأربعون وفدا', 'ar')).toEqual([43, 43]);
    expect(values('مائة، مئة، مئتان، ثلاثمائة، ثلاث مائة وخمسون', 'ar')).toEqual([100, 100, 200, 300, 350]);
    expect(values('ألف، ألفين، ثلاثة آلاف، ألفين وخمسة وعشرين، مليون، خمسة ملايين، مليار', 'ar')).toEqual([1000, 2000, 3000, 2025, 1e6, 5e6, 1e9]);
    expect(values('بثلاثة أصوات ولخمسة أعضاء', 'ar')).toEqual([3, 5]);
    expect(values('لم ينشئ مائة وأحد عشر بلداً', 'ar')).toEqual([111]);
    expect(values('Cent onze pays et un millier d’organisations', 'fr')).toEqual([111, 1000]);
    expect(values('بجميع اللغات الرسمية الست والبلدان الثلاثة والرابطات الأربع والعشرون', 'ar')).toEqual([6, 3, 24]);
    expect(values('صاحب الخمسة وعشرين عاماً وصاحب الواحد وعشرين عاماً', 'ar')).toEqual([25, 21]);
    expect(values('ثالث أكبر مدينة وثاني أكبر ميناء، لكن ثاني أكسيد الكربون', 'ar')).toEqual([3, 2]);
  });

  test('Arabic ordinals: compounds, teens, the century', () => {
    expect(values('الدورة التاسعة والستون، الجلسة الثانية عشرة، البند الحادي عشر، القرن الحادي والعشرين', 'ar')).toEqual([69, 12, 11, 21]);
    const row = parallelRow('unpc', 'الجمعية الحادية والثلاثون بعد المائة');
    expect(values(row.ar, 'ar')).toEqual([131]);
    expect(values(row.fr, 'fr')).toEqual([131]);
  });

  test('harakat and tatweel do not stop a number word, and the span keeps them', () => {
    const text = 'عقد ثَلَاثٌ وَأَرْبَعِينَ اجتماعا و ثلاثـــة لقاءات';
    expect(numbers(text, 'ar').map((n) => [n.text, n.value])).toEqual([['ثَلَاثٌ وَأَرْبَعِينَ', 43], ['ثلاثـــة', 3]]);
  });

  test('عشرات (dozens), آلاف alone and des millions are no numbers', () => {
    expect(values('عشرات الاجتماعات وعشرات الآلاف من الأشخاص وآلاف اللاجئين', 'ar')).toEqual([]);
    expect(values('des millions de personnes et des milliers de réfugiés', 'fr')).toEqual([]);
  });

  test('an article or pronoun is no number: un, une, واحد, neuf as "new"', () => {
    expect(values('Un homme a présenté une proposition; l’un d’eux a signé.', 'fr')).toEqual([]);
    expect(values('L’ordinateur est neuf.', 'fr')).toEqual([]);
    expect(values('في غضون شهر واحد', 'ar')).toEqual([]);
    expect(values('عضو واحد من الدول المدرجة في القائمة ألف', 'ar')).toEqual([]);
    expect(values('La Commission compte neuf membres.', 'fr')).toEqual([9]);
  });

  test('"first" in words is left out on both sides (en premier lieu, الأولية, annexe I = المرفق الأول)', () => {
    expect(values('la première séance et en premier lieu', 'fr')).toEqual([]);
    expect(values('في الجلسة الأولى وبالدرجة الأولى', 'ar')).toEqual([]);
  });
});

describe('ordinals, percentages, amounts, list numbers', () => {
  test('French ordinal suffixes: 93e, 93ème, 93ᵉ, 1er, 1re, 2nd', () => {
    const found = numbers('93e, 93ème, 93ᵉ, 1er, 1re, 2nd', 'fr');
    expect(found.map((n) => [n.value, n.ordinal])).toEqual([[93, true], [93, true], [93, true], [1, true], [1, true], [2, true]]);
  });

  test('Arabic ordinal digits: الـ93, ال93, and a number after الدورة/الجلسة', () => {
    expect(numbers('الدورة الـ93 وال93 والجلسة 7366', 'ar').map((n) => [n.value, n.ordinal])).toEqual([[93, true], [93, true], [7366, true]]);
  });

  test('percentages in both scripts', () => {
    expect(numbers('6%, 6 %, 57,9 %, 6 pour cent', 'fr').map((n) => [n.value, n.percent])).toEqual([[6, true], [6, true], [57.9, true], [6, true]]);
    const arabic = numbers('6٪ و57.9 في المائة و 12 بالمائة و٣ في المئة', 'ar');
    expect(arabic.map((n) => [n.value, n.percent])).toEqual([[6, true], [57.9, true], [12, true], [3, true]]);
  });

  test('amounts keep a normalised unit', () => {
    const fr = numbers('12,5 €, 100 euros, 3 millions de dollars, $ 40, 200 dirhams, 50 DH, 20 km', 'fr');
    expect(fr.map((n) => [n.value, n.unit])).toEqual([[12.5, 'EUR'], [100, 'EUR'], [3e6, 'USD'], [40, 'USD'], [200, 'MAD'], [50, 'MAD'], [20, 'km']]);
    const ar = numbers('200 درهم و100 دولار و50 يورو و20 كلم ومليون دولار', 'ar');
    expect(ar.map((n) => [n.value, n.unit])).toEqual([[200, 'MAD'], [100, 'USD'], [50, 'EUR'], [20, 'km'], [1e6, 'USD']]);
  });

  test('list numbers at the start of a line are marked', () => {
    expect(numbers('٧ - يقرر أن يبقي المسألة قيد نظره', 'ar')[0]).toMatchObject({ value: 7, listNumber: true });
    expect(numbers('11. Décide de rester saisi de la question', 'fr')[0]).toMatchObject({ value: 11, listNumber: true });
    expect(numbers('10- Le Comité\n12. La Commission', 'fr').map((n) => n.listNumber)).toEqual([true, true]);
    expect(numbers('ألف - الوضع الدستوري والسياسي', 'ar')[0]).toMatchObject({ value: 1000, listNumber: true });
    expect(numbers('Voir le paragraphe 11. Il dit', 'fr')[0].listNumber).toBeUndefined();
  });

  test('document symbols and times of day are no numbers; durations are', () => {
    expect(values('Voir A/69/767 et S/2015/10 ainsi que E/CN.4/2005/L.10', 'fr')).toEqual([]);
    expect(values('انظر A/69/767', 'ar')).toEqual([]);
    expect(values('à 11 heures, à 10 h 30, à 15h', 'fr')).toEqual([]);
    expect(values('الساعة 00:11 والساعة 10/47', 'ar')).toEqual([]);
    expect(values('des coupures pendant 18 heures', 'fr')).toEqual([18]);
  });

  test('digits glued to a word are no number (Hayabusa2, م16), the article and clitics are fine', () => {
    expect(values('Hayabusa2 et son fusil M16', 'fr')).toEqual([]);
    expect(values('هايابوسا2 وبندقيته م16 وبـ3 أصوات', 'ar')).toEqual([3]);
  });
});

describe('the same numbers on both sides of real translations', () => {
  const rows: Array<[string, 'unpc' | 'flores', string]> = [
    ['amounts and percentages', 'unpc', 'قدرت مساهمة السياحة'],
    ['decimals, percentages and words', 'unpc', 'بنسبة 4.5 في المائة في غضون ثلاث سنوات'],
    ['ordinal in words and a number in words', 'unpc', 'قائمة بأسماء 753 موظفا'],
    ['an ordinal session in words', 'unpc', 'الدورة التاسعة والستون'],
    ['percent in words', 'unpc', 'نسبة 82 في المائة في عام 2013'],
    ['years and words', 'flores', 'عمل مستشاراً للأمن القومي من عام 1977'],
    ['decimals and distances', 'flores', 'يعمل معيار 802.11n'],
  ];
  test.each(rows)('%s', (_label, corpus, snippet) => {
    const row = parallelRow(corpus, snippet);
    const ar = comparedValues(row.ar, 'ar');
    expect(ar.numbers.length).toBeGreaterThan(0);
    expect(ar).toEqual(comparedValues(row.fr, 'fr'));
  });
});

describe('numbers the checks work found misread (shared data)', () => {
  test('decades: الثمانينيات and "les années 1980" are 1980 on both sides, "années 60" too', () => {
    const row = parallelRow('flores', 'وخلال الثمانينيات من القرن الماضي');
    expect(comparedValues(row.ar, 'ar').numbers).toEqual([1980]);
    expect(comparedValues(row.fr, 'fr').numbers).toEqual([1980]);
    expect(values('dans les années 60', 'fr')).toEqual([1960]);
    expect(values('dans les années 60 et 70', 'fr')).toEqual([1960, 1970]);
    expect(values('الستينيات والسبعينيات', 'ar')).toEqual([1960, 1970]);
    // FLORES: "في العشرينيات من عمره" beside "une vingtaine d'années": an age, 20 on both sides.
    const age = parallelRow('flores', 'في العشرينيات من عمره');
    expect(comparedValues(age.ar, 'ar').numbers).toEqual([20]);
    expect(comparedValues(age.fr, 'fr').numbers).toEqual([20]);
  });

  test('an ordinal without the article before an indefinite noun: عاشر عاصفة is the 10th (10ème tempête)', () => {
    const row = parallelRow('flores', 'عاشر عاصفة');
    expect(find(row.ar, 'ar', 'عاشر')).toMatchObject({ value: 10, ordinal: true });
    expect(comparedValues(row.ar, 'ar').numbers).toEqual(comparedValues(row.fr, 'fr').numbers);
    expect(values('ثاني أكسيد الكربون', 'ar')).toEqual([]);
  });

  test('ثالثاً - at the start of a line is a list number like "III."', () => {
    const row = parallelRow('unpc', 'ثالثا - التعاون');
    expect(numbers(row.ar, 'ar')).toEqual([expect.objectContaining({ value: 3, listNumber: true })]);
    expect(numbers(row.fr, 'fr')).toEqual([expect.objectContaining({ value: 3, listNumber: true })]);
  });

  test("XI'an (the city) is no Roman numeral", () => {
    const row = parallelRow('flores', 'في القصر الكبير في شيان');
    expect(find(row.fr, 'fr', 'XI')).toBeUndefined();
    expect(comparedValues(row.fr, 'fr').numbers).toEqual(comparedValues(row.ar, 'ar').numbers);
  });

  test('a UN session in Roman numerals in parentheses, L and C included: 1894 (LVII) beside 1894 (د-57)', () => {
    const row = parallelRow('unpc', '1894 (د-57)');
    expect(comparedValues(row.fr, 'fr').numbers).toContain(57);
    expect(values('résolution 1576 (L) du 20 mai', 'fr')).toContain(50);
    expect(values('Article L. 3 du code', 'fr')).toEqual([3]);
  });

  test('une trentaine is about 30, as ثلاثين', () => {
    const row = parallelRow('flores', 'ما يصل إلى ثلاثين أنثى');
    expect(comparedValues(row.fr, 'fr').numbers).toContain(30);
    expect(comparedValues(row.ar, 'ar').numbers).toContain(30);
  });

  test('a lone "and sixty" after a name is the name Stone (جوسلينغ وستون), after a number it counts (مائة وستون)', () => {
    const row = parallelRow('flores', 'تلقى جوسلينغ وستون');
    expect(comparedValues(row.ar, 'ar').numbers).toEqual([]);
    expect(values('مائة وستون', 'ar')).toEqual([160]);
  });

  test('a time of day in words is no number (الساعة العاشرة, à dix heures); a duration is (jusqu’à 18 heures, 18 ساعة)', () => {
    const time = parallelRow('unpc', 'بعد الساعة العاشرة مساء');
    expect(comparedValues(time.ar, 'ar').numbers).toEqual([]);
    expect(values('à dix heures du matin', 'fr')).toEqual([]);
    const duration = parallelRow('unpc', 'لمدد تصل إلى 18 ساعة يوميا');
    expect(comparedValues(duration.ar, 'ar').numbers).toContain(18);
    expect(comparedValues(duration.fr, 'fr').numbers).toContain(18);
  });
});
