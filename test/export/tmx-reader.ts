// A small TMX reader for the tests: the header's attributes and, per <tu>, its attributes,
// props and the text of each language's <seg> (entities decoded).

/** One translation unit as read back. */
export interface TmxUnit {
  attributes: Record<string, string>;
  props: Record<string, string[]>;
  segments: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name],
  );
}

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) found[m[1]] = decode(m[2]);
  return found;
}

/** Reads a TMX document. */
export function readTmx(xml: string): { version: string; header: Record<string, string>; units: TmxUnit[] } {
  const version = /<tmx version="([^"]+)"/.exec(xml)?.[1] ?? '';
  const header = attributes(/<header\s([^>]*?)\/?>/.exec(xml)?.[1] ?? '');
  const units: TmxUnit[] = [];
  for (const tu of xml.matchAll(/<tu\s([^>]*)>([\s\S]*?)<\/tu>/g)) {
    const props: Record<string, string[]> = {};
    for (const p of tu[2].matchAll(/<prop type="([^"]+)">([\s\S]*?)<\/prop>/g)) (props[decode(p[1])] ??= []).push(decode(p[2]));
    const segments: Record<string, string> = {};
    for (const t of tu[2].matchAll(/<tuv xml:lang="([^"]+)">\s*<seg>([\s\S]*?)<\/seg>\s*<\/tuv>/g)) segments[t[1]] = decode(t[2]);
    units.push({ attributes: attributes(tu[1]), props, segments });
  }
  return { version, header, units };
}
