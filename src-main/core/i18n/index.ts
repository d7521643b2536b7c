import { az, type Messages } from './az';
import { en } from './en';
import { ru } from './ru';

export const LOCALES = ['az', 'en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'az';

export const resources: Record<Locale, Messages> = { az, en, ru };

/** Looks up a dotted key and fills `{{name}}` placeholders; the key itself if it is missing. */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  let node: unknown = resources[locale];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, p: string) => String(params?.[p] ?? ''));
}
