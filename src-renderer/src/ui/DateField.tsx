import { useEffect, useState } from 'react';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDateInput } from '../format';
import { useLocale } from '../i18n';

// A date typed the way documents write it (dd.mm.yyyy), with a calendar beside it for the mouse.
// The value is `YYYY-MM-DD` when the text is a real date, otherwise the text as typed, so that
// the schema reports "enter a valid date" at the field instead of silently keeping an old date.

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  value: string;
  onChange(value: string): void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function DateField({ value, onChange, label, disabled, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shown = (v: string) => (ISO.test(v) ? formatDate(v, locale) : v);
  const [text, setText] = useState(() => shown(value));
  const [calendar, { close, toggle }] = useDisclosure(false);

  // Follow the value when it changes from outside (form reset, record loaded, calendar).
  useEffect(() => {
    if ((parseDateInput(text) ?? text.trim()) !== value) setText(shown(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  // Another language writes dates with another separator.
  useEffect(() => {
    if (ISO.test(value)) setText(shown(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);

  return (
    <Popover opened={calendar} onChange={(o) => !o && close()} position="bottom-end" trapFocus returnFocus>
      <Popover.Target>
        <TextInput
          {...rest}
          label={label}
          disabled={disabled}
          value={text}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('common.datePlaceholder')}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            onChange(parseDateInput(next) ?? next.trim());
          }}
          onBlur={(e) => {
            const iso = parseDateInput(text);
            if (iso) setText(formatDate(iso, locale));
            rest.onBlur?.(e);
          }}
          rightSection={
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={toggle}
              disabled={disabled}
              aria-label={t('common.openCalendar')}
              aria-expanded={calendar}
            >
              <IconCalendar size={18} aria-hidden />
            </ActionIcon>
          }
        />
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          nextLabel={t('common.calendarNext')}
          previousLabel={t('common.calendarPrevious')}
          ariaLabels={{
            nextMonth: t('common.calendarNext'),
            previousMonth: t('common.calendarPrevious'),
            nextYear: t('common.calendarNext'),
            previousYear: t('common.calendarPrevious'),
            nextDecade: t('common.calendarNext'),
            previousDecade: t('common.calendarPrevious'),
            monthLevelControl: t('common.calendarLevel'),
            yearLevelControl: t('common.calendarLevel'),
          }}
          value={ISO.test(value) ? value : null}
          defaultDate={ISO.test(value) ? value : undefined}
          onChange={(d) => {
            if (!d) return;
            setText(formatDate(d, locale));
            onChange(d);
            close();
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
