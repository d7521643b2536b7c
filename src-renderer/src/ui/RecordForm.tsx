import { useRef, useState, type ReactNode } from 'react';
import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title, type TextInputProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import { useDynamicT } from '../i18n';
import { FormErrorAlert } from './FormErrorAlert';
import { useFieldErrorText } from './fieldErrors';
import { issuesToErrors } from './fieldIssues';
import classes from './RecordForm.module.css';
import type { MessageKey } from '@core/i18n/keys';

// What the child's and the staff member's forms share: a full page of titled sections, the reason
// a save failed above them (or at the field), and Save/Cancel kept in reach at the bottom.

/** For a field that should take the whole row of its section (a long choice). */
export const wideField = classes.wide;

/** The error above the form and the focus that goes with it. */
export function useFormErrors() {
  const [formError, setFormError] = useState<CallError | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  /** The message above the form (announced: role="alert"); focus goes to it unless a field is to blame. */
  const showFormError = (e: CallError, focusAlert = true) => {
    setFormError(e);
    if (focusAlert) requestAnimationFrame(() => alertRef.current?.focus());
  };
  const focusFirstError = () =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
  return { formError, setFormError, alertRef, showFormError, focusFirstError };
}
export type FormErrors = ReturnType<typeof useFormErrors>;

/** A refused save: the core's field errors go to their fields (focus on the first), its message above. */
export function showSaveError<V>(form: UseFormReturnType<V>, errors: FormErrors, e: CallError) {
  if (e.fields?.length) {
    form.setErrors(issuesToErrors(e.fields));
    errors.focusFirstError();
  }
  errors.showFormError(e, !e.fields?.length);
}

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** Props that bind Mantine inputs to a form field, with its error translated and its path named. */
export function useFieldBinders<V extends object>(form: UseFormReturnType<V>) {
  const errText = useFieldErrorText();
  const tk = useDynamicT();
  const input = (path: keyof V & string) => ({ ...form.getInputProps(path), error: errText(form.errors[path]), 'data-path': path });
  const date = (path: StringKeys<V>) => ({
    value: form.values[path] as string,
    onChange: (v: string) => form.setFieldValue(path, v as never),
    onBlur: () => form.validateField(path),
    error: errText(form.errors[path]),
    'data-path': path,
  });
  const choose = (path: keyof V & string) => ({ ...input(path), allowDeselect: false, comboboxProps: { withinPortal: true } });
  const options = <T extends string>(values: readonly T[], labels: Readonly<Record<T, MessageKey>>) =>
    values.map((v) => ({ value: v, label: tk(labels[v]) }));
  return { input, date, choose, options };
}

/** The page: title, the error above the sections, the sections, and the sticky Save/Cancel bar. */
export function RecordFormLayout<V>(props: {
  form: UseFormReturnType<V>;
  errors: FormErrors;
  title: string;
  saving: boolean;
  onSave(values: V): void;
  onCancel(): void;
  /** Loads the record again (offered when someone else changed it meanwhile). */
  onReload(): void;
  children: ReactNode;
  /** Dialogs that belong to the form (duplicate, closed period). */
  dialogs?: ReactNode;
}) {
  const { t } = useTranslation();
  const { form, errors } = props;
  const stale = errors.formError?.code === 'conflict' && errors.formError.message === 'errors.staleVersion';
  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={form.onSubmit(
        (values) => props.onSave(values as V),
        () => {
          errors.showFormError({ code: 'invalid', message: 'errors.invalid' }, false);
          errors.focusFirstError();
        },
      )}
    >
      <Stack gap="lg" pb="xl">
        <div>
          <Title order={1} fz="h2">
            {props.title}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('common.requiredHint')}
          </Text>
        </div>
        {errors.formError && (
          <FormErrorAlert
            error={errors.formError}
            alertRef={errors.alertRef}
            onReload={stale ? () => { errors.setFormError(null); props.onReload(); } : undefined}
          />
        )}
        {props.children}
      </Stack>

      <Group className={classes.actions} justify="flex-end" gap="sm">
        <Button variant="default" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={props.saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
          {t('common.save')}
        </Button>
      </Group>
      {props.dialogs}
    </form>
  );
}

/** A titled group of fields, in a grid (one column on a narrow window, three on a wide one). */
export function FormSection({ legend, children, single }: { legend: string; children: ReactNode; single?: boolean }) {
  return (
    <Fieldset legend={legend} className={classes.section}>
      {single ? (
        children
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          {children}
        </SimpleGrid>
      )}
    </Fieldset>
  );
}

/** A FIN: upper case as typed, monospace with a slashed zero (O and 0, I and 1 must not look alike). */
export function FinInput(props: TextInputProps & { onValue(v: string): void }) {
  const { onValue, ...rest } = props;
  return (
    <TextInput
      maxLength={7}
      autoComplete="off"
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontVariantNumeric: 'slashed-zero', letterSpacing: '0.05em' } }}
      {...rest}
      onChange={(e) => onValue(e.currentTarget.value.toUpperCase())}
    />
  );
}
