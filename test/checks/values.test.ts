// Comparing values as the two sides write them, on numbers of the UN corpus and the seeds.
import { digitClose, digitRuns, reversedGroupRuns, reversedGroupsValue, sameScaledValue, sameValue, writesRuns } from '../../server/checks/values';

describe('values compared across the sides', () => {
  test('one digit typed wrong, dropped, added or swapped is close; two are not', () => {
    expect(digitClose(43, 44)).toBe(true);
    expect(digitClose(196, 169)).toBe(true);
    expect(digitClose(2014, 1014)).toBe(true);
    expect(digitClose(93, 930)).toBe(true);
    expect(digitClose(1999, 1992)).toBe(true);
    expect(digitClose(100, 30)).toBe(false);
    expect(digitClose(2015, 2051)).toBe(true);
    expect(digitClose(2015, 5102)).toBe(false);
  });

  test('amounts with a multiplier on one side, and decimals from words, are the same', () => {
    expect(sameScaledValue(1.5, 1_500_000)).toBe(true);
    expect(sameScaledValue(2.3, 2300)).toBe(true);
    expect(sameScaledValue(2.3, 23)).toBe(false);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
  });

  test('UN Arabic digit groups stored in reverse order are read back', () => {
    expect(reversedGroupsValue('918 483')).toBe(483_918);
    expect(reversedGroupsValue('000 31 شخص')).toBe(31_000);
    expect(reversedGroupsValue('630.8 1 كغ')).toBe(1630.8);
    expect(reversedGroupsValue('43')).toBeUndefined();
    expect(reversedGroupRuns('وزنها 630.8 1 كغ')).toEqual([{ start: 6, end: 13, value: 1630.8 }]);
  });

  test('the digits a text writes, wherever they are', () => {
    expect(digitRuns('الساعة 10:00، الوثيقة A/69/13')).toEqual(new Set([10, 0, 69, 13]));
    expect(writesRuns('(المادة 2-1)', ['2', '1'])).toBe(true);
    expect(writesRuns('(art. 2.1)', ['2', '1'])).toBe(true);
    expect(writesRuns('(art. 12.1)', ['2', '1'])).toBe(false);
  });
});
