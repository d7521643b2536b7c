import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { shared } from './shared';
import { app } from '../app/i18n';
import { residents } from '../residents/i18n';
import { staff } from '../staff/i18n';
import { auth } from '../auth/i18n';
import { institution } from '../institution/i18n';
import { audit } from '../audit/i18n';
import { packages } from '../packages/i18n';
import { dashboard } from '../dashboard/i18n';
import { backup } from '../backup/i18n';
import { education } from '../education/i18n';
import { care } from '../care/i18n';
import { daily } from '../daily/i18n';
import { reports } from '../reports/i18n';
import { documents } from '../documents/i18n';
import { print } from '../print/i18n';
import { safeguarding } from '../safeguarding/i18n';
import { imports } from '../imports/i18n';
import { exportsText } from '../exports/i18n';

export { DEFAULT_LOCALE, LOCALES, type Locale };

// Each domain owns its words (<domain>/i18n/{az,en,ru}.ts) under one top-level key; a new domain
// is one import and one entry here. `shared` holds the common, validation and errors sections.
const domains = { app, residents, staff, auth, institution, audit, packages, dashboard, backup, education, care, daily, reports, documents, print, safeguarding, imports, exports: exportsText };

type Domains = typeof domains;
export type Messages = (typeof shared)['az'] & { [D in keyof Domains]: Domains[D]['az'] };

function merge(locale: Locale) {
  const out: Record<string, unknown> = { ...shared[locale] };
  for (const [name, d] of Object.entries(domains)) out[name] = d[locale];
  return out as Messages;
}

export const az = merge('az');
export const en = merge('en');
export const ru = merge('ru');
export const resources: Record<Locale, Messages> = { az, en, ru };

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = resources[locale];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Looks up a dotted key and fills `{{name}}` placeholders; the key itself if it is missing. With a
 * numeric `count`, a plural key (`x_one`, `x_few`…) is chosen as i18next does, by Intl.PluralRules.
 */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const count = params?.count;
  const text =
    lookup(locale, key) ??
    (typeof count === 'number'
      ? (lookup(locale, `${key}_${new Intl.PluralRules(locale).select(count)}`) ?? lookup(locale, `${key}_other`))
      : undefined);
  if (text === undefined) return key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, p: string) => String(params?.[p] ?? ''));
}
