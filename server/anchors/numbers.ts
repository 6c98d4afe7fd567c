// Numbers in French and Arabic text. (Placeholder contract: Western and Arabic-Indic
// digits only; the anchors issue replaces the body, not the signature.)
import { foldDigits } from '../text/normalize';
import { Lang } from '../text/types';
import { NumberAnchor } from './types';

/** The numbers of a text with their spans and values. */
export function extractNumbers(text: string, lang: Lang): NumberAnchor[] {
  void lang;
  const found: NumberAnchor[] = [];
  const digits = /[0-9\u0660-\u0669\u06F0-\u06F9]+/g;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    found.push({ kind: 'number', text: m[0], start: m.index, end: m.index + m[0].length, value: Number(foldDigits(m[0])) });
  }
  return found;
}
