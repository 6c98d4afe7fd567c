// Sentence segmentation of French and Arabic: abbreviations, initials, numbers, ordinals,
// ellipses, quotes, list numbers, UN references, Arabic headlines and punctuation, and
// offsets that are exact slices of the original text.
import { hasEndPunctuation, segmentParagraph, segmentParagraphs, segmentText, sentenceKind } from '../../server/text/segment';
import { Lang } from '../../server/text/types';
import { readSeed } from '../helpers/shared';

/** The sentences of a paragraph as strings, after checking every offset. */
function split(text: string, lang: Lang): string[] {
  const spans = segmentParagraph(text, lang);
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  return spans.map((span) => span.text);
}

describe('segmentParagraph, French', () => {
  it.each([
    ['M. Dupont et Mme Martin sont arrivés. MM. Durand et Leroy aussi.', ['M. Dupont et Mme Martin sont arrivés.', 'MM. Durand et Leroy aussi.']],
    ['Le Dr. Ur a parlé. Le Pr. Martin aussi. Me. Lefèvre a plaidé.', ['Le Dr. Ur a parlé.', 'Le Pr. Martin aussi.', 'Me. Lefèvre a plaidé.']],
    ['Il habite St. Louis depuis 2015. Elle vit av. Mohammed V.', ['Il habite St. Louis depuis 2015.', 'Elle vit av. Mohammed V.']],
    ['Voir le n° 12 et l’art. 21 du règlement. Puis le par. 4 ci-dessus.', ['Voir le n° 12 et l’art. 21 du règlement.', 'Puis le par. 4 ci-dessus.']],
    ['On cite p. ex. les pommes. Les poires aussi.', ['On cite p. ex. les pommes.', 'Les poires aussi.']],
  ])('keeps abbreviations inside the sentence: %s', (text, expected) => {
    expect(split(text, 'fr')).toEqual(expected);
  });

  it('reads "J.-C." and "etc." as sentence ends when a capital follows, and not otherwise', () => {
    expect(split('Il est né en 52 av. J.-C. Les Romains arrivèrent ensuite.', 'fr')).toEqual(['Il est né en 52 av. J.-C.', 'Les Romains arrivèrent ensuite.']);
    expect(split('Des pommes, des poires, etc. Les fruits sont bons.', 'fr')).toEqual(['Des pommes, des poires, etc.', 'Les fruits sont bons.']);
    expect(split('Ils prenaient des photos, etc. de suspects.', 'fr')).toEqual(['Ils prenaient des photos, etc. de suspects.']);
  });

  it('keeps initials with their names but ends a sentence on a single capital before a sentence opener', () => {
    expect(split('J. Smith est venu. John F. Kennedy aussi.', 'fr')).toEqual(['J. Smith est venu.', 'John F. Kennedy aussi.']);
    expect(split('La séance sera ouverte par S. E. M. Abel Ayoko. Elle durera une heure.', 'fr')).toEqual([
      'La séance sera ouverte par S. E. M. Abel Ayoko.',
      'Elle durera une heure.',
    ]);
    expect(split('Ils ont choisi le plan B. Les autres ont refusé.', 'fr')).toEqual(['Ils ont choisi le plan B.', 'Les autres ont refusé.']);
  });

  it('does not split decimals, ordinals, URLs or e-mail addresses', () => {
    expect(split('Le taux passe de 3,5 % à 3.75 %. Voilà.', 'fr')).toEqual(['Le taux passe de 3,5 % à 3.75 %.', 'Voilà.']);
    expect(split('La 93e session, la 93ème, la 93ᵉ, le 1er jour du XXIe siècle. Fin.', 'fr')).toEqual([
      'La 93e session, la 93ème, la 93ᵉ, le 1er jour du XXIe siècle.',
      'Fin.',
    ]);
    expect(split('Voir www.dgsn.gov.ma ou écrire à contact@interpol.int. Merci de lire https://example.com/a.b?c=d. Fin.', 'fr')).toEqual([
      'Voir www.dgsn.gov.ma ou écrire à contact@interpol.int.',
      'Merci de lire https://example.com/a.b?c=d.',
      'Fin.',
    ]);
  });

  it('ends sentences on ellipses before a capital, not before a lower-case continuation', () => {
    expect(split('Il hésita... Puis il partit… Elle resta.', 'fr')).toEqual(['Il hésita...', 'Puis il partit…', 'Elle resta.']);
    expect(split('Il roulait à 70 km/h... puis la pluie arriva… et tout changea.', 'fr')).toEqual([
      'Il roulait à 70 km/h... puis la pluie arriva… et tout changea.',
    ]);
  });

  it('keeps end punctuation inside quotes with its sentence', () => {
    expect(split('« Vous avez vu ça ? » dit-il. Personne ne répondit.', 'fr')).toEqual(['« Vous avez vu ça ? » dit-il.', 'Personne ne répondit.']);
    expect(split('« Vous avez vu ça ? » Personne ne répondit.', 'fr')).toEqual(['« Vous avez vu ça ? »', 'Personne ne répondit.']);
    expect(split('« Vraiment ? », demanda-t-il. Il a dit “Bonjour.” Puis il est parti.', 'fr')).toEqual([
      '« Vraiment ? », demanda-t-il.',
      'Il a dit “Bonjour.”',
      'Puis il est parti.',
    ]);
    expect(split('"Nous avons gagné." Le public applaudit.', 'fr')).toEqual(['"Nous avons gagné."', 'Le public applaudit.']);
    expect(split("Le rapport parle de << lacunes graves >>. Le Conseil l'a noté.", 'fr')).toEqual([
      'Le rapport parle de << lacunes graves >>.',
      "Le Conseil l'a noté.",
    ]);
  });

  it('goes on after ? and ! when a lower-case word follows', () => {
    expect(split('Quoi ? vraiment ? Oui ! Très bien ! dit-elle.', 'fr')).toEqual(['Quoi ? vraiment ?', 'Oui !', 'Très bien ! dit-elle.']);
  });

  it('reads list numbers and headings at the start of a sentence as part of it', () => {
    expect(split('11. Le Conseil se félicite des progrès. 12. Il décide de rester saisi.', 'fr')).toEqual([
      '11. Le Conseil se félicite des progrès.',
      '12. Il décide de rester saisi.',
    ]);
    expect(split('III. Conclusion et recommandations', 'fr')).toEqual(['III. Conclusion et recommandations']);
    expect(split('Le projet a été approuvé. c) Promouvoir une gouvernance efficace.', 'fr')).toEqual([
      'Le projet a été approuvé.',
      'c) Promouvoir une gouvernance efficace.',
    ]);
  });

  it('handles UN text: elisions, document symbols and article numbers', () => {
    expect(split('Le texte (...) a été adopté. Voir A/69/767. Il renvoie à l’art. 21 et au par. 4.', 'fr')).toEqual([
      'Le texte (...) a été adopté.',
      'Voir A/69/767.',
      'Il renvoie à l’art. 21 et au par. 4.',
    ]);
  });
});

describe('segmentParagraph, invisible marks', () => {
  it('neither starts nor ends a sentence with a direction mark or a zero-width space, and splits after one', () => {
    const text = '\u200f\u200bمن مراكش.. حموشي\u200f يجري مباحثات.\u200e Le préfet\u200b est venu.\u200f';
    const spans = segmentParagraph(text, 'ar');
    expect(spans.map((s) => s.text)).toEqual(['من مراكش.. حموشي\u200f يجري مباحثات.', 'Le préfet\u200b est venu.']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('keeps the zero-width non-joiner inside a word', () => {
    expect(segmentParagraph('نمی\u200cخواهم. بله.', 'ar').map((s) => s.text)).toEqual(['نمی\u200cخواهم.', 'بله.']);
  });
});

describe('segmentParagraph, Arabic', () => {
  it('ends sentences on . ؟ ! and …, not on ، ؛ or ,', () => {
    expect(split('وصل الوفد، ثم بدأ الاجتماع؛ وانتهى مساء. هل نجح اللقاء؟ نعم! وسيتواصل العمل… وقال المسؤول, إنه راضٍ.', 'ar')).toEqual([
      'وصل الوفد، ثم بدأ الاجتماع؛ وانتهى مساء.',
      'هل نجح اللقاء؟',
      'نعم!',
      'وسيتواصل العمل…',
      'وقال المسؤول, إنه راضٍ.',
    ]);
  });

  it('does not end a headline on ".."', () => {
    expect(split('من مراكش.. حموشي يجري مباحثات رفيعة مع الأمم المتحدة', 'ar')).toEqual(['من مراكش.. حموشي يجري مباحثات رفيعة مع الأمم المتحدة']);
  });

  it('handles Latin punctuation, digits, Latin words and addresses inside Arabic', () => {
    expect(split('ارتفعت النسبة إلى 3.5 في المائة حسب الموقع www.un.org. وشارك ممثل Interpol. ثم تحدث ممثل الأمم المتحدة (UN).', 'ar')).toEqual([
      'ارتفعت النسبة إلى 3.5 في المائة حسب الموقع www.un.org.',
      'وشارك ممثل Interpol.',
      'ثم تحدث ممثل الأمم المتحدة (UN).',
    ]);
    expect(split('انظر الوثيقة A/69/767. وتشير الفقرة (...) إلى المادة 21.', 'ar')).toEqual(['انظر الوثيقة A/69/767.', 'وتشير الفقرة (...) إلى المادة 21.']);
  });

  it('keeps single-letter abbreviations and initials but ends on a year marker', () => {
    expect(split('قال د. توني مول إن المرض خطير. وأكد ن. وين هالي ذلك (ص. 34).', 'ar')).toEqual([
      'قال د. توني مول إن المرض خطير.',
      'وأكد ن. وين هالي ذلك (ص. 34).',
    ]);
    expect(split('انتهى المشروع عام 2015 م. وبدأ غيره.', 'ar')).toEqual(['انتهى المشروع عام 2015 م.', 'وبدأ غيره.']);
  });

  it('ends a sentence between Arabic words written without a space, but not inside "ق.م"', () => {
    expect(split('انتهى الاجتماع.وقال المسؤول إنه راض؟نعم.', 'ar')).toEqual(['انتهى الاجتماع.', 'وقال المسؤول إنه راض؟', 'نعم.']);
    expect(split('ولد سنة 500 ق.م في أثينا.', 'ar')).toEqual(['ولد سنة 500 ق.م في أثينا.']);
  });

  it('keeps closing quotes and parentheses with their sentence', () => {
    expect(split('وقال المسؤول: "هذا مهم جدا." ثم غادر. (وأضاف أنه سيعود.) وانتهى اللقاء.', 'ar')).toEqual([
      'وقال المسؤول: "هذا مهم جدا."',
      'ثم غادر.',
      '(وأضاف أنه سيعود.)',
      'وانتهى اللقاء.',
    ]);
    expect(split('وقال: «انتهينا. شكرا.» ثم غادر.', 'ar')).toEqual(['وقال: «انتهينا. شكرا.»', 'ثم غادر.']);
  });

  it('reads list numbers in Arabic-Indic digits as part of the sentence', () => {
    expect(split('٧ - يرحب المجلس بالتقرير. ويقرر أن يبقي المسألة قيد نظره.', 'ar')).toEqual(['٧ - يرحب المجلس بالتقرير.', 'ويقرر أن يبقي المسألة قيد نظره.']);
    expect(split('١٠. يقرر المجلس تمديد الولاية.', 'ar')).toEqual(['١٠. يقرر المجلس تمديد الولاية.']);
  });
});

describe('segmentText and paragraphs', () => {
  it('makes a line without end punctuation a sentence of its own and never joins two lines', () => {
    const text = 'Hammouchi reçoit le chef de la police de l’ONU\n\nIl a reçu mardi M. Shahkar. La rencontre a eu lieu à Marrakech\nElle a duré une heure.\r\n';
    const sentences = segmentText(text, 'fr');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Hammouchi reçoit le chef de la police de l’ONU', 0],
      ['Il a reçu mardi M. Shahkar.', 1],
      ['La rencontre a eu lieu à Marrakech', 1],
      ['Elle a duré une heure.', 2],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('breaks a sentence at a line break even inside one paragraph string', () => {
    expect(split('Première ligne sans point\nDeuxième ligne.', 'fr')).toEqual(['Première ligne sans point', 'Deuxième ligne.']);
  });

  it('detects the language of each paragraph with auto', () => {
    const paragraphs = segmentParagraphs('من مراكش.. حموشي يجري مباحثات\nHammouchi reçoit M. Shahkar. Ils parlent.\n', 'auto');
    expect(paragraphs.map((p) => [p.lang, p.sentences.length])).toEqual([
      ['ar', 1],
      ['fr', 2],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentParagraph('', 'fr')).toEqual([]);
    expect(segmentParagraph(' \u00a0\t ', 'ar')).toEqual([]);
    expect(segmentText('\n  \n\r\n', 'fr')).toEqual([]);
  });

  it('tells titles from body sentences by their end punctuation', () => {
    expect(hasEndPunctuation('Il est venu.')).toBe(true);
    expect(hasEndPunctuation('« Vraiment ? »')).toBe(true);
    expect(hasEndPunctuation('من مراكش.. حموشي يجري مباحثات')).toBe(false);
    const [title] = segmentParagraph('AG d’Interpol : 43 réunions bilatérales pour Abdellatif Hammouchi', 'fr');
    expect(sentenceKind(title, 1)).toBe('title');
    const [body] = segmentParagraph('Il est venu.', 'fr');
    expect(sentenceKind(body, 1)).toBe('body');
  });
});

describe('the seed reports', () => {
  it('keeps the Arabic headline of seed 003 whole and finds one sentence per paragraph there', () => {
    const text = readSeed(3);
    const sentences = segmentText(text, 'ar');
    expect(sentences[0].text.startsWith('من مراكش.. حموشي يجري مباحثات')).toBe(true);
    expect(sentences[0].text).toBe(text.split('\n')[0].trim());
    const paragraphs = text.split('\n').filter((line) => line.trim() !== '').length;
    expect(sentences).toHaveLength(paragraphs);
  });

  it('keeps the quoted verse of seed 004 inside the sentence that introduces it', () => {
    const text = readSeed(4);
    const sentences = segmentText(text, 'fr');
    const verse = sentences.filter((s) => s.text.includes('Ô hommes'));
    expect(verse).toHaveLength(1);
    expect(verse[0].text.startsWith('Il a terminé son allocution en citant le verset coranique : “Ô hommes !')).toBe(true);
    expect(verse[0].text.endsWith('Parfaitement Connaisseur.”')).toBe(true);
  });

  it('splits the French paragraphs of seed 001 where a reader would', () => {
    const sentences = segmentText(readSeed(1), 'fr').map((s) => s.text);
    expect(sentences).toContain('Deux mémorandums d’entente ont également été signés à cette occasion.');
    expect(sentences).toContain('Ces rencontres visaient à développer la coopération multilatérale et à renforcer la sécurité globale.');
    expect(sentences.some((s) => s.startsWith('En Asie, Abdellatif Hammouchi a reçu des délégations'))).toBe(true);
  });

  it('gives exact offsets for every sentence of every seed', () => {
    for (let seed = 0; seed <= 4; seed++) {
      const text = readSeed(seed);
      const sentences = segmentText(text, 'auto');
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).not.toMatch(/^\s|\s$|\n/);
      }
    }
  });
});
