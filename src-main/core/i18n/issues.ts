import type { MessageKey } from './keys';

/** The message for each of zod's own issue codes (our schemas give keys; zod gives English). */
export const ISSUE_MESSAGE = {
  invalid_type: 'validation.invalid_type',
  invalid_value: 'validation.invalid_value',
  unrecognized_keys: 'validation.unrecognized_keys',
  too_big: 'validation.too_big',
  too_small: 'validation.too_small',
  invalid_format: 'validation.invalid_format',
  custom: 'validation.custom',
} as const satisfies Record<string, MessageKey>;

/** A code without its own words (invalid_union, not_multiple_of…) reads as the generic one. */
export function issueMessage(code: string): MessageKey {
  return Object.hasOwn(ISSUE_MESSAGE, code) ? ISSUE_MESSAGE[code as keyof typeof ISSUE_MESSAGE] : 'validation.custom';
}
