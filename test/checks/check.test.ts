// checkPair on real sentence pairs: the Marrakech reports (seed 002's "Hmouzi" for
// حموشي, seed 003's "25 نونبر 2025" beside seed 000's "mardi 25 novembre", seed 003's
// "196" countries) and a pair of the UN corpus, as it is and with one number changed.
import { checkPair } from '../../server/checks/check';
import { Flag } from '../../server/checks/types';
import { readSeed, readShared } from '../helpers/shared';

const seedLine = (seed: number, pattern: string): string => {
  const line = readSeed(seed).split('\n').find((l) => l.includes(pattern));
  if (!line) throw new Error(`no line with ${pattern} in seed ${seed}`);
  return line;
};
const ofKind = (flags: Flag[], kind: Flag['kind']): Flag[] => flags.filter((f) => f.kind === kind);

// Seed 002's title, and the same title in Arabic as seed 003 writes the director's name.
const FR_HMOUZI = readSeed(2).split('\n')[0];
const AR_HAMMOUCHI = 'مراكش: حموشي يعقد 43 اجتماعا ثنائيا على هامش الجمعية العامة للأنتربول لتعزيز الشراكات في مجال الأمن الدولي';

describe('checkPair on the Marrakech reports', () => {
  test('43 in digits agrees with 43 in digits and with quarante-trois', () => {
    expect(ofKind(checkPair(AR_HAMMOUCHI, FR_HMOUZI), 'number')).toEqual([]);
    const body = seedLine(2, 'quarante-trois réunions');
    expect(ofKind(checkPair(AR_HAMMOUCHI, body.slice(body.indexOf('Le directeur général'))), 'number')).toEqual([]);
  });

  test('Hmouzi is flagged as a misspelling of حموشي, with the letter at fault; 43 agrees', () => {
    const flags = checkPair(AR_HAMMOUCHI, FR_HMOUZI);
    expect(ofKind(flags, 'number')).toEqual([]);
    const names = ofKind(flags, 'name').filter((f) => f.severity !== 'info');
    expect(names).toHaveLength(1);
    expect(names[0].french).toEqual({ start: FR_HMOUZI.indexOf('Hmouzi'), end: FR_HMOUZI.indexOf('Hmouzi') + 6, text: 'Hmouzi' });
    expect(names[0].arabic?.text).toBe('حموشي');
    expect(names[0].message).toMatch(/^Hmouzi does not render حموشي: .*ش written as z/);
    expect(names[0].confidence).toBe(0.8);
  });

  test('an accepted spelling from the names page suggests the usual one', () => {
    const acceptedSpellings = new Map([['حموشي', ['Hammouchi', 'Hamouchi']]]);
    const [flag] = ofKind(checkPair(AR_HAMMOUCHI, FR_HMOUZI, { acceptedSpellings }), 'name').filter((f) => f.severity !== 'info');
    expect(flag.message).toMatch(/^Hmouzi does not render حموشي \(usually Hammouchi\?\): .*ش written as z/);
    const accepted = new Map([['حموشي', ['Hmouzi']]]);
    expect(ofKind(checkPair(AR_HAMMOUCHI, FR_HMOUZI, { acceptedSpellings: accepted }), 'name').filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('the right spelling of the name is not flagged', () => {
    const flags = checkPair(AR_HAMMOUCHI, FR_HMOUZI.replace('Hmouzi', 'Hammouchi'));
    expect(flags.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('"25 نونبر 2025" and "mardi 25 novembre" agree, with the document date or without', () => {
    const arabic = seedLine(3, '25 نونبر 2025');
    // Seed 000 tells it in two sentences: the date in one, the 93rd session in the next.
    const french = `${seedLine(0, 'ce mardi 25 novembre')} ${seedLine(0, 'En marge de la 93ème')}`;
    for (const documentDate of ['2025-11-25', undefined]) {
      const flags = checkPair(arabic, french, { documentDate });
      expect(ofKind(flags, 'date')).toEqual([]);
      expect(ofKind(flags, 'number')).toEqual([]);
    }
  });

  test('another day in the French is one date flag on both dates', () => {
    const arabic = seedLine(3, '25 نونبر 2025');
    const french = `${seedLine(0, 'ce mardi 25 novembre')} ${seedLine(0, 'En marge de la 93ème')}`.replace('mardi 25 novembre', 'mercredi 26 novembre');
    const dates = ofKind(checkPair(arabic, french, { documentDate: '2025-11-25' }), 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0].arabic?.text).toMatch(/25 نونبر 2025/);
    expect(dates[0].french?.text).toMatch(/26 novembre/);
  });

  test('"196" on the Arabic side and not in the French is a number flag; the 93rd session in words agrees', () => {
    const arabic = seedLine(3, '196');
    const french =
      'La veille, lundi, la ville de Marrakech avait accueilli l’ouverture des travaux de la 93e session de l’Assemblée générale d’Interpol, ' +
      'sous des mesures de sécurité renforcées et avec une participation record de délégations représentant de nombreux pays.';
    const numbers = ofKind(checkPair(arabic, french, { documentDate: '2025-11-25' }), 'number');
    expect(numbers).toEqual([expect.objectContaining({ arabic: { start: arabic.indexOf('196'), end: arabic.indexOf('196') + 3, text: '196' } })]);
    expect(numbers[0].french).toBeUndefined();
  });
});

describe('checkPair on a UN pair', () => {
  // UNPC development set, 2015/a/69/732 (line 71).
  const row = readShared('data', 'dev', 'unpc-dev.ar_fr_en.tsv')
    .split('\n')
    .map((line) => line.split('\t'))
    .find((cells) => cells[1] === '2015/a/69/732' && cells[2] === '71:3') as string[];
  const [arabic, french] = [row[5], row[6]];

  test('the correct translation gets no flags', () => {
    expect(french).toContain('12 positions');
    expect(checkPair(arabic, french)).toEqual([]);
  });

  test('with one number changed, exactly one number flag on the two numbers', () => {
    const changed = french.replace('12 positions', '13 positions');
    const flags = checkPair(arabic, changed);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'number',
      severity: 'error',
      arabic: { start: arabic.indexOf('12'), end: arabic.indexOf('12') + 2, text: '12' },
      french: { start: changed.indexOf('13'), end: changed.indexOf('13') + 2, text: '13' },
    });
  });
});

describe('a number in words against a different number in digits', () => {
  test('seed 002 says quarante-trois where the Arabic says 44: one number flag on both spans', () => {
    const fr = 'Le directeur général, Abdelatif Hammouchi, et sa délégation ont tenu quarante-trois réunions bilatérales.';
    const ar = 'وعقد المدير العام عبد اللطيف حموشي والوفد المرافق له 44 اجتماعا ثنائيا.';
    const flags = checkPair(ar, fr).filter((f) => f.kind === 'number');
    expect(flags).toHaveLength(1);
    expect(flags[0].french?.text).toBe('quarante-trois');
    expect(flags[0].arabic?.text).toBe('44');
  });
});
