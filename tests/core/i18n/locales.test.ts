import { describe, expect, it } from 'vitest';
import { translate, LOCALES, resources } from '../../../src-main/core/i18n/index';

// Moved from the dispatcher's tests when the words moved into the domains.
describe('translations', () => {
  const keys = (o: object, p = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));

  it('every locale has every key, with the same placeholders', () => {
    const az = keys(resources.az).sort();
    for (const l of LOCALES) {
      expect(keys(resources[l]).sort()).toEqual(az);
      for (const k of az) {
        const ph = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
        expect(ph(translate(l, k)), `${l}:${k}`).toEqual(ph(translate('az', k)));
      }
    }
  });
});
