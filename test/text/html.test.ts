import { decodeCharacterReferences, htmlToText, looksLikeHtml } from '../../server/text/html';
import { readSeed } from '../helpers/shared';

/** A news page as sites serve it: head, navigation, a script with markup in a string, an article, an aside, a footer. */
const PAGE = `<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Hammouchi reçoit le chef de la police de l&#8217;ONU | Le Site</title>
  <style>p { color: red; } /* <p>not text</p> */</style>
  <script>var teaser = "<p>Pas du texte</p>"; if (a < b && c > d) {}</script>
</head>
<body>
  <nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li></ul></nav>
  <!-- <p>Commentaire caché</p> -->
  <article>
    <h1>Abdellatif Hammouchi re&ccedil;oit le chef du service de police de l&rsquo;ONU</h1>
    <figure><img src="a.jpg" alt="photo"><figcaption>Abdellatif Hammouchi et Faisal Shahkar &copy; DR</figcaption></figure>
    <p>Le directeur g&eacute;n&eacute;ral de la S&#xFB;ret&#233; nationale, Abdellatif Hammouchi, a re&ccedil;u,
       ce mardi 25 novembre &agrave; Marrakech, le chef du service de police des <strong>Nations unies</strong>.</p>
    <p>Premi&egrave;re ligne<br>deuxi&egrave;me ligne<br/>troisi&egrave;me&nbsp;ligne</p>
    <table><tr><td>Délégations</td><td>43</td></tr></table>
    <p>Prix&#160;: 10&nbsp;&euro; &amp; plus &#150; moins &unknown; a &lt; b</p>
  </article>
  <aside><h2>Les plus lus</h2><p>Un autre article</p></aside>
  <form><label>Votre commentaire</label><textarea>Écrivez ici</textarea><button>Poster commentaire</button></form>
  <footer>© Le Site 2025 — Tous droits réservés</footer>
</body>
</html>`;

describe('looksLikeHtml', () => {
  it('recognises a page by its doctype or <html>, even after white space', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('\n  <html><body>Bonjour</body></html>')).toBe(true);
  });
  it('recognises a fragment by several common tags', () => {
    expect(looksLikeHtml('<p>Un</p>\n<p>Deux <a href="x">lien</a></p>\n<p>Trois</p>')).toBe(true);
  });
  it('does not take the seed reports or a stray angle bracket for HTML', () => {
    for (const seed of [0, 1, 2, 3, 4]) expect(looksLikeHtml(readSeed(seed))).toBe(false);
    expect(looksLikeHtml('Le score était de 3 < 5, et <b> seul ne fait pas une page.')).toBe(false);
  });
});

describe('htmlToText', () => {
  const lines = htmlToText(PAGE).split('\n');

  it('keeps one paragraph per line, in order, and drops head, navigation, scripts, styles, comments, asides, forms and footers', () => {
    expect(lines).toEqual([
      'Abdellatif Hammouchi reçoit le chef du service de police de l’ONU',
      'Abdellatif Hammouchi et Faisal Shahkar © DR',
      'Le directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu, ce mardi 25 novembre à Marrakech, le chef du service de police des Nations unies.',
      'Première ligne',
      'deuxième ligne',
      'troisième\u00A0ligne',
      'Délégations 43',
      'Prix\u00A0: 10\u00A0€ & plus – moins &unknown; a < b',
    ]);
  });

  it('keeps the lines of a <pre> block', () => {
    expect(htmlToText('<p>Avant</p><pre>ligne 1\n  ligne 2\n</pre><p>Après</p>')).toBe('Avant\nligne 1\nligne 2\nAprès');
  });

  it('runs an unclosed script to the end but keeps the text of an unclosed paragraph', () => {
    expect(htmlToText('<p>Texte<script>var x = 1;')).toBe('Texte');
    expect(htmlToText('<p>Un paragraphe sans fin')).toBe('Un paragraphe sans fin');
  });

  it('reads Arabic pages the same way', () => {
    expect(htmlToText('<h1>حموشي يستقبل شهكار</h1><p>استقبل المدير العام&nbsp;للأمن الوطني</p>')).toBe('حموشي يستقبل شهكار\nاستقبل المدير العام\u00A0للأمن الوطني');
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes named, decimal and hexadecimal references, Windows-1252 numbers as browsers do', () => {
    expect(decodeCharacterReferences('l&rsquo;ONU &#8211; &#x627;&#x644; &#146;&#128;')).toBe('l’ONU – ال ’€');
  });
  it('leaves unknown names and bare ampersands alone, and replaces invalid code points', () => {
    expect(decodeCharacterReferences('A & B &foo; &#0; &#xD800;')).toBe('A & B &foo; \uFFFD \uFFFD');
  });
});
