// Tables for the sentence segmenter: abbreviations that a full stop does not end, and
// the words that open a French sentence (they tell "catégorie B. Les" from "George W. Bush").
// Data only; the rules that read them are in segment.ts.

/**
 * Abbreviations that are always followed by more of the same sentence (titles, "cf.",
 * "p. ex."): a full stop after them never ends a sentence. Compared case-sensitively,
 * without the final full stop.
 */
export const ALWAYS_CONTINUED: ReadonlySet<string> = new Set([
  // Titles and forms of address (French, then English).
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr', 'Mgrs', 'Dr', 'Drs', 'Pr', 'Prs', 'Me', 'Maître',
  'St', 'Ste', 'Sts', 'Stes', 'SE', 'SS', 'LL', 'Gal', 'Gén', 'Col', 'Cdt', 'Cne', 'Lt', 'Sgt', 'Adj',
  'Prof', 'Mr', 'Mrs', 'Ms', 'Messrs', 'Hon', 'Rev', 'Sr', 'Sra', 'Sres',
  // Abbreviations that introduce what follows.
  'cf', 'Cf', 'av', 'apr', 'env', 'ex', 'Ex', 'p', 'pp', 'cit', 'op', 'éd', 'Éd', 'coll', 'trad', 'dir',
  'vs', 'v', 'c.-à-d', 'c-à-d', 'i.e', 'e.g', 'viz', 'resp', 'tél', 'Tél', 'fax', 'bd', 'boul', 'av', 'pl', 'rte',
  'Inst', 'Univ', 'Dép', 'dép', 'Rép', 'Féd', 'ch', 'sq', 'sqq',
]);

/**
 * Abbreviations that a number follows ("art. 21", "par. 4", "n° 18", "vol. II", "nov. 2015"):
 * a full stop after them ends no sentence when a digit or a Roman numeral comes next.
 */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'art', 'Art', 'arts', 'par', 'Par', 'al', 'chap', 'Chap', 'ch', 'vol', 'Vol', 'fig', 'Fig', 'tab', 'Tab',
  'n', 'no', 'No', 'nos', 'Nos', 'n°', 'N°', 'nº', 'Nº', 'num', 'p', 'pp', 'sect', 'Sect', 'annexe', 'doc', 'Doc',
  'paragr', 'réf', 'Réf', 'ref', 'Ref', 'suppl', 'Suppl', 'add', 'Add', 'rev', 'Rev', 'corr', 'Corr',
  'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul',
  'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'env', 'ca', 'approx', 'h', 'tome', 't',
]);

/**
 * Arabic abbreviations and Arabic spellings of Latin letters used as initials ("د." doctor,
 * "أ." professor, "ص." page, "دي. كي. أريا"): a full stop after them ends no sentence.
 * Single Arabic letters are handled by rule (see segment.ts).
 */
export const ARABIC_CONTINUED: ReadonlySet<string> = new Set([
  'د', 'أ', 'ص', 'ج', 'ع', 'ق', 'ط', 'س', 'ن', 'ت', 'ب', 'ف', 'ك', 'ل', 'ر', 'ش', 'ح', 'خ', 'ز', 'ظ', 'غ', 'ي', 'و',
  'أد', 'م.د', 'ص.ب', 'ق.م',
  'بي', 'تي', 'دي', 'إف', 'جي', 'إتش', 'آي', 'جاي', 'كي', 'إل', 'إم', 'إن', 'كيو', 'آر', 'إس', 'يو', 'دبليو', 'إكس', 'واي', 'زد',
]);

/**
 * Words that open a French (or English) sentence. After a single capital and a full stop,
 * one of these next means the capital ended a sentence ("le plan B. Les"), anything else
 * that it was an initial ("John F. Kennedy", "S. E. M. Abel").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'Le', 'La', 'Les', "L'", 'L’', 'Un', 'Une', 'Des', 'Du', 'De', "D'", 'D’', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous',
  'Vous', 'Je', "J'", 'J’', 'Ce', 'Cet', 'Cette', 'Ces', "C'", 'C’', 'Cela', 'Ceci', 'Celui', 'Celle', 'Dans', 'En',
  'Au', 'Aux', 'À', 'Pour', 'Par', 'Sur', 'Sous', 'Selon', 'Depuis', 'Après', 'Avant', 'Mais', 'Et', 'Or', 'Donc',
  'Ainsi', 'Si', 'Lors', 'Lorsque', 'Quand', 'Comme', 'Toutefois', 'Cependant', 'Néanmoins', 'Pourtant', 'Enfin',
  'Puis', 'Alors', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Notre', 'Nos', 'Tous', 'Toutes', 'Tout', 'Toute', 'Aucun',
  'Aucune', 'Plusieurs', 'Chaque', 'Parmi', 'Entre', 'Qui', 'Que', "Qu'", 'Qu’', "S'", 'S’', "N'", 'N’', 'Y',
  'The', 'This', 'That', 'These', 'It', 'He', 'She', 'We', 'They', 'In', 'On', 'At', 'For', 'But', 'And',
]);
