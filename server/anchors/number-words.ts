// Number words of French and Arabic, units and multipliers, in folded form (see folded.ts:
// lower case without accents; Arabic without marks, alef forms as ا, ى as ي, ة as ه).

/** French cardinal words: units, teens and tens (additive parts of a number). */
export const FRENCH_ADDITIVE: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};

/** French hundreds word. */
export const FRENCH_HUNDRED = new Set(['cent', 'cents']);

/** French multipliers: thousand, million, billion (singular and plural). */
export const FRENCH_MULTIPLIER: Readonly<Record<string, number>> = {
  mille: 1e3, millier: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
};

/** French ordinal stems that are not "cardinal + ième" (cinquième, neuvième) and the first. */
export const FRENCH_ORDINAL_SPECIAL: Readonly<Record<string, string>> = {
  cinqu: 'cinq', neuv: 'neuf', quatr: 'quatre', onz: 'onze', douz: 'douze', treiz: 'treize', quatorz: 'quatorze',
  quinz: 'quinze', seiz: 'seize', trent: 'trente', quarant: 'quarante', cinquant: 'cinquante', soixant: 'soixante',
  mill: 'mille', un: 'un',
};

/** Arabic cardinal units and teens' first parts (additive parts), folded. */
export const ARABIC_UNITS: Readonly<Record<string, number>> = {
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9,
};

/** Arabic "one" of the teens (أحد عشر, إحدى عشرة): a number only before عشر/عشرة. */
export const ARABIC_TEEN_ONE: Readonly<Record<string, number>> = { احد: 1, احدي: 1 };

/** Arabic ten (alone, or second part of a teen). */
export const ARABIC_TEN = new Set(['عشر', 'عشره']);

/** Arabic tens (both cases). */
export const ARABIC_TENS: Readonly<Record<string, number>> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};

/** Arabic hundreds, written as one word. */
export const ARABIC_HUNDREDS: Readonly<Record<string, number>> = {
  مائه: 100, مئه: 100, مائتان: 200, مئتان: 200, مائتين: 200, مئتين: 200, مائتا: 200, مئتا: 200, مائتي: 200, مئتي: 200,
  ثلاثمائه: 300, ثلاثمئه: 300, اربعمائه: 400, اربعمئه: 400, خمسمائه: 500, خمسمئه: 500, ستمائه: 600, ستمئه: 600,
  سبعمائه: 700, سبعمئه: 700, ثمانمائه: 800, ثمانمئه: 800, ثمانيمائه: 800, تسعمائه: 900, تسعمئه: 900,
};

/** Arabic thousands, millions, billions: singular and dual forms carry their own value. */
export const ARABIC_BIG: Readonly<Record<string, number>> = {
  الف: 1e3, الفا: 1e3, الفان: 2e3, الفين: 2e3, الفي: 2e3,
  مليون: 1e6, مليونا: 1e6, مليونان: 2e6, مليونين: 2e6, مليوني: 2e6,
  مليار: 1e9, مليارا: 1e9, ملياران: 2e9, مليارين: 2e9, بليون: 1e9, بليونا: 1e9, بليونان: 2e9, بليونين: 2e9,
};

/** Arabic plural multipliers: a number only after a count (ثلاثة آلاف, 3 ملايين). */
export const ARABIC_PLURAL_MULTIPLIER: Readonly<Record<string, number>> = {
  الاف: 1e3, ملايين: 1e6, مليارات: 1e9, بلايين: 1e9,
};

/** Arabic ordinal stems (after ال), both genders; الحادي/الحادية only in compounds. */
export const ARABIC_ORDINALS: Readonly<Record<string, number>> = {
  اول: 1, اولي: 1, ثاني: 2, ثانيه: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5,
  سادس: 6, سادسه: 6, سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8, تاسع: 9, تاسعه: 9, عاشر: 10, عاشره: 10,
};

/** Arabic "first" of compound ordinals (الحادي عشر, الحادية والعشرون). */
export const ARABIC_ORDINAL_ONE: Readonly<Record<string, number>> = { حادي: 1, حاديه: 1 };

/** What may stand between Arabic letters and digits glued to them: the article and clitics (الـ93, و93, بـ3). */
export const ARABIC_DIGIT_PREFIXES = new Set(['ال', 'و', 'ب', 'ل', 'ك', 'ف', 'لل', 'بال', 'وال', 'فال', 'كال', 'وب', 'ول', 'وبال', 'ولل']);

/** Roman numeral letters and values. */
export const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Arabic one-letter prefixes that may precede a number word (and, with, for, as, so). */
export const ARABIC_CLITICS = ['و', 'ب', 'ل', 'ك', 'ف'];

/** Nouns after which a number is an ordinal (الدورة 93, session 93). */
export const ORDINAL_NOUNS = new Set([
  'الدوره', 'الجلسه', 'الفقره', 'الماده', 'البند', 'الفصل', 'الجزء', 'المرفق', 'النسخه', 'الطبعه', 'المؤتمر', 'الاجتماع', 'اللجنه',
  'التقرير', 'المرحله', 'الباب', 'القسم', 'المجلد', 'الفرع', 'الاجتماعات', 'دوره', 'جلسه', 'جلستها', 'دورتها', 'جلستيها', 'دورته',
  'session', 'sessions', 'seance', 'seances', 'paragraphe', 'article', 'alinea', 'chapitre', 'edition', 'reunion', 'annexe', 'partie',
  'titre', 'section', 'volume', 'phase', 'commission', 'rapport', 'conference', 'etape', 'tome', 'livre', 'protocole',
]);

/** Currency and measure units after (or before) a number, folded, with their normalised unit. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  '€': 'EUR', euro: 'EUR', euros: 'EUR', eur: 'EUR', '$': 'USD', 'us$': 'USD', dollar: 'USD', dollars: 'USD', usd: 'USD',
  dirham: 'MAD', dirhams: 'MAD', dh: 'MAD', dhs: 'MAD', mad: 'MAD', 'francs cfa': 'XOF', fcfa: 'XOF', '£': 'GBP',
  km: 'km', kilometre: 'km', kilometres: 'km', km2: 'km2', 'km²': 'km2', kg: 'kg', kilogrammes: 'kg', tonnes: 't', hectares: 'ha', ha: 'ha',
  دولار: 'USD', دولارا: 'USD', دولارات: 'USD', الدولارات: 'USD', يورو: 'EUR', درهم: 'MAD', دراهم: 'MAD', درهما: 'MAD',
  كلم: 'km', كم: 'km', كيلومتر: 'km', كيلومترا: 'km', كيلومترات: 'km', كيلوغرام: 'kg', طن: 't', هكتار: 'ha', هكتارا: 'ha',
};

/** Arabic words after which الأول/الثاني name a month or a Hijri month, not a number. */
export const MONTH_HEADS = new Set(['كانون', 'تشرين', 'ربيع', 'جمادي']);

/** Units that with the article are another word: الاثنين (Monday). */
export const ARABIC_NOT_DEFINITE_UNITS = new Set(['اثنين']);

/** Nouns after which ألف is the letter A of a list (القائمة ألف, المرفق ألف), not a thousand. */
export const ARABIC_LETTER_NOUNS = new Set([
  'القائمه', 'المرفق', 'الفرع', 'الجزء', 'القسم', 'الفئه', 'الجدول', 'الفصل', 'الباب', 'المجموعه', 'الخيار', 'البديل', 'الشكل',
  'المنطقه', 'الملحق', 'التذييل', 'الاطار', 'البرميل', 'المبني', 'الموقع', 'النموذج', 'الهدف', 'المستوي',
]);

/** French fraction nouns: "deux tiers" is no count of two. */
export const FRENCH_FRACTIONS = new Set(['tiers', 'quart', 'quarts', 'cinquiemes', 'dixiemes', 'centiemes', 'moitie']);

/** French words before a lone "neuf" that make it the adjective "new". */
export const NEW_MARKERS = new Set(['un', 'une', 'tout', 'toute', 'flambant', 'a', 'du', 'le', 'la', 'est', 'sont', 'etait', 'semble', 'comme']);

/** Arabic adverbial ordinals (أولاً، ثانياً، ثالثاً …), folded: list markers at the start of a line ("ثالثا -" for "III."). */
export const ARABIC_ADVERBIAL_ORDINALS: Readonly<Record<string, number>> = {
  اولا: 1, ثانيا: 2, ثالثا: 3, رابعا: 4, خامسا: 5, سادسا: 6, سابعا: 7, ثامنا: 8, تاسعا: 9, عاشرا: 10,
};

/** Masculine Arabic ordinals that count without the article before an indefinite noun (عاشر عاصفة: the 10th storm). */
export const ARABIC_BARE_ORDINALS: Readonly<Record<string, number>> = {
  ثاني: 2, ثالث: 3, رابع: 4, خامس: 5, سادس: 6, سابع: 7, ثامن: 8, تاسع: 9, عاشر: 10,
};

/** Words after a bare ordinal that make it no count: ثاني أكسيد (dioxide). */
export const BARE_ORDINAL_NOT_BEFORE = new Set(['اكسيد']);

/** French approximate counts (une trentaine, une centaine), read as their round value like نحو ثلاثين. */
export const FRENCH_APPROXIMATE: Readonly<Record<string, number>> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
};

/** Arabic decades (الثمانينيات, the 1980s) by the tens word they are made from, folded. */
export const ARABIC_DECADE = /^(?:[وبلف])?(?:ال)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي)?ات$/;

/** After a decade, an age: في العشرينيات من عمره, "in his twenties" (une vingtaine d'années): the tens alone. */
export const ARABIC_DECADE_OF_AGE = /^\s+من\s+(?:ال)?عمر/;

/** The century a decade is in when the text does not say (الثمانينيات, "années 80": the 1980s). */
export const DEFAULT_DECADE_CENTURY = 1900;

/** Centuries named after an Arabic decade (الثمانينيات من القرن التاسع عشر: the 1880s), folded. */
export const ARABIC_DECADE_CENTURIES: ReadonlyArray<[RegExp, number]> = [
  [/^\s+(?:من\s+)?القرن\s+(?:التاسع\s+عشر|19)(?![\u0621-\u064A0-9])/, 1800],
  [/^\s+(?:من\s+)?القرن\s+(?:الحادي\s+والعشرين|21)(?![\u0621-\u064A0-9])/, 2000],
];
