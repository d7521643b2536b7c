import type { Locale } from './locales';

/** A translation of a domain's source (az) messages: the same keys, any strings. */
export type Translation<T, L extends Locale> = L extends Locale
  ? { [K in keyof T]: T[K] extends string ? string : Translation<T[K], L> }
  : never;
