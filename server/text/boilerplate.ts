// Phrases of web-page furniture that scraped news reports carry, in French, English and
// Arabic: widgets, buttons, ads, comment forms, "related articles" headings, and the
// openings of metadata and caption lines. Written as they appear; the classifier
// compares them through phraseKey (case, accents, hamza forms and punctuation folded).

/** Lines that are boilerplate by themselves (buttons, widgets, ads, comment forms). */
export const BOILERPLATE_LINES: readonly string[] = [
  'Loading', 'Chargement', 'Chargement…', 'pub', 'Publicité', 'Advertisement', 'Annonce', 'Sponsorisé',
  'Voir plus', 'Voir tout', 'Lire la suite', 'Lire plus', 'Read more', 'En savoir plus', 'Afficher plus',
  'Partager', 'Partager cet article', 'Partagez', 'Share', 'Share this', 'Tweet', 'Imprimer', 'Print',
  'Envoyer', 'Copier le lien', 'Facebook', 'Twitter', 'WhatsApp', 'LinkedIn', 'Telegram', 'Email', 'E-mail',
  'Poster commentaire', 'Poster un commentaire', 'Publier le commentaire', 'Envoyer le commentaire',
  'Post comment', 'Annuler la réponse', 'Répondre', 'Reply',
  "S'abonner", 'Abonnez-vous', 'Newsletter', 'Inscrivez-vous à notre newsletter', 'Accueil', 'Home', 'Menu',
  'Rechercher', 'Search', 'Fermer', 'Close', 'Tags', 'Mots-clés', 'Mots clés',
  'إعلان', 'اعلان', 'شارك', 'شارك المقال', 'مشاركة', 'طباعة', 'تابعونا', 'اشترك', 'اشترك الآن',
  'اقرأ المزيد', 'المزيد', 'تحميل', 'جاري التحميل', 'الرئيسية', 'بحث', 'الوسوم', 'كلمات مفتاحية', 'أضف تعليقك',
];

/**
 * Openings of boilerplate lines: "Avatar de Hajar Toufik", "Lire aussi : …" (a link to
 * another article inside the body), the comment form's notice.
 */
export const BOILERPLATE_PREFIXES: readonly string[] = [
  'Avatar de', 'Avatar of', 'Lire aussi', 'À lire aussi', 'A lire aussi', 'Lire également', 'À lire également',
  'Voir aussi', 'Read also', 'See also', 'Votre adresse e-mail ne sera pas publiée', 'Votre adresse de messagerie',
  'Your email address will not be published', 'Champs requis', 'Tous droits réservés', 'All rights reserved',
  'Copyright', 'Suivez-nous', 'Follow us', 'Cet article a été', 'اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ كذلك',
  'شاهد أيضا', 'لن يتم نشر عنوان بريدك', 'جميع الحقوق محفوظة', 'تابعونا على',
];

/**
 * Headings after which the rest of the page is other articles, ads or comments (when
 * they come after the report's body): every later line is boilerplate. "Lire aussi" is
 * not one: news sites put it inside the body, before one link.
 */
export const TAIL_MARKERS: readonly string[] = [
  'You may also like', 'Related posts', 'Related articles', 'Related', 'More stories', 'Most read',
  'Dernier articles', 'Derniers articles', 'Les derniers articles', 'Les articles les plus lus',
  'Les articles les plus lu', 'Les plus lus', 'Articles similaires', 'Articles liés', 'Articles connexes',
  'Sur le même sujet', 'Dans la même rubrique', "Plus d'articles", 'Nos derniers articles', 'Vous aimerez aussi', 'Vous aimerez peut-être aussi',
  'Laisser un commentaire', 'Laissez un commentaire', 'Commentaires', 'Leave a comment', 'Leave a reply',
  'Comments', 'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'الأكثر قراءة',
  'الأكثر مشاهدة', 'آخر الأخبار', 'المزيد من الأخبار', 'اترك تعليقا', 'اترك تعليقاً', 'أضف تعليق', 'التعليقات',
];

/**
 * Openings of metadata lines: dates, reading time, categories, authors. "Par" and
 * "بقلم" open bylines only on short lines without a sentence end (see the classifier).
 */
export const METADATA_PREFIXES: readonly string[] = [
  'date', 'Publié le', 'Publié', 'Mis à jour', 'Modifié le', 'Dernière mise à jour', 'Posted on', 'Published',
  'Updated', 'Temps de lecture', 'Durée de lecture', 'Reading time', 'min read', 'Catégorie',
  'Rubrique', 'Source', 'Auteur', 'Rédigé par', 'Par', 'By', 'نشر في', 'نشر بتاريخ', 'آخر تحديث', 'تاريخ النشر',
  'بتاريخ', 'مدة القراءة', 'وقت القراءة', 'بقلم', 'الكاتب', 'المصدر', 'التصنيف', 'القسم',
];

/** Openings of photo captions and credits. */
export const CAPTION_PREFIXES: readonly string[] = [
  'Photo', 'Crédit photo', 'Crédits photo', 'Crédit', 'Illustration', 'Image', 'Légende', 'Ph.', 'الصورة', 'صورة',
  'تصوير',
];
