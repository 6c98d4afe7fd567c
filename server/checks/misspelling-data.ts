// Renderings of an Arabic letter that the name matcher counts as a wrong main consonant
// but that names of foreign origin, or French and English habits, use often enough that
// flagging them would waste a reviewer's time: a final or intervocalic s for ز (Simpsons
// سيمبسونز, Élisabeth إليزابيث), g for ج (Liggins ليجينز), h for خ (Xinhua شينخوا), z for س
// (Gonzalez غونزالس), s for ش before a consonant (Aerosmith إيروشميث), c for ج (Recep رجب),
// the German and Italian ch for خ and ك (Achim أخيم, Bachmann باكمان), g for the Slavic h
// (Lougansk لوهانسك), c for the تش of Slavic, Italian and Spanish names (Rogač روغاتش,
// Versace فرساتشي, Barcelone برشلونة), t and d for each other in exonyms (Achgabat عشق أباد,
// Mahomet محمد, Beledweyne بيليت وين). A few real misspellings between t and d are the price.

/** Arabic letter → Latin renderings not flagged as misspellings. */
export const TOLERATED_SUBSTITUTIONS: Readonly<Record<string, readonly string[]>> = {
  'ز': ['s', 'ss'],
  'ج': ['g', 'gu', 'c'],
  'خ': ['h', 'ch'],
  'ك': ['ch'],
  'ه': ['g'],
  'س': ['z'],
  'ش': ['s', 'c'],
  'ت': ['c', 'd'],
  'د': ['dh', 't'],
};
