import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, fullName, parseDateInput } from '../../src-renderer/src/format';

describe('renderer formats', () => {
  it('reads dates typed day first, with any of . / -, and ISO; refuses what is not a real date', () => {
    expect(parseDateInput('14.03.2015')).toBe('2015-03-14');
    expect(parseDateInput(' 4/3/2015 ')).toBe('2015-03-04');
    expect(parseDateInput('04-03-2015')).toBe('2015-03-04');
    expect(parseDateInput('2015-03-14')).toBe('2015-03-14');
    expect(parseDateInput('29.02.2016')).toBe('2016-02-29');
    for (const bad of ['29.02.2015', '31.04.2015', '14.13.2015', '00.01.2015', '14.03.15', '14032015', '', 'dünən']) {
      expect(parseDateInput(bad), bad).toBeNull();
    }
  });

  it('shows dates dd.mm.yyyy in az and ru, dd/mm/yyyy in en', () => {
    expect(formatDate('2015-03-14', 'az')).toBe('14.03.2015');
    expect(formatDate('2015-03-14', 'ru')).toBe('14.03.2015');
    expect(formatDate('2015-03-14', 'en')).toBe('14/03/2015');
    expect(formatDate(null, 'az')).toBe('');
  });

  it('writes names as documents do, and groups counts per language', () => {
    expect(fullName({ lastName: 'Məmmədov', firstName: 'Elçin', patronymic: 'Rəşid oğlu' })).toBe('Məmmədov Elçin Rəşid oğlu');
    expect(fullName({ lastName: 'Əliyeva', firstName: 'Aygün', patronymic: '' })).toBe('Əliyeva Aygün');
    expect(formatCount(1983, 'az')).toBe('1.983');
    expect(formatCount(1983, 'en')).toBe('1,983');
    expect(formatCount(1234567, 'ru')).toBe('1\u00a0234\u00a0567');
    expect(formatCount(999, 'az')).toBe('999');
  });
});
