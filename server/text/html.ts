// HTML to plain text with its paragraphs kept: block elements and <br> become line
// breaks; scripts, styles, navigation, asides, footers, forms and comments are dropped;
// character references are decoded. One linear pass, no dependency.
import { decodeWindows1252 } from './decode';
import { NAMED_ENTITIES } from './html-entities';

/** Elements whose content is never article text: dropped with everything inside them. */
const DROPPED_ELEMENTS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'aside', 'footer', 'form', 'select',
  'button', 'textarea', 'iframe', 'object', 'canvas', 'audio', 'video',
]);
/** Dropped elements whose content is raw text, never markup. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea']);
/** Elements that start and end a line of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'br', 'title', 'option',
]);
/** Table cells: their contents are kept on the row's line, separated by a space. */
const CELL_ELEMENTS = new Set(['td', 'th']);
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
const CHARACTER_REFERENCE = /&(?:#(\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g;
/** HTML white space (not the no-break space, which is content). */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;
const REPLACEMENT_CHARACTER = '\uFFFD';
/** How HTML documents start (after white space): a doctype, an XML declaration, <html>, <head> or <body>. */
const HTML_START = /^\s*(?:<!doctype\s+html|<\?xml[^>]*>\s*<html|<html[\s>]|<head[\s>]|<body[\s>])/i;
/** Tags of common HTML elements, to recognise a fragment without a doctype. */
const COMMON_TAG = /<\/?(?:p|div|br|span|a|h[1-6]|li|ul|ol|img|script|style|meta|link|article|section|header|table|tr|td|strong|em|b|i|figure|figcaption)\b[^<>]*>/gi;
/** Number of common tags from which a text is read as an HTML fragment. */
const MIN_FRAGMENT_TAGS = 5;

/**
 * Whether a text is HTML: it starts like an HTML document, or it holds at least
 * MIN_FRAGMENT_TAGS tags of common elements (a copied fragment).
 */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text.slice(0, 1024))) return true;
  let tags = 0;
  COMMON_TAG.lastIndex = 0;
  while (COMMON_TAG.exec(text) !== null) if (++tags >= MIN_FRAGMENT_TAGS) return true;
  return false;
}

/** The text of an HTML page or fragment, one paragraph (block) per line. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current: string[] = [];
  let preDepth = 0;
  const endLine = (): void => {
    const raw = current.join('');
    current = [];
    const pieces = preDepth > 0 ? raw.split(/\r?\n/) : [raw.replace(COLLAPSIBLE_SPACE, ' ')];
    for (const piece of pieces) {
      const text = decodeCharacterReferences(piece).trim();
      if (text !== '') lines.push(text);
    }
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      current.push(html.slice(i));
      break;
    }
    if (lt > i) current.push(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      i = skipPast(html, '-->', i + 4);
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      i = skipPast(html, '>', i + 2);
      continue;
    }
    TAG_NAME.lastIndex = i;
    const tag = TAG_NAME.exec(html);
    if (!tag) {
      current.push('<');
      i++;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    const tagEnd = findTagEnd(html, TAG_NAME.lastIndex);
    const selfClosing = html[tagEnd - 2] === '/';
    i = tagEnd;
    if (!closing && !selfClosing && DROPPED_ELEMENTS.has(name)) {
      i = skipElement(html, name, i);
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      endLine();
      if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    } else if (CELL_ELEMENTS.has(name)) {
      current.push(' ');
    }
  }
  endLine();
  return lines.join('\n');
}

/** Decodes named (&eacute;) and numeric (&#233; &#xE9;) character references. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    return fromCodePoint(decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex as string, 16));
  });
}

/** The character of a numeric reference, with the HTML rules for 0x80–0x9F and invalid code points. */
function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return decodeWindows1252(Uint8Array.of(code));
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return REPLACEMENT_CHARACTER;
  return String.fromCodePoint(code);
}

/** The index just past the next `marker` at or after `from` (the end when there is none). */
function skipPast(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at < 0 ? html.length : at + marker.length;
}

/** The index just past the `>` that ends a tag, ignoring `>` inside quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/**
 * The index just past the end tag of a dropped element. When it is never closed, a
 * script or style runs to the end of the input; any other element is dropped alone
 * (its end tag may legally be missing, as </head> often is).
 */
function skipElement(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}\\s*>`, 'gi');
  endTag.lastIndex = from;
  const match = endTag.exec(html);
  if (match) return match.index + match[0].length;
  return RAW_TEXT_ELEMENTS.has(name) ? html.length : from;
}
