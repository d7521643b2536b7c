import { describe, expect, it } from 'vitest';
import { translate, LOCALES, resources } from '../../../src-main/core/i18n/index';

// Moved from the dispatcher's tests when the words moved into the domains. A plural counts as one
// key (its base); each language has its own plural forms (checked below).
const PLURAL = /_(zero|one|two|few|many|other)$/;
const leaves = (o: object, p = ''): Array<[string, string]> =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v, `${p}${k}.`) : [[`${p}${k}`, v as string]]));

describe('translations', () => {
  it('every locale has every key, with the same placeholders', () => {
    const base = (l: (typeof LOCALES)[number]) => [...new Set(leaves(resources[l]).map(([k]) => k.replace(PLURAL, '')))].sort();
    // the raw strings: translate() would fill the placeholders in
    const ph = (s: string) => [...new Set(s.match(/\{\{\w+\}\}/g) ?? [])].sort();
    const azText = new Map(leaves(resources.az).map(([k, v]) => [k.replace(PLURAL, ''), v]));
    for (const l of LOCALES) {
      expect(base(l)).toEqual(base('az'));
      for (const [k, v] of leaves(resources[l])) expect(ph(v), `${l}:${k}`).toEqual(ph(azText.get(k.replace(PLURAL, ''))!));
    }
  });

  it('each locale carries exactly its own plural forms (Intl.PluralRules, as i18next selects)', () => {
    for (const l of LOCALES) {
      const forms = new Map<string, Set<string>>();
      for (const [k] of leaves(resources[l])) {
        const m = PLURAL.exec(k);
        if (m) forms.set(k.replace(PLURAL, ''), (forms.get(k.replace(PLURAL, '')) ?? new Set()).add(m[1]!));
      }
      expect(forms.size, l).toBeGreaterThan(0);
      const expected = [...new Intl.PluralRules(l).resolvedOptions().pluralCategories].sort();
      for (const [k, f] of forms) expect([...f].sort(), `${l}:${k}`).toEqual(expected);
    }
  });

  it("the core's translate() picks plurals as the renderer's i18next does", () => {
    expect([1, 2, 5, 21].map((n) => translate('ru', 'residents.age', { count: n }))).toEqual(['1 год', '2 года', '5 лет', '21 год']);
    expect([1, 7].map((n) => translate('az', 'residents.age', { count: n }))).toEqual(['1 yaş', '7 yaş']);
    expect(translate('en', 'residents.age', { count: 3 })).toBe('age 3');
  });
});
