// Name candidates in French and Arabic text. (Placeholder contract; the anchors issue
// replaces the body, not the signature.)
import { Lang } from '../text/types';
import { NameAnchor } from './types';

/** The name candidates of a text with their spans and matching keys. */
export function extractNames(text: string, lang: Lang): NameAnchor[] {
  void text;
  void lang;
  return [];
}
