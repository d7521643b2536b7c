import type { z } from 'zod';
import type { FieldIssue, MessageParams } from '@core/contract/errors';
import { issueMessage } from '@core/i18n/issues';

// Field errors are kept as i18n keys (with their parameters) and translated when shown, so a
// language switch re-translates the errors already on screen. The same shape comes from the
// core's `error.fields` and from the zod schema run in the form. Pure: no React, no DOM.

export function encodeIssue(issue: Pick<FieldIssue, 'message' | 'params'>): string {
  return issue.params ? JSON.stringify([issue.message, issue.params]) : issue.message;
}

export function decodeIssue(encoded: string): { key: string; params?: MessageParams } {
  if (encoded.startsWith('[')) {
    try {
      const [key, params] = JSON.parse(encoded) as [string, MessageParams];
      return { key, params };
    } catch {
      // not one of ours: show as is
    }
  }
  return { key: encoded };
}

const I18N_KEY = /^[a-z][A-Za-z]*(\.[A-Za-z_]+)+$/;

/** Zod issues → i18n keys per field path, as the core's dispatcher reports them. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const path = i.path.map(String).join('.');
    if (out[path]) continue; // the first problem of each field is enough
    // Our schemas give i18n keys ("validation.required", "staff.phoneFormat", "auth.usernameFormat");
    // zod's own English sentences get a generic key by issue code (as the core's dispatcher does).
    const message = I18N_KEY.test(i.message) ? i.message : issueMessage(i.code);
    const params: MessageParams = {};
    if ('maximum' in i && typeof i.maximum === 'number') params.max = i.maximum;
    if ('minimum' in i && typeof i.minimum === 'number') params.min = i.minimum;
    out[path] = encodeIssue(Object.keys(params).length ? { message, params } : { message });
  }
  return out;
}

export function issuesToErrors(issues: FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] ??= encodeIssue(i);
  return out;
}
