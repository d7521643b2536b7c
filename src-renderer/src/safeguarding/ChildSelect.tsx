import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fullName } from '../format';
import { dailyQueries } from '../daily/queries';

/** A child now in care, searchable by name (the safeguarding forms' picker). */
export function ChildSelect(props: { label: string; value: string | null; onChange(v: string | null): void; error?: string; enabled: boolean; testId?: string }) {
  const children = useQuery({ ...dailyQueries.currentChildren(), enabled: props.enabled });
  return (
    <Select
      label={props.label}
      data={(children.data?.rows ?? []).map((r) => ({ value: r.id, label: fullName(r) }))}
      value={props.value}
      onChange={props.onChange}
      searchable
      required
      error={props.error}
      data-testid={props.testId}
    />
  );
}
