import { detectLang, lineScript } from '../../server/text/script';
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
