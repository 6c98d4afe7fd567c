// Text cleaning every format shares: characters XML 1.0 forbids (C0 controls other than
// tab and line feeds, lone surrogates, U+FFFE/U+FFFF) are removed, and a bead's text is
// kept on one line.

/** Characters not allowed in XML 1.0 documents. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 forbids (also useless in the other formats). */
export function removeInvalidCharacters(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** The text on one line: line breaks and tabs become single spaces, ends trimmed. */
export function oneLine(text: string): string {
  return removeInvalidCharacters(text).replace(/[\t\r\n\u2028\u2029\u0085]+/g, ' ').trim();
}
