import { detectLang, lineScript, scriptWeights } from '../../server/text/script';
import { readSeed } from '../helpers/shared';

describe('lineScript', () => {
  it('keeps an Arabic line with a year, an acronym and a URL Arabic', () => {
    expect(lineScript('أعلنت المديرية العامة للأمن الوطني DGSN يوم 25 نونبر 2025 عبر www.dgsn.gov.ma')).toBe('arabic');
  });
  it('reads the French title of report 000 as Latin and its Arabic caption as Arabic', () => {
    const lines = readSeed(0).split('\n').filter((l) => l.trim() !== '');
    expect(lineScript(lines[1])).toBe('latin');
    expect(lineScript(lines[2])).toBe('arabic');
  });
  it('calls a line with whole sentences in both scripts mixed', () => {
    expect(lineScript('Abdellatif Hammouchi reçoit le chef de la police — عبد اللطيف حموشي يستقبل رئيس الشرطة')).toBe('mixed');
  });
  it('has no script for digits and punctuation alone', () => {
    expect(lineScript('2025 - 11 - 25')).toBe('none');
  });
});

describe('detectLang', () => {
  it('tells Arabic from French and gives other for other scripts', () => {
    expect(detectLang('حموشي يجري مباحثات رفيعة مع الأمم المتحدة')).toBe('ar');
    expect(detectLang('Le directeur général a reçu Faisal Shahkar.')).toBe('fr');
    expect(detectLang('Это другой язык')).toBe('other');
  });
});

describe('scriptWeights', () => {
  it('counts words by the script of most of their letters, acronyms and codes lightly, addresses not at all', () => {
    expect(scriptWeights('من مراكش.. حموشي يجري مباحثات مع DGSN و G20 www.dgsn.gov.ma')).toEqual({ arabic: 7, latin: 0.5, other: 0 });
    expect(scriptWeights("L’Interpol a tenu sa 93e session ; contact : presse@interpol.int")).toEqual({ arabic: 0, latin: 6.25, other: 0 });
  });

  it('reads the superscript letters of French ordinals and abbreviations as Latin (93ᵉ, Mᵐᵉ)', () => {
    expect(scriptWeights('la 93ᵉ session')).toEqual({ arabic: 0, latin: 2.25, other: 0 });
    expect(lineScript('Mᵐᵉ Dupont')).toBe('latin');
  });

  it('keeps tatweel, harakat and joiners inside a word and reads letters beyond the BMP', () => {
    expect(scriptWeights('مـــراكش مُرَاكِش نمی\u200Cخواهم')).toEqual({ arabic: 3, latin: 0, other: 0 });
    // U+20000 is a CJK letter written as a surrogate pair; a lone surrogate separates words.
    expect(scriptWeights('\u{20000}\u{20001} ab\uD800cd')).toEqual({ arabic: 0, latin: 2, other: 1 });
    expect(scriptWeights('١٢٣ ... 2025')).toEqual({ arabic: 0, latin: 0, other: 0 });
  });
});

describe('detectLang on long texts', () => {
  const arabic = 'أعلن المدير العام للأمن الوطني عن إجراءات جديدة لتعزيز التعاون الدولي. ';
  const french = 'Le directeur général de la sûreté nationale a annoncé de nouvelles mesures. ';
  const repeat = (sentence: string, length: number): string => sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);

  it('reads the language of a long text from samples spread over it, not from its first pages', () => {
    expect(detectLang(repeat(arabic, 30_000) + repeat(french, 600_000))).toBe('fr');
    expect(detectLang(repeat(french, 30_000) + repeat(arabic, 600_000))).toBe('ar');
  });

  it('sees a language that fills the end of a long text', () => {
    expect(detectLang(repeat(french, 150_000) + repeat(arabic, 450_000))).toBe('ar');
  });
});
