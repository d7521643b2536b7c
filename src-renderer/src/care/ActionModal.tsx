import { useEffect, useState } from 'react';
import { Checkbox, List, MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CallFailure } from '../data/callError';
import { DateField } from '../ui/DateField';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors, zodFieldErrors } from '../ui/fieldIssues';
import { ModalForm } from '../ui/ModalForm';

// One dialog for care's many small records (a referral, an assessment, an admission, a leave, an
// exit, a relative): the fields are listed, the schema is the core's own (it validates as you
// type), and the core's refusal shows at the field it names.

export type FieldKind = 'text' | 'textarea' | 'date' | 'datetime' | 'select' | 'multi' | 'check' | 'number';

export interface FieldSpec {
  name: string;
  label: ParseKeys;
  kind: FieldKind;
  /** value → label key, in the order shown. */
  options?: Readonly<Record<string, ParseKeys>>;
  required?: boolean;
  /** Half a row (two side by side) unless told. */
  wide?: boolean;
  /** A label that is data, not a key (a plan's goal in its review). */
  text?: string;
}

export type Values = Record<string, unknown>;

function emptyOf(f: FieldSpec): unknown {
  if (f.kind === 'check') return false;
  if (f.kind === 'multi') return [];
  if (f.kind === 'select') return null;
  return '';
}

/** The form's values as the call's input: empty numbers are null, an unset choice is left out. */
function toInput(fields: readonly FieldSpec[], v: Values, fixed: Values): Values {
  const out: Values = { ...fixed };
  for (const f of fields) {
    const x = v[f.name];
    if (f.kind === 'number') out[f.name] = x === '' || x === undefined ? null : x;
    else if (f.kind === 'select' && (x === null || x === '')) continue;
    else out[f.name] = x;
  }
  return out;
}

export function ActionModal<I, O>(props: {
  opened: boolean;
  title: string;
  fields: readonly FieldSpec[];
  /** Input the dialog does not ask for (the child, the record). */
  fixed?: Values;
  initial?: Values;
  schema: z.ZodType;
  /** The flat form's values into the call's shape (a plan's first goal into its goals list). */
  shape?(input: Values): Values;
  mutation: UseMutationResult<O, Error, I>;
  savedMessage: string;
  saveLabel?: string;
  testId: string;
  onClose(): void;
  onSaved?(value: O): void;
}) {
  const { t } = useTranslation();
  const errText = useFieldErrorText();
  const fixed = props.fixed ?? {};
  const inputOf = (v: Values) => (props.shape ?? ((x: Values) => x))(toInput(props.fields, v, fixed));
  // A refusal about what the dialog does not ask for (the referral, the child's history) shows as
  // a sentence above the fields.
  const [other, setOther] = useState<string[]>([]);
  const start = () => Object.fromEntries(props.fields.map((f) => [f.name, props.initial?.[f.name] ?? emptyOf(f)]));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: start(),
    validate: (v) => {
      const r = props.schema.safeParse(inputOf(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
    validateInputOnChange: true,
  });

  useEffect(() => {
    if (!props.opened) return;
    const v = start();
    form.setValues(v);
    form.resetDirty(v);
    form.clearErrors();
    setOther([]);
    props.mutation.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.opened]);

  const save = (v: Values) =>
    props.mutation.mutate(inputOf(v) as I, {
      onSuccess: (out) => {
        setOther([]);
        notifications.show({ color: 'teal', message: props.savedMessage, closeButtonProps: { 'aria-label': t('common.close') } });
        props.onClose();
        props.onSaved?.(out);
      },
      onError: (e) => {
        if (!(e instanceof CallFailure) || !e.fields?.length) return setOther([]);
        const names = new Set(props.fields.map((f) => f.name));
        form.setErrors(issuesToErrors(e.fields.filter((i) => names.has(i.path))));
        setOther(Object.values(issuesToErrors(e.fields.filter((i) => !names.has(i.path)))));
      },
    });

  const opts = (f: FieldSpec) => Object.entries(f.options ?? {}).map(([value, key]) => ({ value, label: t(key) }));
  const render = (f: FieldSpec) => {
    const label = f.text ?? t(f.label);
    const error = errText(form.errors[f.name]);
    const common = { label, withAsterisk: f.required, error, key: f.name };
    const value = form.values[f.name];
    switch (f.kind) {
      case 'date':
        return (
          <DateField {...common} value={String(value ?? '')} onChange={(x) => form.setFieldValue(f.name, x)} onBlur={() => form.validateField(f.name)} />
        );
      case 'datetime':
        return <TextInput {...common} type="datetime-local" value={String(value ?? '')} onChange={(e) => form.setFieldValue(f.name, e.currentTarget.value)} />;
      case 'select':
        return <Select {...common} data={opts(f)} value={(value as string | null) ?? null} onChange={(x) => form.setFieldValue(f.name, x)} allowDeselect={false} comboboxProps={{ withinPortal: true }} />;
      case 'multi':
        return <MultiSelect {...common} data={opts(f)} value={(value as string[]) ?? []} onChange={(x) => form.setFieldValue(f.name, x)} comboboxProps={{ withinPortal: true }} />;
      case 'check':
        return <Checkbox key={f.name} label={label} error={error} checked={Boolean(value)} onChange={(e) => form.setFieldValue(f.name, e.currentTarget.checked)} mt="lg" />;
      case 'number':
        return <NumberInput {...common} min={1} value={value as number | ''} onChange={(x) => form.setFieldValue(f.name, x === '' ? '' : Number(x))} />;
      case 'textarea':
        return <Textarea {...common} autosize minRows={2} value={String(value ?? '')} onChange={(e) => form.setFieldValue(f.name, e.currentTarget.value)} />;
      default:
        return <TextInput {...common} value={String(value ?? '')} onChange={(e) => form.setFieldValue(f.name, e.currentTarget.value)} />;
    }
  };

  return (
    <ModalForm
      opened={props.opened}
      title={props.title}
      onClose={props.onClose}
      onSubmit={form.onSubmit(save)}
      pending={props.mutation.isPending}
      error={props.mutation.error}
      errorTestId={`${props.testId}-error`}
      saveLabel={props.saveLabel}
    >
      <div data-testid={props.testId}>
        {other.length > 0 && (
          <List c="red" size="sm" mb="sm" data-testid={`${props.testId}-refusal`}>
            {other.map((o) => <List.Item key={o}>{errText(o)}</List.Item>)}
          </List>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {props.fields.map((f) => (f.wide || f.kind === 'textarea' || f.kind === 'multi' ? <div key={f.name} style={{ gridColumn: '1 / -1' }}>{render(f)}</div> : render(f)))}
        </SimpleGrid>
      </div>
    </ModalForm>
  );
}
