// Word lists for finding names of people in French and Arabic text: French words that
// start sentences or institutions but are no names, titles, months and weekdays, name
// particles; Arabic titles, name parts, common given names and words that end a name.
// French entries are folded (lower case, no accents); Arabic ones are folded by the user.

/** French capitalised words that are not names: articles, pronouns, prepositions, adverbs, titles, common nouns of institutions. */
export const FRENCH_NOT_NAMES: readonly string[] = [
  // articles, pronouns, determiners, conjunctions, prepositions, adverbs
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'qui', 'que', 'quoi', 'dont', 'ou', 'et', 'mais', 'donc', 'or', 'ni', 'car',
  'en', 'dans', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'selon', 'lors', 'apres', 'avant', 'depuis', 'pendant', 'entre', 'vers', 'chez',
  'contre', 'malgre', 'durant', 'parmi', 'outre', 'ainsi', 'aussi', 'alors', 'enfin', 'encore', 'deja', 'toutefois', 'cependant', 'pourtant',
  'par ailleurs', 'tous', 'tout', 'toute', 'toutes', 'chaque', 'plusieurs', 'certains', 'certaines', 'autre', 'autres', 'meme', 'deux', 'trois',
  'quatre', 'cinq', 'premier', 'premiere', 'dernier', 'derniere', 'derniers', 'nouveau', 'nouvelle', 'ici', 'la', 'voici', 'voila', 'oui', 'non',
  'a', 'o', 'y', 'ne', 'pas', 'plus', 'moins', 'tres', 'bien', 'comme', 'quand', 'si', 'lorsque', 'puisque', 'afin', 'face', 'grace',
  // months and weekdays
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  // titles and functions
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mr', 'dr', 'pr', 'me', 'sm', 'sar', 'monsieur', 'madame', 'mademoiselle', 'docteur', 'professeur',
  'directeur', 'directrice', 'general', 'generale', 'generaux', 'president', 'presidente', 'vice', 'secretaire', 'ministre', 'premier',
  'roi', 'reine', 'prince', 'princesse', 'emir', 'cheikh', 'commissaire', 'commandant', 'chef', 'responsable', 'ambassadeur', 'conseiller',
  'gouverneur', 'wali', 'maire', 'depute', 'senateur', 'juge', 'procureur', 'colonel', 'capitaine', 'lieutenant', 'sous', 'haut', 'haute',
  // common nouns that start the names of institutions, events and sections
  'assemblee', 'direction', 'conseil', 'universite', 'royaume', 'etat', 'etats', 'ministere', 'maison', 'protocole', 'chancellerie',
  'parlement', 'gouvernement', 'justice', 'politique', 'dossier', 'societe', 'international', 'internationale', 'nation', 'nations', 'trone',
  'fete', 'organisation', 'police', 'surete', 'surveillance', 'territoire', 'departement', 'forum', 'union', 'commission', 'comite', 'session',
  'sommet', 'conference', 'agence', 'ag', 'institut', 'programme', 'ecole', 'ligue', 'association', 'federation', 'tribunal', 'cour', 'banque',
  'fonds', 'office', 'bureau', 'service', 'services', 'secretariat', 'siege', 'region', 'province', 'prefecture', 'commune', 'ville', 'pays',
  'sud', 'nord', 'est', 'ouest', 'centre', 'avatar', 'temps', 'lecture', 'loading', 'publicite', 'pub', 'voir', 'lire', 'poster', 'laisser',
  'votre', 'vos', 'notre', 'nos', 'champs', 'commentaire', 'redaction', 'articles', 'article', 'accueil', 'video', 'photo', 'source',
  'interieur', 'exterieur', 'affaires', 'etrangeres', 'sante', 'education', 'you', 'the', 'of', 'and',
  'ceux', 'celles', 'celle', 'celui', 'hautes', 'parties', 'instance', 'statuts', 'titulaire', 'regards', 'solde', 'couronne', 'repertoire',
  'supplements', 'decennie', 'mediateur', 'coordonnateur', 'groupe', 'convention', 'champion', 'grand', 'grande', 'college', 'conscients',
  'charte', 'millenaire', 'puissance', 'supplement', 'distr', 'expose', 'guerre', 'deuxieme', 'troisieme', 'resolution', 'protocole',
  'allah', 'dieu', 'coran', 'islam', 'omniscient', 'parfaitement', 'connaisseur', 'certes', 'hommes',
  // capitalised common nouns of titles and prizes (Mission, Force, Réunion du Groupe, Meilleur Acteur)
  'mission', 'missions', 'force', 'forces', 'reunion', 'reunions', 'meilleur', 'meilleure', 'acteur', 'actrice', 'prix',
];

/** Endings of French common words: a single capitalised word with one of them at the start of a sentence is no name (Sécheresse, Découvrez, Immersion). */
export const FRENCH_COMMON_ENDINGS = /(?:tion|sion|ment|ite|isme|iste|istes|ique|iques|eur|eurs|ure|ence|ance|esse|ale|ales|aux|eux|euse|ee|ees|ez|ons|ent|ant|ait|er|ir|ie|es|ieme)$/;

/** French particles that join two parts of a name when written in lower case (Ahmed ben Ali, Nations unies aside). */
export const FRENCH_NAME_PARTICLES: readonly string[] = ['de', 'du', 'des', 'd', 'el', 'al', 'ben', 'bin', 'ibn', 'ould', 'ait', 'bou', 'abou', 'abu', 'la', 'le', 'van', 'von', 'da', 'di', 'dos'];

/** Arabic titles after which a name follows (السيد عبد اللطيف حموشي). */
export const ARABIC_TITLES: readonly string[] = [
  'السيد', 'السيدة', 'السادة', 'الدكتور', 'الدكتورة', 'الأستاذ', 'الأستاذة', 'الشيخ', 'الملك', 'الأمير', 'الأميرة', 'الرئيس', 'الوزير',
  'الوزيرة', 'العاهل', 'الجنرال', 'العقيد', 'اللواء', 'الحاج', 'المرحوم', 'الفقيد', 'المستشار', 'السفير', 'القاضي', 'النائب',
];

/** Arabic functions held in an organisation: a name may follow the organisation (رئيس منظمة الإنتربول أحمد ناصر الريسي). */
export const ARABIC_FUNCTIONS: readonly string[] = ['رئيس', 'مدير', 'المدير', 'الأمين', 'وزير', 'الوزير', 'قائد', 'سفير', 'ممثل', 'المتحدث', 'الناطق', 'منسق', 'مفوض'];

/** Arabic words that begin a compound name with the next word (عبد اللطيف، بن علي، أبو بكر). */
export const ARABIC_NAME_PARTS: readonly string[] = ['عبد', 'بن', 'ابن', 'بنت', 'أبو', 'ولد', 'أولاد', 'آيت', 'سيدي', 'مولاي', 'لالة'];

/** Second words of compound given names (نور الدين، عبد الله). */
export const ARABIC_COMPOUND_ENDS: readonly string[] = ['الدين', 'الله', 'الرحمن', 'الإسلام'];

/** Common Arabic given names: a name starts here even without a title. */
export const ARABIC_GIVEN_NAMES: readonly string[] = [
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'يوسف', 'إبراهيم', 'إسماعيل', 'إدريس', 'يونس', 'عمر', 'عثمان', 'علي', 'حسن', 'حسين', 'الحسن', 'الحسين',
  'خالد', 'كريم', 'جمال', 'نبيل', 'هشام', 'طارق', 'حميد', 'مراد', 'رشيد', 'سعيد', 'سعد', 'جلال', 'منير', 'ناصر', 'فيصل', 'عادل', 'أنس',
  'أيوب', 'أمين', 'ياسين', 'زكرياء', 'زكريا', 'حمزة', 'المهدي', 'مهدي', 'عزيز', 'توفيق', 'رضا', 'شكيب', 'الطيب', 'العربي', 'الحبيب',
  'ناصر', 'سمير', 'وليد', 'بشير', 'نجيب', 'لحسن', 'مولاي', 'أسامة', 'صلاح', 'فؤاد', 'عماد', 'سليم', 'سليمان', 'بلال', 'أنور',
  'ماجد', 'فهد', 'سلطان', 'تميم', 'قيس', 'بشار', 'حافظ', 'ياسر', 'صدام', 'معمر', 'حسني', 'رفيق', 'نجيب', 'ميشال', 'جورج', 'أنطونيو',
  'دونالد', 'إيمانويل', 'فلاديمير', 'فاطمة', 'خديجة', 'عائشة', 'مريم', 'زينب', 'سعاد', 'نادية', 'ليلى', 'لطيفة', 'حليمة', 'نزهة', 'سناء',
  'هند', 'وفاء', 'رشيدة', 'نجاة', 'سلمى', 'أمينة', 'سميرة', 'كريمة', 'نعيمة', 'جميلة', 'بشرى', 'إيمان', 'حنان', 'غزلان',
];

/** Given names that are also common words (حسن "good", سليم "sound", عادل "just"): a name only with a title or a second name word. */
export const ARABIC_GIVEN_NAMES_ALSO_WORDS: readonly string[] = [
  'حسن', 'سعيد', 'سليم', 'عادل', 'كريم', 'أمين', 'رشيد', 'منير', 'عزيز', 'جمال', 'نبيل', 'سمير', 'بشير', 'أمينة', 'سعاد', 'حنان', 'إيمان',
  'بشرى', 'وفاء', 'نجاة', 'أنور', 'فؤاد', 'صلاح', 'ناصر', 'حافظ', 'هند', 'سلمى', 'كريمة', 'جميلة', 'سليمان', 'سعد', 'رضا', 'الطيب', 'العربي',
  'الحبيب', 'المهدي', 'توفيق', 'خالد', 'فهد', 'سلطان', 'ماجد', 'عماد',
];

/** Arabic words that end a name run: prepositions, conjunctions, pronouns, frequent verbs and nouns of news reports. */
export const ARABIC_NOT_NAMES: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'أو', 'ثم', 'حتى', 'منذ', 'عند', 'لدى', 'بين', 'خلال', 'حول', 'ضد', 'دون',
  'الذي', 'التي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'كما', 'وقد', 'قد', 'لقد', 'كان', 'كانت', 'وكان', 'وكانت', 'ليس',
  'قال', 'وقال', 'أكد', 'وأكد', 'أعلن', 'أشار', 'استقبل', 'التقى', 'ترأس', 'شارك', 'يجري', 'أجرى', 'عقد', 'يعقد', 'دعا', 'أبرز', 'أوضح',
  'رئيس', 'ورئيس', 'المدير', 'العام', 'الأمين', 'وزير', 'الوزير', 'مدير', 'نائب', 'وكيل', 'ووكيل', 'الملك', 'جلالة', 'صاحب', 'سمو', 'فخامة',
  'صباح', 'مساء', 'اليوم', 'أمس', 'غدا', 'الثلاثاء', 'الإثنين', 'الاثنين', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
  'سوف', 'كذلك', 'أيضا', 'بينما', 'عما', 'مما', 'عندما', 'حيث', 'لكن', 'ولكن', 'ربما', 'إذا', 'إذ', 'هل', 'كيف', 'لماذا', 'متى', 'أين', 'لا', 'لم', 'لن',
  'ما', 'لذلك', 'هكذا', 'الآن', 'هنا', 'هناك', 'كل', 'بعض', 'جميع', 'نحن', 'أنا', 'أنت', 'هؤلاء', 'أولئك', 'لأن', 'كي', 'لكي', 'قبل', 'بعد',
  'منظمة', 'جهاز', 'مجلس', 'وزارة', 'المديرية', 'شرطة', 'الشرطة', 'الأمن', 'الدولة', 'المملكة', 'الحكومة', 'الدورة', 'الجمعية', 'أشغال',
];

/**
 * Present-tense verbs that follow a headline's subject ("حموشي يجري مباحثات", "شهكار يشيد"), in
 * the masculine (ي…); the feminine (ت…) is derived. A word at the head of a headline before
 * one of them is a name.
 */
export const ARABIC_HEADLINE_VERBS: readonly string[] = [
  'يجري', 'يستقبل', 'يلتقي', 'يبحث', 'يتباحث', 'يؤكد', 'يدعو', 'يشيد', 'يعلن', 'يكشف', 'يترأس', 'يشارك', 'يزور', 'يحل', 'يدشن', 'يوقع',
  'يتوج', 'يفوز', 'يقود', 'يعقد', 'يستعرض', 'يتسلم', 'ينوه', 'يهنئ', 'يعين', 'يقرر', 'يطالب', 'يحذر', 'يرد', 'يصف', 'يبرز', 'يتهم',
  'يستقيل', 'يغادر', 'يصل', 'يعود', 'يفتتح', 'يمثل', 'يقدم', 'يتحدث', 'يوضح', 'يوجه', 'يرفض', 'يطلق', 'يتصدر', 'يودع', 'يخلف', 'يرحب',
];
