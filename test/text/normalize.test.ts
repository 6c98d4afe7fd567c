import { arabicKey, foldDigits, latinKey, matchKey, stripInvisible } from '../../server/text/normalize';

describe('normalisation keys', () => {
  test('Arabic keys drop harakat and tatweel, fold alef, ya and ta marbuta', () => {
    expect(arabicKey('مُرسِّخاً')).toBe('مرسخا');
    expect(arabicKey('الأنتربول')).toBe(arabicKey('الانتربول'));
    expect(arabicKey('إلى')).toBe('الي');
    expect(arabicKey('المنظمة')).toBe('المنظمه');
    expect(arabicKey('حـــموشي')).toBe('حموشي');
    expect(arabicKey('آفاق ٱلعالم')).toBe('افاق العالم');
  });

  test('digits of three scripts read as ASCII digits, one for one', () => {
    expect(foldDigits('٢٠٢٥ و۱۹۶')).toBe('2025 و196');
    expect(foldDigits('٢٠٢٥').length).toBe(4);
  });

  test('invisible marks are removed for keys only', () => {
    const withMarks = '\uFEFF\u200Fحموشي\u200C\u200D 2025\u200E';
    expect(stripInvisible(withMarks)).toBe('حموشي 2025');
    expect(arabicKey(withMarks)).toBe('حموشي 2025');
  });

  test('Latin keys lower-case, drop accents and open ligatures', () => {
    expect(latinKey('Sûreté')).toBe('surete');
    expect(latinKey('Bahreïn')).toBe('bahrein');
    expect(latinKey('cœur')).toBe('coeur');
    expect(latinKey('l’ONU')).toBe("l'onu");
  });

  test('a mixed line gets both foldings', () => {
    expect(matchKey('DGSN الأمن ٢٠٢٥')).toBe('dgsn الامن 2025');
  });

  test('NFC: a decomposed é matches the composed one', () => {
    expect(latinKey('e\u0301')).toBe(latinKey('é'));
    expect(arabicKey('\u0627\u0654')).toBe(arabicKey('\u0623'));
  });

  it('gives the same keys to text without Arabic or beyond ASCII as the full folding', () => {
    expect(arabicKey('\u200FCafe\u0301 `x`')).toBe('Café `x`');
    expect(latinKey('DGSN `Interpol` 2025')).toBe("dgsn 'interpol' 2025");
    expect(matchKey('Œuvre ١٢ A\u0301')).toBe('oeuvre 12 a');
  });
});
