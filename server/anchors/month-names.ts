// Month and weekday names of French and Arabic, in folded form (see folded.ts: lower case
// without accents; Arabic without marks, alef forms as ا, ى as ي, ة as ه). The Arabic tables
// cover the Maghreb (ar-MA), Algeria and Tunisia (ar-DZ, ar-TN), the Levant and Iraq
// (ar-LB, ar-SY, ar-IQ), Egypt and the Gulf (ar-EG, ar-SA), and the UN spellings (يونيه، يوليه).

/** French month names and abbreviations → month 1–12. */
export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

/** French abbreviations: a month only with a day before it or a year after it ("25 nov. 2025"). */
export const FRENCH_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  janv: 1, fevr: 2, fev: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Arabic month names of one word → month 1–12 (Maghreb, Algeria/Tunisia, Egypt/Gulf, Levant). */
export const ARABIC_MONTHS: Readonly<Record<string, number>> = {
  // Maghreb
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, ماي: 5, يونيو: 6, يوليوز: 7, غشت: 8, شتنبر: 9, اكتوبر: 10, نونبر: 11, دجنبر: 12,
  // Algeria, Tunisia
  جانفي: 1, فيفري: 2, افريل: 4, جوان: 6, جويليه: 7, اوت: 8, سبتمبر: 9, نوفمبر: 11, ديسمبر: 12,
  // Egypt, Gulf, and the UN's spellings
  مايو: 5, يونيه: 6, يوليو: 7, يوليه: 7, اغسطس: 8,
  // Levant, Iraq (one word)
  شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9,
};

/** Levant month names of two words. */
export const ARABIC_TWO_WORD_MONTHS: Readonly<Record<string, number>> = {
  'كانون الثاني': 1, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
};

/** Arabic month names that are also common words (مارس "practised", أب "father"): months only beside a day, a year or a paired name. */
export const ARABIC_AMBIGUOUS_MONTHS = new Set(['مارس', 'اب', 'اوت', 'ماي']);

/** French weekdays → 0 (Sunday) … 6 (Saturday). */
export const FRENCH_WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

/** Arabic weekdays (with the article) → 0 (Sunday) … 6 (Saturday). */
export const ARABIC_WEEKDAYS: Readonly<Record<string, number>> = {
  الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6,
};

/** Arabic weekdays that are also common words (الاثنين "the two"): weekdays only after يوم, صباح … or before a day. */
export const ARABIC_AMBIGUOUS_WEEKDAYS = new Set(['الاثنين']);

/** Arabic words that announce a day: يوم الاثنين, صباح الاثنين, أمس الاثنين. */
export const ARABIC_DAY_HEADS = ['يوم', 'اليوم', 'صباح', 'مساء', 'ليله', 'امس', 'غدا', 'ظهر', 'عشيه', 'صبيحه', 'فجر'];

/** Arabic words for the current month: "27 نونبر الجاري", "27 من الشهر الجاري". */
export const ARABIC_CURRENT = ['الجاري', 'الحالي'];

/** French words for a day relative to the document's date → offset in days. */
export const FRENCH_RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'avant-hier': -2, hier: -1, "aujourd'hui": 0, demain: 1, 'apres-demain': 2,
};

/** Arabic words for a day relative to the document's date → offset in days (اليوم only before a weekday). */
export const ARABIC_RELATIVE_DAYS: Readonly<Record<string, number>> = { البارحه: -1, امس: -1, اليوم: 0, غدا: 1 };
