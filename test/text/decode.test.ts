import { decodeText, MAX_INPUT_BYTES } from '../../server/text/decode';
import { InputError } from '../../server/errors';
import { encodeLegacy, encodeUtf16, encodeUtf8WithBom } from '../helpers/encodings';
import { readSeed } from '../helpers/shared';

const arabicReport = readSeed(3);
const frenchReport = readSeed(2);
/** Report 000 without its Arabic caption: French that Windows-1252 can hold. */
const frenchOnly = readSeed(0)
  .split('\n')
  .filter((line) => !/[\u0600-\u06FF]/.test(line))
  .join('\n');

describe('decodeText: encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(arabicReport, 'utf8'), '003.txt')).toEqual({ text: arabicReport, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(encodeUtf8WithBom(frenchReport), '002.txt')).toEqual({ text: frenchReport, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    expect(decodeText(encodeUtf16(arabicReport, 'le'), 'a.txt')).toEqual({ text: arabicReport, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(arabicReport, 'be'), 'a.txt')).toEqual({ text: arabicReport, encoding: 'utf-16be' });
    expect(decodeText(encodeUtf16(frenchReport, 'be'), 'f.txt')).toEqual({ text: frenchReport, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 by its NUL bytes, Arabic (NULs only in spaces and digits) included', () => {
    expect(decodeText(encodeUtf16(arabicReport, 'le', false), 'a.txt').encoding).toBe('utf-16le');
    expect(decodeText(encodeUtf16(frenchReport, 'be', false), 'f.txt')).toEqual({ text: frenchReport, encoding: 'utf-16be' });
  });

  it('reads the Arabic report in Windows-1256', () => {
    const bytes = encodeLegacy(arabicReport, 'windows-1256');
    expect(bytes.length).toBeLessThan(Buffer.byteLength(arabicReport)); // one byte a letter: really not UTF-8
    expect(decodeText(bytes, '003.txt')).toEqual({ text: arabicReport, encoding: 'windows-1256' });
  });

  it('reads French reports in Windows-1252, not as Windows-1256 (which also has é, è, à)', () => {
    expect(decodeText(encodeLegacy(frenchReport, 'windows-1252'), '002.txt')).toEqual({ text: frenchReport, encoding: 'windows-1252' });
    expect(decodeText(encodeLegacy(frenchOnly, 'windows-1252'), '000.txt')).toEqual({ text: frenchOnly, encoding: 'windows-1252' });
  });

  it('reads French in Windows-1256 as Windows-1256 when it holds Arabic letters too', () => {
    const mixed = 'Le titre arabe : حموشي يستقبل رئيس شرطة الأمم المتحدة بمراكش\nUne légende française.';
    expect(decodeText(encodeLegacy(mixed, 'windows-1256'), 'm.txt')).toEqual({ text: mixed, encoding: 'windows-1256' });
  });
});

describe('decodeText: refusals name the file and say what to do', () => {
  const refusal = (bytes: Uint8Array, name = 'report.txt'): string => {
    try {
      decodeText(bytes, name);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('expected an InputError');
  };

  it('refuses an empty file and a file of white space (in any encoding)', () => {
    expect(refusal(Buffer.alloc(0))).toBe('report.txt: the file is empty; give some text');
    expect(refusal(Buffer.from(' \n\t\r\n\u00A0\n', 'utf8'))).toMatch(/^report\.txt: the file has no text \(only white space\)/);
    expect(refusal(encodeUtf16('  \n \u200F\n', 'le'))).toMatch(/only white space/);
    expect(refusal(encodeUtf8WithBom(''))).toMatch(/only white space/);
  });

  it('refuses binary files by their signature or their NUL bytes', () => {
    expect(refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'), 'r.pdf')).toBe(
      'r.pdf: this is a PDF file, not plain text; save it as plain text in UTF-8 and try again',
    );
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'r.docx')).toMatch(/^r\.docx: this is a ZIP archive \(a \.docx\/\.odt document is one\)/);
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'p.png')).toMatch(/^p\.png: this is a PNG image/);
    expect(refusal(Buffer.from('Le directeur\u0000\u0001\u0002 général a reçu', 'utf8'))).toMatch(/^report\.txt: binary data \(NUL bytes\)/);
  });

  it('refuses text full of control characters', () => {
    expect(refusal(Buffer.from('\u0001\u0002\u0003\u0004 Le directeur général a reçu\u0005\u0006', 'utf8'))).toMatch(/binary data \(control characters\)/);
  });

  it('refuses damaged UTF-8 and names the line of the first bad byte', () => {
    const lines = frenchReport.split('\n');
    lines[6] += '\xff';
    const bytes = Buffer.concat(lines.map((line, i) => Buffer.concat([Buffer.from(line.replace('\xff', ''), 'utf8'), Buffer.from(line.endsWith('\xff') ? [0xff] : []), Buffer.from(i < lines.length - 1 ? '\n' : '')])));
    expect(refusal(bytes)).toBe(
      'report.txt: mostly UTF-8 but with invalid bytes (first at line 7); the file is damaged or mixes encodings: save it as plain text in UTF-8 and try again',
    );
  });

  it('refuses bytes that are neither UTF-8 nor a plausible legacy code page', () => {
    // Symbols both code pages have (¤ ¦ ¨ ¬ ¯ ± µ ¶) but no report is written in.
    const noise = Buffer.from(Array.from({ length: 200 }, (_, i) => [0xa4, 0xa6, 0xa8, 0xac, 0xaf, 0xb1, 0xb5, 0xb6, 0x20][i % 9]));
    expect(refusal(noise)).toBe(
      'report.txt: not valid UTF-8 and not recognisable as Windows-1256 or Windows-1252; save it as plain text in UTF-8 and try again',
    );
  });

  it('refuses malformed UTF-16 after a BOM', () => {
    expect(refusal(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toMatch(/^report\.txt: starts like UTF-16LE but contains invalid data/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61);
    expect(refusal(huge, 'dump.txt')).toBe('dump.txt: too large (20.1 MB, over the limit of 20.0 MB): split it into one file per report');
  });

  it('names the input "input" when no name is given', () => {
    expect(() => decodeText(Buffer.alloc(0))).toThrow('input: the file is empty');
  });
});
