// Name checks on real sentences: a misspelling is one main consonant written as another
// in a name otherwise rendered (Hmouzi for حموشي; the UN corpus's own typo Ttatelolco for
// تلاتيلولكو); chance likenesses of common words and foreign-name habits are not flagged.
import { extractNames } from '../../server/anchors/names';
import { checkNames } from '../../server/checks/names';
import { checkPair } from '../../server/checks/check';
import { looksMisspelled } from '../../server/checks/misspelling';
import { readSeed, readShared } from '../helpers/shared';
import { parallelRow } from '../anchors/parallel';
import { findPlaces } from '../../server/anchors/places';

function namesOf(arabic: string, french: string, accepted?: Map<string, string[]>) {
  return checkNames({ text: arabic, names: extractNames(arabic, 'ar') }, { text: french, names: extractNames(french, 'fr') }, accepted);
}

/** A sentence pair of the UN development set by document and position. */
function unPair(doc: string, position: string): [string, string] {
  const cells = readShared('data', 'dev', 'unpc-dev.ar_fr_en.tsv')
    .split('\n')
    .map((line) => line.split('\t'))
    .find((c) => c[1] === doc && c[2] === position);
  if (!cells) throw new Error(`no UN pair ${doc} ${position}`);
  return [cells[5], cells[6]];
}

describe('what a misspelling looks like', () => {
  test('one main consonant written as another in a name otherwise rendered', () => {
    expect(looksMisspelled('حموشي', 'Hmouzi')).toBe(true);
    expect(looksMisspelled('تلاتيلولكو', 'Ttatelolco')).toBe(true);
  });

  test('not a likeness of a common word, a dropped article or a short word', () => {
    expect(looksMisspelled('المسؤول', 'Mission')).toBe(false);
    expect(looksMisspelled('اللاذقية', 'Lattaquié')).toBe(false);
    expect(looksMisspelled('حلب', 'Alep')).toBe(false);
    expect(looksMisspelled('أعرب', 'Groupe')).toBe(false);
  });

  test('not the habits of foreign names: a final s for ز, g for ج, the German ch', () => {
    expect(looksMisspelled('سيمبسونز', 'Simpsons')).toBe(false);
    expect(looksMisspelled('ليجينز', 'Liggins')).toBe(false);
    expect(looksMisspelled('أخيم كاسو', 'Achim Kassow')).toBe(false);
    expect(looksMisspelled('سيباستيان روغاتش', 'Sebastian Rogač')).toBe(false);
    expect(looksMisspelled('عشق أباد', 'Achgabat')).toBe(false);
    // UN corpus: "îles Vierges britanniques" beside جزر فرجن البريطانية.
    expect(looksMisspelled('فرجن', 'Vierges')).toBe(false);
  });
});

describe('name checks', () => {
  test('the UN corpus misspells Tlatelolco: flagged with the letter at fault, the right spelling is not', () => {
    const [arabic, french] = unPair('2015/npt/conf_2015/7', '5:1');
    const flags = namesOf(arabic, french).filter((f) => f.severity !== 'info');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'name', french: { text: 'Ttatelolco' }, arabic: { text: 'تلاتيلولكو' } });
    expect(flags[0].message).toBe('Ttatelolco does not render تلاتيلولكو: ل written as t');
    expect(namesOf(arabic, french.replace('Ttatelolco', 'Tlatelolco')).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('names of seed 000 and 003 render each other: no flags', () => {
    const arabic = readSeed(3).split('\n').find((l) => l.includes('فيصل شهكار')) as string;
    const french = readSeed(0).split('\n').find((l) => l.includes('ce mardi 25 novembre')) as string;
    expect(namesOf(arabic, french)).toEqual([]);
  });

  test('a person named by the family name alone on the Arabic side is rendered', () => {
    // FLORES (Iowa caucus): the Arabic names the candidates by their family names.
    const arabic = 'بعد ظهور النتائج، أثنى "جينجريتش" على "سانتوروم"، لكنه وجه كلمات لاذعة إلى "رومني".';
    const french = "Après publication des résultats, Newt Gingrich a félicité Rick Santorum, mais a eu des mots durs à l'encontre de Mitt Romney.";
    expect(namesOf(arabic, french)).toEqual([]);
  });

  test('a translated country agrees through its entity; a person missing from the Arabic is a note', () => {
    // UN corpus (2015/a/70/103): "Achim Kassow (Allemagne)" beside "أخيم كاسو (ألمانيا)".
    expect(namesOf('أخيم كاسو (ألمانيا)', 'Achim Kassow (Allemagne)').filter((f) => f.french?.text === 'Allemagne')).toEqual([]);
    const flags = namesOf('(ألمانيا)', 'Achim Kassow (Allemagne)');
    expect(flags).toEqual([expect.objectContaining({ kind: 'name', severity: 'info', french: expect.objectContaining({ text: 'Achim Kassow' }) })]);
    expect(flags[0].confidence).toBeLessThan(0.5);
  });
});

describe('country adjectives', () => {
  test('الأمريكية stands for États-Unis (FLORES): no note that the Arabic lacks the country', () => {
    const row = parallelRow('flores', 'تقوم القيادة الإستراتيجية الأمريكية');
    expect(namesOf(row.ar, row.fr).filter((f) => f.french?.text === 'États-Unis')).toEqual([]);
  });

  test('adjectives derived from the country names qualify a definite noun; after a name they are a family name', () => {
    const entities = (text: string) => findPlaces(text, 'ar').map((p) => [p.text, p.entity]);
    expect(entities('الرئاسة الفرنسية والحكومة المغربية وللشرطة الألمانية')).toEqual([
      ['الفرنسية', 'country:FR'],
      ['المغربية', 'country:MA'],
      ['الألمانية', 'country:DE'],
    ]);
    expect(entities('وقال أحمد المصري')).toEqual([]);
  });
});

describe('translated names the UN corpus uses', () => {
  test.each([
    ['ولا تشترط لكسمبرغ', 'Luxembourg'],
    ['مبادرة مجلس التعاون الخليجي وآلية تنفيذها', 'Conseil de coopération du Golfe'],
    ['بين الأمم المتحدة والجماعة الكاريبية', 'Communauté des Caraïbes'],
    ['جون كيري وزير خارجية الولايات المتحدة', "États-Unis d'Amérique"],
  ])('%s renders %s', (snippet, french) => {
    const row = parallelRow('unpc', snippet);
    expect(namesOf(row.ar, row.fr).map((f) => f.french?.text)).not.toContain(french);
    expect(namesOf(row.ar, row.fr).filter((f) => french.includes(f.french?.text ?? '~'))).toEqual([]);
  });
});

test('"La réunion" (the meeting) opening a UN sentence is not La Réunion', () => {
  const row = parallelRow('unpc', 'يُعقد الاجتماع في شكل جلسة علنية مفتوحة');
  expect(extractNames(row.fr, 'fr').filter((n) => n.entity)).toEqual([]);
  expect(namesOf(row.ar, row.fr)).toEqual([]);
  expect(extractNames('Il vit à La Réunion.', 'fr').map((n) => n.entity)).toEqual(['country:RE']);
});

describe('a misspelt family name where the Arabic names the person by it alone', () => {
  // Seed 003 names the director by his family name alone; the French writes him in full, misspelt as in seed 002.
  const ar = 'وأكد السيد شهكار، في مباحثاته مع السيد حموشي، أهمية الكفاءات الشرطية المغربية.';
  const fr = 'Faisal Shahkar a souligné, lors de son entretien avec Abdellatif Hmouzi, la compétence des policiers marocains.';
  test('Hmouzi is flagged against حموشي, on the family name only', () => {
    const flags = checkPair(ar, fr).filter((f) => f.kind === 'name');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'warning', french: { text: 'Hmouzi' }, arabic: { text: 'حموشي' } });
    expect(flags[0].message).toMatch(/ش written as z/);
  });
  test('the usual spelling Hammouchi is not flagged', () => {
    expect(checkPair(ar, fr.replace('Hmouzi', 'Hammouchi')).filter((f) => f.kind === 'name')).toEqual([]);
  });
});
