import { useDynamicT } from '../i18n';
import { decodeIssue } from './fieldIssues';

/** Translates an encoded field error for display; undefined when there is none. */
export function useFieldErrorText() {
  const tk = useDynamicT();
  return (encoded: unknown): string | undefined => {
    if (typeof encoded !== 'string' || !encoded) return undefined;
    const { key, params } = decodeIssue(encoded);
    return tk(key, params);
  };
}
