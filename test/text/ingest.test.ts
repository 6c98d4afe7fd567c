import { InputError } from '../../server/errors';
import { findDates } from '../../server/text/document-date';
import { IngestedDocument, ingestDocument } from '../../server/text/ingest';
import { LineKind } from '../../server/text/types';
import { encodeLegacy, encodeUtf16, encodeUtf8WithBom } from '../helpers/encodings';
import { readSeed } from '../helpers/shared';

const seeds = [0, 1, 2, 3, 4].map((i) => readSeed(i));
const docs = seeds.map((text, i) => ingestDocument(Buffer.from(text, 'utf8'), { name: `00${i}.txt` }));

const kinds = (doc: IngestedDocument): LineKind[] => doc.lines.map((line) => line.kind);
const lineOf = (doc: IngestedDocument, start: string) => {
  const line = doc.lines.find((l) => l.text.startsWith(start));
  if (!line) throw new Error(`no line starting with ${start}`);
  return line;
};
const countKinds = (doc: IngestedDocument): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const line of doc.lines) counts[line.kind] = (counts[line.kind] ?? 0) + 1;
  return counts;
};

describe('ingestDocument on the seed reports', () => {
  it('finds the language, title and date of all five', () => {
    expect(docs.map((d) => [d.lang, d.title, d.date, d.dateSource])).toEqual([
      ['fr', 'Abdellatif Hammouchi reçoit le chef du service de police de l’ONU', '2025-11-25', 'metadata'],
      ['fr', 'AG d’Interpol\u202F: 43 réunions bilatérales pour Abdellatif Hammouchi', '2025-11-24', 'text'],
      [
        'fr',
        'Marrakech : Hmouzi tient 43 réunions bilatérales en marge de l’Assemblée générale d’Interpol pour renforcer les partenariats en matière de sécurité internationale',
        null,
        null,
      ],
      ['ar', 'من مراكش.. حموشي يجري مباحثات رفيعة مع الأمم المتحدة لتوسيع مشاركة الشرطة المغربية في مهام حفظ السلام', '2025-11-25', 'text'],
      [
        'fr',
        'Hammouchi : La sécurité est une responsabilité partagée, et les défis technologiques imposent de renforcer la coopération au sein d’Interpol.',
        null,
        null,
      ],
    ]);
  });

  it('classifies report 000: metadata, title, the Arabic caption as foreign, the restated caption, a link to another article', () => {
    expect(kinds(docs[0])).toEqual([
      'metadata', // " date 2025-11-25 Politique"
      'title',
      'foreign', // عبد اللطيف حموشي وفيصل شهكار
      'caption', // "Le directeur général …, Faisal Shahkar." (no verb: the photo's caption, restating the lead)
      'body',
      'body',
      'body',
      'boilerplate', // "AG d'Interpol à Marrakech. Lutte commune …": a link to another article
      'body',
      'body',
      'body',
    ]);
    expect(docs[0].lines[2]).toMatchObject({ text: 'عبد اللطيف حموشي وفيصل شهكار', lang: 'ar' });
  });

  it('classifies report 001: caption unglued from the repeated title, lone letters, section headings as body, the list of other articles as boilerplate', () => {
    const doc = docs[1];
    expect(kinds(doc).slice(0, 12)).toEqual([
      'title',
      'boilerplate', // Avatar de Hajar Toufik
      'metadata', // Temps de lecture :
      'boilerplate', // the title again, before its glued caption
      'caption', // Abdellatif Hammouchi lors de sa rencontre … © DR
      'boilerplate', // A
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'body',
      'body', // Un agenda intense pour consolider les relations internationales
    ]);
    expect(lineOf(doc, 'Abdellatif Hammouchi lors de sa rencontre').text).toBe(
      'Abdellatif Hammouchi lors de sa rencontre à Marrakech avec Faisal Shahkar, chef de la police de l’ONU, en marge de la 93ᵉ Assemblée générale d’Interpol © DR',
    );
    expect(lineOf(doc, 'Des liens renforcés avec').kind).toBe('body');
    const lastBody = doc.lines.findIndex((l) => l.text.startsWith('Au total, ces 43 rencontres'));
    expect(doc.lines[lastBody].kind).toBe('body');
    expect(doc.lines.slice(lastBody + 1).every((l) => l.kind === 'boilerplate')).toBe(true);
    expect(lineOf(doc, 'Mouna Aghlal - 12 janvier 2026').kind).toBe('boilerplate');
    expect(countKinds(doc)).toEqual({ title: 1, metadata: 1, caption: 1, body: 14, boilerplate: 50 });
  });

  it('finds report 001’s list of other articles by its dated bylines even without the "Dernier articles" heading', () => {
    const withoutHeadings = seeds[1].replace('Dernier articles\nLes articles les plus lu\n', '').replace('Voir plus\n', '');
    const doc = ingestDocument(withoutHeadings);
    const lastBody = doc.lines.findIndex((l) => l.text.startsWith('Au total, ces 43 rencontres'));
    expect(doc.lines[lastBody].kind).toBe('body');
    expect(doc.lines.slice(lastBody + 1).map((l) => l.kind)).toEqual(Array(doc.lines.length - lastBody - 1).fill('boilerplate'));
    expect(doc.date).toBe('2025-11-24'); // not 2026-01-12 from the bylines of other articles
  });

  it('classifies report 002: the repeated title, "- in Société", "Loading", "You may also like" and the teasers after it', () => {
    expect(kinds(docs[2])).toEqual([
      'title',
      'boilerplate', // the title again
      'metadata', // - in Société
      ...Array(10).fill('body'),
      'boilerplate', // Loading
      'boilerplate', // You may also like
      'boilerplate', // L’Association des Spécialistes … (teaser)
      'boilerplate', // La Ligue des Spécialistes de la Santé Mentale
    ]);
    expect(lineOf(docs[2], 'Marrakech – Les travaux').kind).toBe('body'); // a dateline, not a "Section - teaser"
  });

  it('classifies report 003 (Arabic, no blank lines) as a title and body, and keeps the title one sentence', () => {
    expect(kinds(docs[3])).toEqual(['title', ...Array(8).fill('body')]);
    const titleSentences = docs[3].sentences.filter((s) => s.kind === 'title');
    expect(titleSentences).toHaveLength(1);
    expect(titleSentences[0].text).toBe(docs[3].title);
  });

  it('classifies report 004 like 002', () => {
    expect(kinds(docs[4])).toEqual(['title', 'boilerplate', 'metadata', 'body', 'body', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('gives lines and sentences offsets into the cleaned text', () => {
    for (const doc of docs) {
      for (const line of doc.lines) expect(doc.text.slice(line.start, line.end)).toBe(line.text);
      for (const sentence of doc.sentences) {
        expect(doc.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        const line = doc.lines[sentence.paragraph];
        expect(sentence.start >= line.start && sentence.end <= line.end).toBe(true);
        expect([sentence.kind, sentence.lang]).toEqual([line.kind, line.lang]);
      }
    }
  });

  it('lists every line’s sentences, boilerplate included, so that nothing is lost', () => {
    const doc = docs[1];
    expect(new Set(doc.sentences.map((s) => s.paragraph)).size).toBe(doc.lines.length);
    expect(doc.sentences.find((s) => s.text === 'Poster commentaire')?.kind).toBe('boilerplate');
  });

  it('cleans the text: trimmed lines, one blank line between paragraphs, none at the end', () => {
    expect(docs[0].text.startsWith('date 2025-11-25 Politique\n\nAbdellatif Hammouchi reçoit')).toBe(true);
    expect(docs[3].text.endsWith('والتحديات المرتبطة بالهجرة.')).toBe(true);
    expect(docs.every((d) => !/\n\n\n/.test(d.text))).toBe(true);
    expect(docs[1].text).toContain('Abdellatif Hammouchi\nAbdellatif Hammouchi lors de sa rencontre');
  });
});

describe('ingestDocument on encoded and HTML input', () => {
  const reference = (doc: IngestedDocument) => ({ text: doc.text, kinds: kinds(doc), title: doc.title, date: doc.date });

  it('reads the same report from UTF-8 with a BOM, UTF-16 LE and BE, Windows-1256 and Windows-1252', () => {
    expect(ingestDocument(encodeUtf8WithBom(seeds[1])).encoding).toBe('utf-8');
    expect(reference(ingestDocument(encodeUtf8WithBom(seeds[1])))).toEqual(reference(docs[1]));
    expect(reference(ingestDocument(encodeUtf16(seeds[0], 'le')))).toEqual(reference(docs[0]));
    expect(reference(ingestDocument(encodeUtf16(seeds[3], 'be')))).toEqual(reference(docs[3]));
    const arabic = ingestDocument(encodeLegacy(seeds[3], 'windows-1256'));
    expect(arabic.encoding).toBe('windows-1256');
    expect(reference(arabic)).toEqual(reference(docs[3]));
    const french = ingestDocument(encodeLegacy(seeds[2], 'windows-1252'));
    expect(french.encoding).toBe('windows-1252');
    expect(reference(french)).toEqual(reference(docs[2]));
  });

  it('takes a string as already decoded (no encoding) and normalises CRLF line ends', () => {
    const doc = ingestDocument(seeds[4].replace(/\n/g, '\r\n'));
    expect(doc.encoding).toBeNull();
    expect(reference(doc)).toEqual(reference(docs[4]));
  });

  it('reduces an HTML page to its paragraphs and classifies them', () => {
    const page = `<!doctype html><html><head><title>Le Site</title><script>track("<p>x</p>")</script></head><body>
      <nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
      <p class="meta">Publié le 25/11/2025 à 10h30</p>
      <h1>Abdellatif Hammouchi re&ccedil;oit le chef de la police de l&rsquo;ONU</h1>
      <figure><img src="x.jpg"><figcaption>Abdellatif Hammouchi et Faisal Shahkar &copy; DR</figcaption></figure>
      <p>Le directeur g&eacute;n&eacute;ral de la S&ucirc;ret&eacute; nationale a re&ccedil;u, ce mardi 25 novembre &agrave; Marrakech, le chef du service de police des Nations unies.<br>Il s&rsquo;est entretenu avec lui de la coop&eacute;ration entre leurs services de police.</p>
      <p>Lors de cette entrevue, Faisal Shahkar a exprim&eacute; la volont&eacute; du Secr&eacute;taire g&eacute;n&eacute;ral de renforcer la coop&eacute;ration.</p>
      <h3>You may also like</h3><p>Un autre article sur un autre sujet, avec une phrase assez longue pour passer pour un corps.</p>
      </body></html>`;
    const doc = ingestDocument(Buffer.from(page, 'utf8'), { name: 'page.html' });
    expect(doc.html).toBe(true);
    expect(doc.lines.map((l) => [l.kind, l.text])).toEqual([
      ['metadata', 'Publié le 25/11/2025 à 10h30'],
      ['title', 'Abdellatif Hammouchi reçoit le chef de la police de l’ONU'],
      ['caption', 'Abdellatif Hammouchi et Faisal Shahkar © DR'],
      ['body', 'Le directeur général de la Sûreté nationale a reçu, ce mardi 25 novembre à Marrakech, le chef du service de police des Nations unies.'],
      ['body', 'Il s’est entretenu avec lui de la coopération entre leurs services de police.'],
      ['body', 'Lors de cette entrevue, Faisal Shahkar a exprimé la volonté du Secrétaire général de renforcer la coopération.'],
      ['boilerplate', 'You may also like'],
      ['boilerplate', 'Un autre article sur un autre sujet, avec une phrase assez longue pour passer pour un corps.'],
    ]);
    expect(doc.date).toBe('2025-11-25');
    expect(doc.dateSource).toBe('metadata');
  });
});

describe('ingestDocument: other report shapes', () => {
  it('splits a caption glued to the title on the first line, and takes the title without it', () => {
    const doc = ingestDocument(
      'Hammouchi reçoit le chef de la police de l’ONUAbdellatif Hammouchi et Faisal Shahkar à Marrakech © DR\n\n' +
        'Le directeur général de la Sûreté nationale a reçu ce mardi à Marrakech le chef du service de police des Nations unies.',
    );
    expect(doc.title).toBe('Hammouchi reçoit le chef de la police de l’ONU');
    expect(kinds(doc)).toEqual(['title', 'caption', 'body']);
  });

  it('keeps a report’s own signature as metadata and takes its date; finds "Photo :" captions and "Lire aussi" links', () => {
    const doc = ingestDocument(
      [
        'Interpol : Hammouchi plaide pour une coopération renforcée',
        'Photo : Abdellatif Hammouchi à la tribune de l’Assemblée générale',
        'Le directeur général de la Sûreté nationale a pris la parole devant les délégués de 196 pays réunis à Marrakech.',
        'Lire aussi : AG d’Interpol, 43 réunions bilatérales',
        'Il a appelé à multiplier les efforts face aux nouvelles formes de criminalité transnationale et numérique.',
        'Par ailleurs, il a signé deux mémorandums d’entente avec la Norvège et l’Éthiopie au cours de la semaine.',
        'Hajar Toufik - 27 novembre 2025',
      ].join('\n'),
    );
    expect(kinds(doc)).toEqual(['title', 'caption', 'body', 'boilerplate', 'body', 'body', 'metadata']);
    expect([doc.date, doc.dateSource]).toEqual(['2025-11-27', 'metadata']);
  });

  it('takes short lines before the title for furniture (a site name, a menu)', () => {
    const doc = ingestDocument(['Hespress FR', 'Politique', 'Hammouchi reçoit Faisal Shahkar à Marrakech', 'Le directeur général a reçu le chef de la police des Nations unies à Marrakech.'].join('\n'));
    expect(kinds(doc)).toEqual(['boilerplate', 'boilerplate', 'title', 'body']);
  });

  it('reads a scraped page with a site name, byline, date line, "(Photo: MAP)" caption, link, share buttons and comments', () => {
    const doc = ingestDocument(
      [
        'Le360',
        'Interpol: Hammouchi signe deux mémorandums avec la Norvège et l’Éthiopie',
        'Par Hajar Toufik',
        'Le 27/11/2025 à 18h42',
        'Abdellatif Hammouchi, directeur général de la DGSN-DGST. (Photo: MAP)',
        'Le directeur général de la Sûreté nationale a signé, jeudi à Marrakech, deux mémorandums d’entente.',
        'Lire aussi : Interpol: 43 réunions bilatérales pour Hammouchi',
        'Ces accords portent sur la lutte contre la criminalité organisée transfrontalière et l’échange d’informations.',
        'Partager 15',
        'Commentaires (2)',
        'Très bien. Bravo à nos services de sécurité !',
      ].join('\n'),
    );
    expect(kinds(doc)).toEqual(['boilerplate', 'title', 'metadata', 'metadata', 'caption', 'body', 'boilerplate', 'body', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(doc.date).toBe('2025-11-27');
  });

  it('takes lines without letters for boilerplate, unless they are dates', () => {
    const doc = ingestDocument(['25/11/2025', 'Hammouchi reçoit Faisal Shahkar à Marrakech', '***', '12', 'Le directeur général a reçu le chef de la police des Nations unies à Marrakech.'].join('\n'));
    expect(kinds(doc)).toEqual(['metadata', 'title', 'boilerplate', 'boilerplate', 'body']);
  });

  it('has no title when the report starts with a long paragraph, and no date without a year', () => {
    const paragraph =
      'Le directeur général de la Sûreté nationale et de la Surveillance du territoire a reçu ce mardi 25 novembre à Marrakech le chef du service de police relevant de l’Organisation des Nations unies, en marge de la 93e Assemblée générale d’Interpol qui réunit les délégations de tous les pays membres.';
    const doc = ingestDocument(paragraph);
    expect(doc.title).toBeNull();
    expect(kinds(doc)).toEqual(['body']);
    expect(doc.date).toBeNull();
  });

  it('reads an Arabic page: its byline and date, an "اقرأ أيضا" link, and the related articles after the body', () => {
    const body = seeds[3].trim().split('\n');
    const page = [
      '<html><body><header><a href="/">الرئيسية</a></header>',
      `<h1>${body[0]}</h1>`,
      '<div class="meta">بقلم: هيئة التحرير</div><div class="meta">نشر في ٢٥ نونبر ٢٠٢٥ على الساعة 11:30</div>',
      ...body.slice(2, 4).map((line) => `<p>${line}</p>`),
      '<p>اقرأ أيضا: حموشي يستقبل وفودا أمنية على هامش أشغال الأنتربول</p>',
      ...body.slice(4).map((line) => `<p>${line}</p>`),
      '<h3>مقالات ذات صلة</h3><p>الأمن الوطني يعزز حضوره في الدورة المقبلة للجمعية العامة للأنتربول بمراكش وفق بلاغ رسمي</p>',
      '</body></html>',
    ].join('\n');
    const doc = ingestDocument(Buffer.from(page, 'utf8'), { name: 'page.html' });
    expect([doc.lang, doc.title, doc.date, doc.dateSource]).toEqual(['ar', docs[3].title, '2025-11-25', 'metadata']);
    expect(kinds(doc)).toEqual([
      'boilerplate', // الرئيسية (home)
      'title',
      'metadata', // بقلم: هيئة التحرير
      'metadata', // نشر في ٢٥ نونبر ٢٠٢٥ …
      'body',
      'body',
      'boilerplate', // اقرأ أيضا: …
      ...Array(6).fill('body'),
      'boilerplate', // مقالات ذات صلة
      'boilerplate',
    ]);
  });

  it('reads a scraped Arabic page: site name, section, byline beside its date line, "صورة:" caption, link, related articles', () => {
    const doc = ingestDocument(
      [
        'هسبريس',
        'سياسة',
        'حموشي يوقع مذكرتي تفاهم مع النرويج وإثيوبيا على هامش الأنتربول',
        'هسبريس - عبد الرحيم العسري',
        'الخميس 27 نونبر 2025 - 18:42',
        'صورة: أرشيف',
        'وقع المدير العام للأمن الوطني ومراقبة التراب الوطني، عبد اللطيف حموشي، مذكرتي تفاهم مع الشرطة النرويجية والشرطة الفيدرالية الإثيوبية.',
        'اقرأ أيضا: حموشي يعقد 43 اجتماعا ثنائيا بمراكش',
        'وتهم الاتفاقيتان مكافحة الجريمة المنظمة العابرة للحدود وتبادل المعلومات بين المصالح الأمنية.',
        'DGSN',
        'شارك',
        'أخبار ذات صلة',
        'الأمن الوطني يوقف شبكة إجرامية بالدار البيضاء',
      ].join('\n'),
    );
    expect(kinds(doc)).toEqual([
      'boilerplate', 'boilerplate', 'title', 'metadata', 'metadata', 'caption', 'body', 'boilerplate', 'body',
      'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate',
    ]);
    expect([doc.lang, doc.date]).toEqual(['ar', '2025-11-27']);
  });

  it('marks Latin lines of an Arabic report foreign', () => {
    const doc = ingestDocument(`${seeds[3].trim()}\nAbdellatif Hammouchi reçoit Faisal Shahkar à Marrakech`);
    expect(doc.lines[doc.lines.length - 1]).toMatchObject({ kind: 'foreign', lang: 'fr' });
    expect(doc.lang).toBe('ar');
  });
});

describe('ingestDocument: refusals', () => {
  const refusal = (input: Buffer | string, name?: string): string => {
    try {
      ingestDocument(input, name === undefined ? {} : { name });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('expected an InputError');
  };

  it('refuses empty, blank, binary and foreign-language input with the file name', () => {
    expect(refusal(Buffer.alloc(0), '005.txt')).toBe('005.txt: the file is empty; give some text');
    expect(refusal('  \n\n \t\n', '005.txt')).toMatch(/^005\.txt: the file has no text \(only white space\)/);
    expect(refusal(Buffer.from('%PDF-1.4 …'), 'r.pdf')).toMatch(/^r\.pdf: this is a PDF file/);
    expect(refusal('Это сообщение написано по-русски, а не по-французски.', 'ru.txt')).toBe(
      'ru.txt: no Arabic or French text found; muqabala reads reports in Arabic and French',
    );
    expect(refusal('<html><body><script>x()</script></body></html>', 'empty.html')).toBe(
      'empty.html: the HTML page has no text; give a report with some text',
    );
  });

  it('calls the input "input" when it has no name', () => {
    expect(refusal('\u200F\u200E')).toMatch(/^input: /);
  });
});

describe('findDates (the full dates a document date is taken from)', () => {
  const values = (line: string) => findDates(line).map((d) => d.value);
  it('reads ISO, numeric and worded dates in both languages, a range as its first day', () => {
    expect(values(' date 2025-11-25 Politique')).toEqual(['2025-11-25']);
    expect(values('tenue à Marrakech du 24 au 27 novembre 2025, le directeur')).toEqual(['2025-11-24', '2025-11-27']);
    expect(values('صباح اليوم الثلاثاء 25 نونبر 2025، بفضاء حدائق المنارة')).toEqual(['2025-11-25']);
    expect(values('يوم ٢٥ تشرين الثاني ٢٠٢٥م في مراكش')).toEqual(['2025-11-25']);
    expect(values('Publié le 25/11/2025 à 10h30')).toEqual(['2025-11-25']);
  });
  it('leaves out dates without a year and dates the calendar does not have', () => {
    expect(values('a reçu, ce mardi 25 novembre à Marrakech')).toEqual([]);
    expect(values('le 31/02/2025 ou le 30 février 2025')).toEqual([]);
  });
  it('gives spans into the line', () => {
    const line = 'Mouna Aghlal - 12 janvier 2026';
    const [date] = findDates(line);
    expect(line.slice(date.index, date.index + date.length)).toBe('12 janvier 2026');
  });
});
