// Corpus spellings: the Latin spellings of each Arabic name in the five seed reports, the
// usual one, and the minority spelling that is likely an error (Hmouzi in report 002).
import { extractNames } from '../../server/anchors/names';
import { compareSpellings, consonantSkeleton, groupSpellings, NameMention } from '../../server/anchors/spellings';
import { lineScript } from '../../server/text/script';
import { readSeed } from '../helpers/shared';

/** Every person name of the seeds as a mention: Arabic lines give Arabic forms, French lines Latin spellings. */
function seedMentions(): NameMention[] {
  const mentions: NameMention[] = [];
  for (let seed = 0; seed <= 4; seed++) {
    readSeed(seed)
      .split('\n')
      .forEach((line, index) => {
        const script = lineScript(line);
        if (script !== 'arabic' && script !== 'latin') return;
        const lang = script === 'arabic' ? 'ar' : 'fr';
        for (const name of extractNames(line, lang)) {
          if (name.entity) continue;
          const mention: NameMention = { document: `00${seed}`, sentence: index };
          mention[lang === 'ar' ? 'arabic' : 'latin'] = name.text;
          mentions.push(mention);
        }
      });
  }
  return mentions;
}

describe('groupSpellings on the seed reports', () => {
  const groups = groupSpellings(seedMentions());
  const group = (arabic: string) => groups.find((g) => g.arabic === arabic);

  it('gives حموشي the usual spelling Hammouchi and flags Hmouzi of report 002 as a likely misspelling', () => {
    const hammouchi = group('حموشي');
    expect(hammouchi?.usual).toBe('Hammouchi');
    const hmouzi = hammouchi?.spellings.find((s) => s.latin === 'Hmouzi');
    expect(hmouzi).toMatchObject({ likelyError: true, count: 2, documents: ['002'] });
    expect(hmouzi?.vsArabic?.verdict).toBe('different');
    expect(hmouzi?.explanation).toContain('ش written as z');
    expect(hmouzi?.vsUsual.explanation).toContain('ch written as z');
  });

  it('accepts Abdelatif beside the usual Abdellatif', () => {
    const full = group('عبد اللطيف حموشي');
    expect(full?.usual).toBe('Abdellatif Hammouchi');
    const variant = full?.spellings.find((s) => s.latin === 'Abdelatif Hammouchi');
    expect(variant?.likelyError).toBe(false);
    expect(variant?.documents).toEqual(['002', '004']);
    expect(variant?.vsUsual.verdict).toBe('variant');
  });

  it('joins the Arabic and Latin mentions of Faisal Shahkar with no error', () => {
    const shahkar = group('فيصل شهكار');
    expect(shahkar?.usual).toBe('Faisal Shahkar');
    expect(shahkar?.spellings.every((s) => !s.likelyError)).toBe(true);
  });

  it('keeps a Latin name the Arabic report does not mention in a group of its own', () => {
    const skulstad = groups.find((g) => g.usual === 'Håkon Skulstad');
    expect(skulstad?.arabic).toBeNull();
  });
});

describe('groupSpellings on a French-only corpus', () => {
  it('groups a one-consonant misspelling with the usual spelling by comparing Latin spellings', () => {
    const mentions: NameMention[] = ['Hammouchi', 'Hammouchi', 'Hamouchi', 'Hmouzi'].map((latin, i) => ({ latin, document: `d${i}` }));
    const [group, ...rest] = groupSpellings(mentions);
    expect(rest).toEqual([]);
    expect(group.arabic).toBeNull();
    expect(group.usual).toBe('Hammouchi');
    expect(group.spellings.find((s) => s.latin === 'Hamouchi')?.likelyError).toBe(false);
    expect(group.spellings.find((s) => s.latin === 'Hmouzi')).toMatchObject({ likelyError: true, explanation: 'likely misspelling of Hammouchi: ch written as z' });
  });
});

describe('compareSpellings', () => {
  it('reads consonant skeletons', () => {
    expect(consonantSkeleton('Hammouchi').map((u) => u.key)).toEqual(['h', 'm', 'ʃ']);
    expect(consonantSkeleton('Fayçal').map((u) => u.key)).toEqual(['f', 's', 'l']);
  });

  it('tells variants from misspellings', () => {
    expect(compareSpellings('Abdelatif', 'Abdellatif').verdict).toBe('variant');
    expect(compareSpellings('Mohamed', 'Mohammed').verdict).toBe('variant');
    expect(compareSpellings('Hmouzi', 'Hammouchi')).toMatchObject({ verdict: 'different', explanation: 'ch written as z' });
    expect(compareSpellings('Hammouchi', 'hammouchi').verdict).toBe('same');
  });
});
