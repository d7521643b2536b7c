import { useEffect } from 'react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import type { FieldIssue } from '@core/contract/errors';
import { CallFailure } from '../data/callError';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors, zodFieldErrors } from '../ui/fieldIssues';

// A dialog's form for one education call: the values start afresh at each opening, validate with
// the call's own zod schema and cross-field rules as you type, and take the core's field errors
// when a save is refused. The values are the call's input (no separate form model).

export function useCallForm<V extends Record<string, unknown>>(opts: {
  opened: boolean;
  initial: () => V;
  schema: z.ZodType;
  /** Rules across fields (the core runs the same ones). */
  issues?: (v: V) => FieldIssue[];
  /** Changes when the dialog is opened for another record. */
  resetKey?: unknown;
}) {
  const errText = useFieldErrorText();
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: opts.initial(),
    validateInputOnChange: true,
    validate: (v) => {
      const parsed = opts.schema.safeParse(v);
      const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
      if (parsed.success && opts.issues) Object.assign(errors, issuesToErrors(opts.issues(parsed.data as V)));
      return errors;
    },
  });
  useEffect(() => {
    if (!opts.opened) return;
    const v = opts.initial();
    form.setValues(v);
    form.resetDirty(v);
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opts.opened, opts.resetKey]);

  /** getInputProps with the error translated. */
  const input = (path: string, o?: { type?: 'checkbox' }) => ({ ...form.getInputProps(path, o), error: errText(form.errors[path]) });
  const onError = (e: unknown) => {
    if (e instanceof CallFailure && e.error.fields?.length) form.setErrors(issuesToErrors(e.error.fields));
  };
  return { form, input, onError, errText };
}

export type CallForm<V extends Record<string, unknown>> = UseFormReturnType<V>;
