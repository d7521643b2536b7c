import { describe, expect, it } from 'vitest';
import { azCollator, azLower, azSortKey, azUpper, foldForSearch, searchTokens } from '../../../src-main/core/text/fold';

describe('Azerbaijani folding', () => {
  it('lower- and upper-cases the dotted and dotless i the Azerbaijani way', () => {
    expect(azLower('İSMAYILOV')).toBe('ismayılov');
    expect(azUpper('ismayılov')).toBe('İSMAYILOV');
  });

  it.each([
    ['Məmmədov', 'memmedov'],
    ['İsmayılov', 'ismayilov'],
    ['İsmayılov', 'ISMAYILOV'],
    ['Şəbnəm', 'sebnem'],
    ['Ağayev', 'agayev'],
    ['Çingiz', 'cingiz'],
    ['Gülnarə', 'gulnare'],
    ['Göyçə', 'goyce'],
  ])('folds %s and %s to the same key', (az, plain) => {
    expect(foldForSearch(az)).toBe(foldForSearch(plain));
  });

  it('folds the typed Azerbaijani letters too (the reverse direction)', () => {
    expect(foldForSearch('MƏMMƏDOV')).toBe('memmedov');
    expect(foldForSearch('ışıq')).toBe('isiq');
  });

  it('splits on punctuation and removes repeated words', () => {
    expect(searchTokens('  Əliyev, Əli-Əliyev ')).toEqual(['eliyev', 'eli']);
  });
});

describe('Azerbaijani collation', () => {
  const letters = 'a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z'.split(' ');

  it('Intl.Collator("az") puts ç after c, ə after e, ğ after g, ı before i, ö after o, ş after s, ü after u', () => {
    const shuffled = [...letters].reverse();
    expect(shuffled.sort(azCollator.compare)).toEqual(letters);
  });

  it('the stored sort key orders names exactly as Intl.Collator("az") does', () => {
    const names = [
      'Çələbi', 'Cəfərov', 'Əliyev', 'Eyvazov', 'Ğəniyev', 'Qasımov', 'Kərimov', 'Xəlilov', 'Hüseynov',
      'İsmayılov', 'Işıqlı', 'Ibrahimov', 'Ömərov', 'Orucov', 'Şükürov', 'Səfərov', 'Üzeyirov', 'Umudov',
      'Zeynalova', 'Abdullayev', 'Məmmədov', 'Məmmədova', 'Mahmudov', 'Vəliyev', 'Yusifov', 'Talıbov',
    ];
    const byCollator = [...names].sort(azCollator.compare);
    const byKey = [...names].sort((a, b) => (azSortKey(a) < azSortKey(b) ? -1 : azSortKey(a) > azSortKey(b) ? 1 : 0));
    expect(byKey).toEqual(byCollator);
    expect(byCollator.indexOf('Işıqlı')).toBeLessThan(byCollator.indexOf('İsmayılov'));
  });
});
