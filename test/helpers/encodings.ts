// Encoders for the test inputs. Node's TextDecoder reads Windows-1256 but cannot write
// it, so its table is built by decoding every byte 0x80–0xFF. Node 20's TextDecoder
// misreads Windows-1252's 0x80–0x9F (nodejs/node#60888), so that code page is written
// from the standard's table: Latin-1 plus the 32 signs below.

/** The legacy code pages the ingest reads. */
export type LegacyCodePage = 'windows-1256' | 'windows-1252';

/** Windows-1252 bytes 0x80–0x9F as the WHATWG Encoding Standard reads them (five are unassigned). */
const WINDOWS_1252_80_9F = ['€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '', '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ'];

const tables = new Map<LegacyCodePage, Map<string, number>>();

function table(codePage: LegacyCodePage): Map<string, number> {
  let map = tables.get(codePage);
  if (!map) {
    map = new Map();
    if (codePage === 'windows-1252') {
      WINDOWS_1252_80_9F.forEach((char, i) => char !== '' && map?.set(char, 0x80 + i));
      for (let byte = 0xa0; byte <= 0xff; byte++) map.set(String.fromCharCode(byte), byte);
    } else {
      const decoder = new TextDecoder(codePage);
      for (let byte = 0x80; byte <= 0xff; byte++) map.set(decoder.decode(Uint8Array.of(byte)), byte);
    }
    tables.set(codePage, map);
  }
  return map;
}

/** Encodes text in a Windows code page; throws on a character the code page lacks. */
export function encodeLegacy(text: string, codePage: LegacyCodePage): Buffer {
  const map = table(codePage);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const byte = map.get(char);
      if (byte === undefined) throw new Error(`${codePage} cannot encode ${JSON.stringify(char)} (U+${code.toString(16)})`);
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes);
}

/** UTF-16 bytes of a text, little- or big-endian, with or without a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', withBom = true): Buffer {
  const le = Buffer.from((withBom ? '\uFEFF' : '') + text, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

/** UTF-8 bytes of a text with a byte-order mark. */
export function encodeUtf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
