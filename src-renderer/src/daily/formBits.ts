import { toCallError } from '../data/callError';
import { useDynamicT } from '../i18n';

// What the daily forms share: the time now as HH:MM, and a refused save's message at its field.

/** The PC's time now, 'HH:MM' (a note's or an incident's default). */
export function timeNow(): string {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The message the core gave for a field (or one of its items: `residentIds.1`), translated. */
export function useFieldError(error: unknown) {
  const tk = useDynamicT();
  return (path: string): string | undefined => {
    const f = toCallError(error)?.fields?.find((x) => x.path === path || x.path.startsWith(`${path}.`));
    return f ? tk(f.message, f.params) : undefined;
  };
}
