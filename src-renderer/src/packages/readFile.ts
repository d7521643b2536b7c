import type { MessageKey } from '@core/i18n/keys';
import { CallFailure } from '../data/callError';

/** A chosen file's text, cut at `max`; a file the window cannot read is refused like a call would be. */
export async function readFileText(file: File, max: number, unreadable: MessageKey): Promise<string> {
  try {
    return (await file.text()).slice(0, max);
  } catch {
    throw new CallFailure({ code: 'invalid', message: unreadable });
  }
}
