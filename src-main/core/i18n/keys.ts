import type { Messages } from './index';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every translation key, as `t()` takes it (a plural by its base: `residents.age`). */
export type MessageKey = Paths<Messages>;

/** The key a map gives for a value that arrives as a string (from the database, a file, a server). */
export function keyFor<K extends MessageKey>(map: Readonly<Record<string, K>>, value: string): K | undefined {
  return Object.hasOwn(map, value) ? map[value] : undefined;
}
