// Numbers and dates compared across the two sides, on sentences of the Marrakech reports
// and the UN corpus with their anchors written out by hand (so that these tests check the
// comparison, whatever the extractors find).
import { DateAnchor, NumberAnchor } from '../../server/anchors/types';
import { checkFigures, FigureSide, isListMarker } from '../../server/checks/numbers';
import { reversedGroupsValue } from '../../server/checks/values';

/** The number anchor of the first `token` in `text` (after `from`). */
function number(text: string, token: string, value: number, extra: Partial<NumberAnchor> = {}, from = 0): NumberAnchor {
  const start = text.indexOf(token, from);
  if (start < 0) throw new Error(`no ${token} in ${text}`);
  return { kind: 'number', text: token, start, end: start + token.length, value, ...extra };
}

/** The date anchor of `token` in `text`. */
function date(text: string, token: string, parts: Omit<DateAnchor, 'kind' | 'text' | 'start' | 'end'>): DateAnchor {
  const start = text.indexOf(token);
  if (start < 0) throw new Error(`no ${token} in ${text}`);
  return { kind: 'date', text: token, start, end: start + token.length, ...parts };
}

function side(text: string, numbers: NumberAnchor[] = [], dates: DateAnchor[] = []): FigureSide {
  return { text, numbers, dates };
}

// Seed 003 (Arabic) and seed 001 (French).
const AR_196 = 'وكانت مدينة مراكش، قد شهدت صباح أمس الإثنين، انطلاق أشغال الدورة الثالثة والتسعين للجمعية العامة لمنظمة الإنتربول، وسط إجراءات أمنية مشددة ومشاركة قياسية لوفود تمثل أكثر من 196 دولة.';
const FR_NO_196 = 'La veille, lundi, s’était ouverte la 93ᵉ Assemblée générale d’Interpol, sous haute sécurité et avec une participation record de délégations.';
const AR_DATE = 'استقبل المدير العام للأمن الوطني ومراقبة التراب الوطني، السيد عبد اللطيف حموشي، صباح اليوم الثلاثاء 25 نونبر 2025، بفضاء حدائق المنارة بمراكش.';
const FR_DATE = 'Le directeur général de la Sûreté nationale et de la Surveillance du territoire, Abdellatif Hammouchi, a reçu, ce mardi 25 novembre à Marrakech, le chef du service de police de l’ONU.';
const AR_43 = 'مراكش: حموشي يعقد 43 اجتماعا ثنائيا على هامش الجمعية العامة للإنتربول';
const FR_43 = 'AG d’Interpol : 43 réunions bilatérales pour Abdellatif Hammouchi';
// UN corpus (2015/a/69/732).
const AR_UN = 'وانسحبت القوة أيضا من 12 موقعا تابعا للأمم المتحدة وأربعة مراكز للمراقبة.';
const FR_UN = "La Force s'est également retirée de 12 positions des Nations Unies et de 4 postes d'observation.";

const TUESDAY_25: Omit<DateAnchor, 'kind' | 'text' | 'start' | 'end'> = { value: '2025-11-25', year: 2025, month: 11, day: 25, weekday: 2 };

describe('numbers compared across the sides', () => {
  test('equal values agree whatever their script: digits beside digits, digits beside words', () => {
    const arabic = side(AR_UN, [number(AR_UN, '12', 12), number(AR_UN, 'وأربعة', 4)]);
    const french = side(FR_UN, [number(FR_UN, '12', 12), number(FR_UN, '4', 4)]);
    expect(checkFigures(arabic, french)).toEqual([]);
  });

  test('a number on one side only is flagged where it is', () => {
    const arabic = side(AR_196, [number(AR_196, 'الثالثة والتسعين', 93, { ordinal: true }), number(AR_196, '196', 196)]);
    const french = side(FR_NO_196, [number(FR_NO_196, '93ᵉ', 93, { ordinal: true })]);
    const flags = checkFigures(arabic, french);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'number', severity: 'warning', arabic: { text: '196', start: AR_196.indexOf('196') } });
    expect(flags[0].french).toBeUndefined();
    expect(flags[0].message).toBe('number 196 in the Arabic is not in the French');
    expect(flags[0].confidence).toBeGreaterThan(0.5);
  });

  test('a changed value is one flag with both spans', () => {
    const changed = FR_43.replace('43', '44');
    const flags = checkFigures(side(AR_43, [number(AR_43, '43', 43)]), side(changed, [number(changed, '44', 44)]));
    expect(flags).toEqual([
      expect.objectContaining({
        kind: 'number',
        severity: 'error',
        arabic: { start: AR_43.indexOf('43'), end: AR_43.indexOf('43') + 2, text: '43' },
        french: { start: changed.indexOf('44'), end: changed.indexOf('44') + 2, text: '44' },
        detail: { arabicValue: 43, frenchValue: 44 },
      }),
    ]);
  });

  test('of two equal values, the one left over is the one whose counterpart differs (closest in position are paired)', () => {
    // UN corpus (2015/a/69/695), the French 82 changed into 84.
    const ar = 'بلغ في مجموعه نسبة 82 في المائة في عام 2013 في حين بلغ نسبة 84 في المائة في عام 2012';
    const fr = 'a été de 84 pour cent pour 2013, de 84 pour cent pour 2012';
    const arabic = side(ar, [number(ar, '82 في المائة', 82, { percent: true }), number(ar, '84 في المائة', 84, { percent: true })]);
    const french = side(fr, [number(fr, '84 pour cent', 84, { percent: true }), number(fr, '84 pour cent', 84, { percent: true }, fr.indexOf('de 84') + 3)]);
    const flags = checkFigures(arabic, french);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ arabic: { text: '82 في المائة' }, french: { start: fr.indexOf('84') } });
  });

  test('ordinals compare by value', () => {
    const arabic = side(AR_DATE + ' الدورة الـ93', [number(AR_DATE + ' الدورة الـ93', 'الـ93', 93, { ordinal: true })]);
    const french = side('la 93ème Assemblée générale', [number('la 93ème Assemblée générale', '93ème', 93, { ordinal: true })]);
    expect(checkFigures(arabic, french)).toEqual([]);
  });

  test('a number written in words up to two is not flagged alone (Arabic says two with a dual)', () => {
    const fr = 'Les deux délégations se sont entretenues.';
    expect(checkFigures(side('وتباحث الوفدان.'), side(fr, [number(fr, 'deux', 2)]))).toEqual([]);
  });

  test('a number in words on one side only is not flagged: the other side often says it without a number (a dual, "une trentaine")', () => {
    // UN corpus (2015/s/2015/72), the French shortened.
    const ar = 'وطلب إلي أن أزيد عدد أعضاء فريق الخبراء إلى تسعة أعضاء.';
    const fr = "Il m'a prié d'augmenter le nombre des membres du Groupe d'experts.";
    expect(checkFigures(side(ar, [number(ar, 'تسعة', 9)]), side(fr))).toEqual([]);
  });

  test('Arabic digit groups stored in reverse order (UN documents) match the French number', () => {
    // UN corpus (2015/s/2015/48).
    const ar = 'قدمت منظمة الصحة العالمية أدوية لـ 918 483 شخصا، منهم 616 196 شخصا وراء خطوط المواجهة.';
    const fr = "l'OMS a acheminé des médicaments pour 483 918 personnes, dont 196 616 à travers les lignes de front.";
    const arabic = side(ar, [number(ar, '918 483', 918_483), number(ar, '616 196', 616_196)]);
    const french = side(fr, [number(fr, '483 918', 483_918), number(fr, '196 616', 196_616)]);
    expect(checkFigures(arabic, french)).toEqual([]);
    expect(reversedGroupsValue('600 10 دولار')).toBe(10_600);
    expect(reversedGroupsValue('٠٠٠ ٢')).toBe(2000);
    expect(reversedGroupsValue('2015')).toBeUndefined();
  });

  test('digits the other side writes where its extractor saw no number are accounted for', () => {
    // UN corpus (2015/a/es_10/674): "18 heures" read as a time of day on the French side.
    const ar = 'انقطاع الكهرباء لمدد تصل إلى 18 ساعة يوميا';
    const fr = "des coupures de courant pouvant durer jusqu'à 18 heures";
    expect(checkFigures(side(ar, [number(ar, '18', 18)]), side(fr))).toEqual([]);
    // …but not when a value left on the other side looks like the same one written differently.
    const changed = "des coupures de courant pouvant durer jusqu'à 18 heures, 19 jours sur 20";
    const flags = checkFigures(side(ar, [number(ar, '18', 18)]), side(changed, [number(changed, '19', 19), number(changed, '20', 20)]));
    expect(flags.map((f) => [f.arabic?.text, f.french?.text])).toEqual([
      ['18', '19'],
      [undefined, '20'],
    ]);
  });

  test('a section number agrees with the same digits joined by another sign', () => {
    // UN corpus (2015/a/c_5/69/19): "(art. 2.1)" beside "(المادة 2-1)".
    const ar = 'ولا يكون أي موظف حالي مؤهلا للحصول على الجائزة؛ (المادة 2-1)';
    const fr = "Il ne pourrait être décerné à aucun fonctionnaire en exercice d'un organisme des Nations Unies; (art. 2.1)";
    expect(checkFigures(side(ar, [number(ar, '2', 2), number(ar, '1', 1, {}, ar.indexOf('-'))]), side(fr, [number(fr, '2.1', 2.1)]))).toEqual([]);
  });

  test('a lone 1 or 2 in digits is only a note (the other side may say "first" or use a dual)', () => {
    // FLORES: "diabète de type 1" where the Arabic says النوع الأول.
    const fr = 'ces résultats ne sont pas applicables aux personnes qui souffrent déjà de diabète de type 1.';
    const flags = checkFigures(side('لا تنطبق هذه النتائج على مرضى السكري من النوع الأول.'), side(fr, [number(fr, '1', 1)]));
    expect(flags).toEqual([expect.objectContaining({ kind: 'number', severity: 'info' })]);
  });

  test('reversed digit groups read as two numbers by the extractor still match', () => {
    const ar = 'بلغت الكمية المضبوطة 630.8 1 كغ من الحشيش';
    const fr = 'la quantité saisie a atteint 1 630,8 kg de cannabis';
    const arabic = side(ar, [number(ar, '630.8', 630.8), number(ar, '1 كغ', 1, { unit: 'kg' })]);
    expect(checkFigures(arabic, side(fr, [number(fr, '1 630,8 kg', 1630.8, { unit: 'kg' })]))).toEqual([]);
  });

  test('an amount in millions equals the same amount in full', () => {
    const ar = 'بلغت الميزانية 1.5 مليون دولار';
    const fr = 'le budget a atteint 1 500 000 dollars';
    expect(checkFigures(side(ar, [number(ar, '1.5', 1.5)]), side(fr, [number(fr, '1 500 000', 1_500_000)]))).toEqual([]);
  });
});

describe('numbers beside dates', () => {
  test('a year or a day written as a number agrees with the date of the other side', () => {
    const fr = 'Les rencontres de 2025, dont celle du 25, ont eu lieu à Marrakech.';
    const arabic = side(AR_DATE, [], [date(AR_DATE, 'الثلاثاء 25 نونبر 2025', TUESDAY_25)]);
    const french = side(fr, [number(fr, '2025', 2025), number(fr, '25', 25, {}, fr.indexOf('du 25'))]);
    expect(checkFigures(arabic, french)).toEqual([]);
  });

  test('a date without a year agrees with the full date of the same day', () => {
    const arabic = side(AR_DATE, [], [date(AR_DATE, 'الثلاثاء 25 نونبر 2025', TUESDAY_25)]);
    const french = side(FR_DATE, [], [date(FR_DATE, 'mardi 25 novembre', { value: '--11-25', month: 11, day: 25, weekday: 2 })]);
    expect(checkFigures(arabic, french)).toEqual([]);
  });

  test('another day is one date flag with both spans', () => {
    const fr = FR_DATE.replace('mardi 25', 'mercredi 26');
    const arabic = side(AR_DATE, [], [date(AR_DATE, 'الثلاثاء 25 نونبر 2025', TUESDAY_25)]);
    const french = side(fr, [], [date(fr, 'mercredi 26 novembre', { value: '--11-26', month: 11, day: 26, weekday: 3 })]);
    const flags = checkFigures(arabic, french);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'date', severity: 'error', arabic: { text: 'الثلاثاء 25 نونبر 2025' }, french: { text: 'mercredi 26 novembre' } });
  });

  test('a year changed in digits beside a full date is flagged as a date', () => {
    const fr = 'Le 25 novembre 2024, à Marrakech.';
    const arabic = side(AR_DATE, [], [date(AR_DATE, 'الثلاثاء 25 نونبر 2025', TUESDAY_25)]);
    const french = side(fr, [], [date(fr, '25 novembre 2024', { value: '2024-11-25', year: 2024, month: 11, day: 25 })]);
    expect(checkFigures(arabic, french)).toEqual([expect.objectContaining({ kind: 'date', detail: { arabicValue: '2025-11-25', frenchValue: '2024-11-25' } })]);
  });
});

describe('date ranges', () => {
  // UN corpus (2015/e/cn_15/2015/10), the French end day changed from 4 to 1.
  const ar = 'وقد عقدت تلك المشاورات في مراكش بالمغرب، في الفترة من 1 إلى 4 تموز/يوليه.';
  const fr = "La réunion, qui s'est tenue à Marrakech (Maroc) du 1er au 1 juillet, était parrainée par ONU-Femmes.";
  const JULY_4 = { value: '--07-04', month: 7, day: 4 };

  test('a changed day is not hidden by the same day number elsewhere in the range', () => {
    const arabic = side(ar, [number(ar, '1', 1)], [date(ar, '4 تموز/يوليه', JULY_4)]);
    const french = side(fr, [number(fr, '1er', 1, { ordinal: true })], [date(fr, '1 juillet', { value: '--07-01', month: 7, day: 1 })]);
    expect(checkFigures(arabic, french)).toEqual([expect.objectContaining({ kind: 'date', arabic: expect.objectContaining({ text: '4 تموز/يوليه' }), french: expect.objectContaining({ text: '1 juillet' }) })]);
  });

  test('a changed day written as a number is paired with the date it differs from', () => {
    // UN corpus (2015/e/res/2014/36), "les 6 et 7 avril 2011" changed into "les 6 et 6 avril 2011".
    const ar2 = 'في اجتماعها الخامس المعقود يومي 6 و 7 نيسان/أبريل 2011';
    const fr2 = 'révisé à sa cinquième réunion, tenue les 6 et 6 avril 2011';
    const arabic = side(ar2, [], [date(ar2, '6', { value: '2011-04-06', year: 2011, month: 4, day: 6 }), date(ar2, '7 نيسان/أبريل 2011', { value: '2011-04-07', year: 2011, month: 4, day: 7 })]);
    const french = side(fr2, [number(fr2, '6', 6)], [date(fr2, '6 avril 2011', { value: '2011-04-06', year: 2011, month: 4, day: 6 })]);
    expect(checkFigures(arabic, french)).toEqual([expect.objectContaining({ kind: 'date', arabic: expect.objectContaining({ text: '7 نيسان/أبريل 2011' }), french: expect.objectContaining({ text: '6', start: fr2.indexOf('6') }) })]);
  });

  test('the right range agrees', () => {
    const right = fr.replace('au 1 juillet', 'au 4 juillet');
    const arabic = side(ar, [number(ar, '1', 1)], [date(ar, '4 تموز/يوليه', JULY_4)]);
    const french = side(right, [number(right, '1er', 1, { ordinal: true })], [date(right, '4 juillet', JULY_4)]);
    expect(checkFigures(arabic, french)).toEqual([]);
  });
});

describe('list numbers', () => {
  // UN corpus: paragraph numbers are often on one side only.
  const AR_LIST = '51 - وواصل فريق اللجنة العامل المعني بالشفافية والتوعية الإعلامية نظره في سبل تحسين التوعية.';
  const FR_NO_LIST = 'Le Groupe de travail sur la transparence et la sensibilisation a poursuivi son examen.';

  test('a number at the start followed by a period, bracket or dash is a list number', () => {
    expect(isListMarker(AR_LIST, number(AR_LIST, '51', 51))).toBe(true);
    expect(isListMarker('10. La Commission', number('10. La Commission', '10', 10))).toBe(true);
    expect(isListMarker('٣ - تلاحظ', number('٣ - تلاحظ', '٣', 3))).toBe(true);
    expect(isListMarker("'3` حشد الموارد المالية", number("'3` حشد الموارد المالية", '3', 3))).toBe(true);
    expect(isListMarker('43 réunions bilatérales', number('43 réunions bilatérales', '43', 43))).toBe(false);
    expect(isListMarker('La résolution 51 - adoptée', number('La résolution 51 - adoptée', '51', 51))).toBe(false);
  });

  test('a list number on one side only is not flagged', () => {
    expect(checkFigures(side(AR_LIST, [number(AR_LIST, '51', 51)]), side(FR_NO_LIST))).toEqual([]);
  });

  test('two list numbers that differ are a warning (the pair may be misaligned)', () => {
    const fr = '52. Le Groupe de travail a poursuivi son examen.';
    const flags = checkFigures(side(AR_LIST, [number(AR_LIST, '51', 51)]), side(fr, [number(fr, '52', 52)]));
    expect(flags).toEqual([expect.objectContaining({ kind: 'number', severity: 'warning', arabic: expect.objectContaining({ text: '51' }), french: expect.objectContaining({ text: '52' }) })]);
  });

  test('a number at the very start stands for the list number of the other side', () => {
    // UN corpus (2015/a/68/908): the Arabic quotes its list number.
    const ar = "'4` تنفيذ التوصيات الصادرة عن الاجتماع الوزاري السادس والثلاثين؛";
    const fr = '4. État de mise en œuvre des recommandations de la trente-sixième réunion ministérielle.';
    const arabic = side(ar, [number(ar, '4', 4), number(ar, 'السادس والثلاثين', 36, { ordinal: true })]);
    const french = side(fr, [number(fr, '4', 4), number(fr, 'trente-sixième', 36, { ordinal: true })]);
    expect(checkFigures(arabic, french)).toEqual([]);
  });

  test('two list numbers that differ are flagged even when the other digits appear in the text', () => {
    // UN corpus (2015/s/2015/10/add_5), the French list number changed from 24 to 14.
    const ar = '٢٤ - الأسلحة الصغيرة (24 أيلول/سبتمبر 1999).';
    const fr = '14. Armes de petit calibre (24 septembre 1999).';
    const SEPT_24 = { value: '1999-09-24', year: 1999, month: 9, day: 24 };
    const arabic = side(ar, [number(ar, '٢٤', 24, { listNumber: true })], [date(ar, '24 أيلول/سبتمبر 1999', SEPT_24)]);
    const french = side(fr, [number(fr, '14', 14, { listNumber: true })], [date(fr, '24 septembre 1999', SEPT_24)]);
    expect(checkFigures(arabic, french)).toEqual([expect.objectContaining({ kind: 'number', arabic: expect.objectContaining({ text: '٢٤' }), french: expect.objectContaining({ text: '14' }) })]);
  });

  test('a list number does not stand in for a number of the text', () => {
    const ar = '3 - وستجري الانتخابات في الفترة من 8 إلى 10 نيسان/أبريل.';
    const fr = 'L’élection aura lieu du 3 au 10 avril.';
    const flags = checkFigures(side(ar, [number(ar, '3', 3), number(ar, '8', 8), number(ar, '10', 10)]), side(fr, [number(fr, '3', 3), number(fr, '10', 10)]));
    expect(flags).toEqual([expect.objectContaining({ kind: 'number', arabic: expect.objectContaining({ text: '8' }), french: expect.objectContaining({ text: '3' }) })]);
  });
});
