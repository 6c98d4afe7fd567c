// Hand-made lists of translated names: cities and organisations with their French and
// Arabic names, and the country names (or ISO codes) that the locale data lacks or
// spells otherwise than the news do. Each entry: entity key, French names, Arabic names.

/** A translated name: one entity, its French and Arabic names (first = usual). */
export interface PlaceEntry {
  entity: string;
  fr: readonly string[];
  ar: readonly string[];
}

/** Region codes of the locale data that are not countries today (old codes, pseudo-regions). */
export const NON_COUNTRY_CODES = new Set([
  'AN', 'BU', 'CS', 'DD', 'DY', 'EU', 'EZ', 'FX', 'HV', 'NH', 'QO', 'RH', 'SU', 'TP', 'UK', 'UN', 'VD', 'XA', 'XB', 'YD', 'YU', 'ZR', 'ZZ',
]);

/** Other names of countries, as the press writes them, keyed by ISO 3166 code. */
export const COUNTRY_ALIASES: Readonly<Record<string, { fr?: readonly string[]; ar?: readonly string[] }>> = {
  MA: { fr: ['Royaume du Maroc'], ar: ['المملكة المغربية'] },
  CZ: { fr: ['République tchèque'], ar: ['جمهورية التشيك', 'تشيكيا'] },
  BY: { fr: ['Bélarus', 'Belarus'], ar: ['بيلاروسيا', 'روسيا البيضاء'] },
  DK: { ar: ['الدنمارك', 'الدنمرك'] },
  HU: { ar: ['المجر'] },
  US: { fr: ['USA', "États-Unis d'Amérique"], ar: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'] },
  GB: { fr: ['Grande-Bretagne', 'Angleterre'], ar: ['بريطانيا', 'إنجلترا'] },
  SA: { ar: ['السعودية'] },
  AE: { fr: ['Emirats'], ar: ['الإمارات'] },
  PS: { fr: ['Palestine'], ar: ['فلسطين'] },
  KR: { fr: ['République de Corée'], ar: ['جمهورية كوريا'] },
  KP: { fr: ['République populaire démocratique de Corée'], ar: ['جمهورية كوريا الشعبية الديمقراطية'] },
  CD: { fr: ['République démocratique du Congo', 'RDC'], ar: ['جمهورية الكونغو الديمقراطية'] },
  CI: { ar: ['كوت ديفوار'] },
  MK: { ar: ['مقدونيا'] },
  MM: { fr: ['Birmanie'], ar: ['بورما'] },
  SY: { ar: ['سورية'] },
  MR: { ar: ['موريطانيا'] },
  RO: { ar: ['رومانيا'] },
  EH: { fr: ['Sahara marocain'], ar: ['الصحراء المغربية'] },
  IQ: { fr: ['Iraq'] },
  VN: { fr: ['Vietnam'] },
  LU: { ar: ['لكسمبرغ', 'لكسمبورغ'] },
};

/**
 * Adjective stems (masculine, without the article) of countries whose adjective does not
 * follow from the Arabic name (أمريكي for الولايات المتحدة); the others are derived by rule
 * (places.ts: فرنسا → فرنسي، المغرب → مغربي، ألمانيا → ألماني).
 */
export const COUNTRY_ADJECTIVE_STEMS: Readonly<Record<string, readonly string[]>> = {
  US: ['أمريكي', 'أميركي'],
  GB: ['إنجليزي', 'إنكليزي'],
  NL: ['هولندي'],
};

/** Continents, cities and organisations. */
export const PLACES: readonly PlaceEntry[] = [
  { entity: 'continent:europe', fr: ['Europe'], ar: ['أوروبا', 'أوربا'] },
  { entity: 'continent:africa', fr: ['Afrique'], ar: ['أفريقيا', 'إفريقيا', 'القارة الأفريقية', 'القارة الإفريقية'] },
  { entity: 'continent:asia', fr: ['Asie'], ar: ['آسيا'] },
  { entity: 'continent:latin-america', fr: ['Amérique latine'], ar: ['أمريكا اللاتينية', 'أميركا اللاتينية'] },
  { entity: 'continent:america', fr: ['Amérique'], ar: ['أمريكا', 'أميركا'] },
  { entity: 'region:middle-east', fr: ['Moyen-Orient', 'Proche-Orient'], ar: ['الشرق الأوسط'] },
  { entity: 'region:gulf', fr: ['Golfe'], ar: ['الخليج', 'الخليج العربي'] },
  { entity: 'region:maghreb', fr: ['Maghreb'], ar: ['المغرب العربي', 'المغرب الكبير'] },
  { entity: 'region:sahel', fr: ['Sahel'], ar: ['الساحل'] },
  { entity: 'region:caribbean', fr: ['Caraïbes'], ar: ['الكاريبي', 'منطقة الكاريبي', 'البحر الكاريبي', 'منطقة البحر الكاريبي'] },
  { entity: 'city:casablanca', fr: ['Casablanca'], ar: ['الدار البيضاء'] },
  { entity: 'city:marrakech', fr: ['Marrakech', 'Marrakesh'], ar: ['مراكش'] },
  { entity: 'city:rabat', fr: ['Rabat'], ar: ['الرباط'] },
  { entity: 'city:fes', fr: ['Fès', 'Fez'], ar: ['فاس'] },
  { entity: 'city:tanger', fr: ['Tanger'], ar: ['طنجة'] },
  { entity: 'city:agadir', fr: ['Agadir'], ar: ['أكادير', 'أغادير'] },
  { entity: 'city:meknes', fr: ['Meknès'], ar: ['مكناس'] },
  { entity: 'city:oujda', fr: ['Oujda'], ar: ['وجدة'] },
  { entity: 'city:tetouan', fr: ['Tétouan'], ar: ['تطوان'] },
  { entity: 'city:laayoune', fr: ['Laâyoune', 'Laayoune'], ar: ['العيون'] },
  { entity: 'city:dakhla', fr: ['Dakhla'], ar: ['الداخلة'] },
  { entity: 'city:safi', fr: ['Safi'], ar: ['آسفي'] },
  { entity: 'city:new-york', fr: ['New York'], ar: ['نيويورك'] },
  { entity: 'city:washington', fr: ['Washington'], ar: ['واشنطن'] },
  { entity: 'city:paris', fr: ['Paris'], ar: ['باريس'] },
  { entity: 'city:lyon', fr: ['Lyon'], ar: ['ليون'] },
  { entity: 'city:marseille', fr: ['Marseille'], ar: ['مرسيليا'] },
  { entity: 'city:geneve', fr: ['Genève'], ar: ['جنيف'] },
  { entity: 'city:bruxelles', fr: ['Bruxelles'], ar: ['بروكسل'] },
  { entity: 'city:londres', fr: ['Londres'], ar: ['لندن'] },
  { entity: 'city:madrid', fr: ['Madrid'], ar: ['مدريد'] },
  { entity: 'city:berlin', fr: ['Berlin'], ar: ['برلين'] },
  { entity: 'city:rome', fr: ['Rome'], ar: ['روما'] },
  { entity: 'city:vienne', fr: ['Vienne'], ar: ['فيينا'] },
  { entity: 'city:moscou', fr: ['Moscou'], ar: ['موسكو'] },
  { entity: 'city:pekin', fr: ['Pékin', 'Beijing'], ar: ['بكين'] },
  { entity: 'city:le-caire', fr: ['Le Caire'], ar: ['القاهرة'] },
  { entity: 'city:alger', fr: ['Alger'], ar: ['الجزائر العاصمة'] },
  { entity: 'city:beyrouth', fr: ['Beyrouth'], ar: ['بيروت'] },
  { entity: 'city:damas', fr: ['Damas'], ar: ['دمشق'] },
  { entity: 'city:bagdad', fr: ['Bagdad'], ar: ['بغداد'] },
  { entity: 'city:riyad', fr: ['Riyad'], ar: ['الرياض'] },
  { entity: 'city:doha', fr: ['Doha'], ar: ['الدوحة'] },
  { entity: 'city:dubai', fr: ['Dubaï', 'Dubai'], ar: ['دبي'] },
  { entity: 'city:abou-dhabi', fr: ['Abou Dhabi', 'Abu Dhabi'], ar: ['أبوظبي', 'أبو ظبي'] },
  { entity: 'city:jerusalem', fr: ['Jérusalem', 'Al-Qods', 'El Qods'], ar: ['القدس'] },
  { entity: 'city:gaza', fr: ['Gaza'], ar: ['غزة'] },
  { entity: 'city:istanbul', fr: ['Istanbul'], ar: ['إسطنبول', 'اسطنبول'] },
  { entity: 'city:tripoli', fr: ['Tripoli'], ar: ['طرابلس'] },
  { entity: 'city:khartoum', fr: ['Khartoum'], ar: ['الخرطوم'] },
  { entity: 'city:nouakchott', fr: ['Nouakchott'], ar: ['نواكشوط'] },
  { entity: 'org:interpol', fr: ['Interpol', 'Organisation internationale de police criminelle'], ar: ['الإنتربول', 'الأنتربول', 'الانتربول', 'إنتربول', 'الإنتربول الدولي', 'المنظمة الدولية للشرطة الجنائية'] },
  { entity: 'org:un', fr: ['Organisation des Nations unies', 'Nations unies', 'ONU'], ar: ['الأمم المتحدة', 'منظمة الأمم المتحدة', 'هيئة الأمم المتحدة'] },
  { entity: 'org:caricom', fr: ['Communauté des Caraïbes', 'CARICOM'], ar: ['الجماعة الكاريبية'] },
  { entity: 'org:gcc', fr: ['Conseil de coopération du Golfe', 'Conseil de coopération des États arabes du Golfe'], ar: ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية'] },
  { entity: 'org:eu', fr: ['Union européenne', 'UE'], ar: ['الاتحاد الأوروبي', 'الاتحاد الأوربي'] },
  { entity: 'org:au', fr: ['Union africaine', 'UA'], ar: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي'] },
  { entity: 'org:arab-league', fr: ['Ligue arabe', 'Ligue des États arabes'], ar: ['جامعة الدول العربية', 'الجامعة العربية'] },
  { entity: 'org:nato', fr: ['OTAN'], ar: ['حلف شمال الأطلسي', 'الناتو'] },
  { entity: 'org:unesco', fr: ['UNESCO', 'Unesco'], ar: ['اليونسكو', 'اليونيسكو'] },
  { entity: 'org:who', fr: ['Organisation mondiale de la santé', 'OMS'], ar: ['منظمة الصحة العالمية'] },
  { entity: 'org:unicef', fr: ['UNICEF', 'Unicef'], ar: ['اليونيسف'] },
  { entity: 'org:imf', fr: ['Fonds monétaire international', 'FMI'], ar: ['صندوق النقد الدولي'] },
  { entity: 'org:world-bank', fr: ['Banque mondiale'], ar: ['البنك الدولي'] },
  { entity: 'org:security-council', fr: ['Conseil de sécurité'], ar: ['مجلس الأمن'] },
  { entity: 'org:wef', fr: ['Forum économique mondial'], ar: ['المنتدى الاقتصادي العالمي'] },
  { entity: 'org:red-cross', fr: ['Croix-Rouge'], ar: ['الصليب الأحمر'] },
  { entity: 'org:red-crescent', fr: ['Croissant-Rouge'], ar: ['الهلال الأحمر'] },
  { entity: 'org:europol', fr: ['Europol'], ar: ['يوروبول', 'اليوروبول'] },
  { entity: 'org:afripol', fr: ['Afripol'], ar: ['أفريبول', 'الأفريبول'] },
  { entity: 'org:dgsn', fr: ['Direction générale de la sûreté nationale', 'DGSN', 'Sûreté nationale'], ar: ['المديرية العامة للأمن الوطني', 'الأمن الوطني'] },
  { entity: 'org:dgst', fr: ['Direction générale de la surveillance du territoire', 'DGST', 'Surveillance du territoire'], ar: ['المديرية العامة لمراقبة التراب الوطني', 'مراقبة التراب الوطني'] },
];
