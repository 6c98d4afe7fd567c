// Month and weekday names of French and Arabic news, for finding a report's date.
// Arabic has three month-name traditions: the Maghreb (نونبر), Egypt and the Gulf
// (نوفمبر), the Levant and Iraq (تشرين الثاني); Algeria and Tunisia add French-derived
// forms (جانفي, جوان). Spelling variants are listed as written (with and without hamza).

/** Month name (as written, lower case for French) → month number 1–12. */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  // French, with and without accents, and the usual abbreviations.
  janvier: 1, 'janv.': 1, février: 2, fevrier: 2, 'févr.': 2, 'fevr.': 2, mars: 3, avril: 4, 'avr.': 4,
  mai: 5, juin: 6, juillet: 7, 'juil.': 7, août: 8, aout: 8, septembre: 9, 'sept.': 9, octobre: 10,
  'oct.': 10, novembre: 11, 'nov.': 11, décembre: 12, decembre: 12, 'déc.': 12, 'dec.': 12,
  // Arabic, Maghreb.
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, إبريل: 4, ماي: 5, يونيو: 6, يوليوز: 7, غشت: 8,
  شتنبر: 9, أكتوبر: 10, اكتوبر: 10, نونبر: 11, دجنبر: 12,
  // Arabic, Egypt and the Gulf.
  مايو: 5, يونيه: 6, يوليو: 7, يوليه: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9, نوفمبر: 11, ديسمبر: 12,
  // Arabic, Algeria and Tunisia.
  جانفي: 1, فيفري: 2, أفريل: 4, افريل: 4, جوان: 6, جويلية: 7, أوت: 8, اوت: 8,
  // Arabic, the Levant and Iraq.
  'كانون الثاني': 1, شباط: 2, آذار: 3, اذار: 3, نيسان: 4, أيار: 5, ايار: 5, حزيران: 6, تموز: 7, آب: 8,
  اب: 8, أيلول: 9, ايلول: 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  'كانون الاول': 12,
};

/** Weekday names (French and Arabic, with the Arabic article), which may precede a date. */
export const WEEKDAY_NAMES: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاحد',
];
