import { zodIssues } from '../contract/dispatch';
import type { FieldIssue } from '../contract/errors';
import type { MessageKey } from '../i18n/keys';
import { codeOf, dateOf, textOf, yesNoOf, type Converted } from './cells';
import type { KindSpec, RowChecker } from './kind';
import type { Cell } from './parse';
import type { IssueCode, PreviewRow, RowIssue } from './schema';

// The rows of a file checked as the register's own form would check them, plus what only a file
// can get wrong: a cell that is no date or no known word, and a person twice (in the register
// already, or twice in the file).

const CODE_OF_MESSAGE: Record<string, IssueCode> = {
  'validation.required': 'required',
  'validation.tooLong': 'too_long',
  'validation.finFormat': 'fin_format',
  'validation.dateFormat': 'date_format',
  'validation.dateFuture': 'date_future',
  'validation.dobFuture': 'date_future',
  'validation.dobTooOld': 'date_impossible',
  'validation.dobAfterAdmission': 'date_order',
  'staff.leftBeforeHired': 'date_order',
  'staff.tooYoung': 'date_order',
  'care.errors.exitBeforeAdmission': 'date_order',
  'validation.choose': 'unknown_code',
  'validation.invalid_value': 'unknown_code',
};

const MESSAGE_OF_CODE: Partial<Record<IssueCode, MessageKey>> = {
  date_format: 'validation.dateFormat',
  date_impossible: 'imports.issues.dateImpossible',
  unknown_code: 'imports.issues.unknownCode',
};

export interface CheckedRow<W> extends PreviewRow {
  value?: W;
}

export interface RowSource {
  row: number;
  cells: Cell[];
}

/** Checks every row, in order: the register's rules, then `checker` (duplicates, the database). */
export function checkRows<V, W>(
  spec: KindSpec<V, W>,
  rows: RowSource[],
  o: { header: string[]; mapping: Record<string, number | null>; skip: ReadonlySet<number>; edits: Record<string, Record<string, string>>; checker: RowChecker<V, W>; today: string },
): Array<CheckedRow<W>> {
  const columnOf = (field: string) => {
    const i = o.mapping[field];
    return i == null ? '' : (o.header[i] ?? '');
  };
  return rows.map((r) => {
    const edits = o.edits[String(r.row)] ?? {};
    const cellOf = (field: string): Cell => {
      if (Object.hasOwn(edits, field)) return edits[field]!;
      const i = o.mapping[field];
      return i == null ? null : (r.cells[i] ?? null);
    };
    const cells: Record<string, string> = {};
    for (const f of spec.fields) {
      const t = textOf(cellOf(f.field));
      if (t !== undefined) cells[f.field] = t;
    }
    if (o.skip.has(r.row)) return { row: r.row, status: 'skipped', cells, issues: [] };
    const issues: RowIssue[] = [];
    const add = (field: string, code: IssueCode, message: MessageKey, params?: Record<string, string | number>) => {
      if (issues.some((i) => i.field === field)) return; // one message per cell: the first rule it breaks
      issues.push({ field, column: columnOf(field), code, message, ...(params ? { params } : {}) });
    };
    const input: Record<string, unknown> = {};
    for (const f of spec.fields) {
      const c = cellOf(f.field);
      const conv: Converted<unknown> =
        f.spec.type === 'date' ? dateOf(c)
        : f.spec.type === 'code' ? codeOf(c, f.spec.words)
        : f.spec.type === 'yesNo' ? yesNoOf(c, f.spec.words)
        : { ok: true, value: textOf(c) };
      if (!conv.ok) add(f.field, conv.code, MESSAGE_OF_CODE[conv.code]!, { value: textOf(c) ?? '' });
      else if (conv.value !== undefined) input[f.field] = conv.value;
      else if (f.required) add(f.field, 'required', 'validation.required');
    }
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) {
      for (const i of zodIssues(parsed.error)) add(i.path.split('.')[0]!, CODE_OF_MESSAGE[i.message] ?? 'invalid', i.message as MessageKey, i.params);
    }
    // The register's date rules on what could be read, so that a row shows all its errors at once
    // (a rule never fires on a date that is missing: comparisons with it are false).
    // A rule that needs a field the row lacks may throw on it: then only the cells' errors show.
    const readable = parsed.success ? parsed.data : (input as V);
    let broken: FieldIssue[] = [];
    try {
      broken = spec.rules(readable, o.today);
    } catch {
      if (parsed.success) throw new Error('a rule failed on a valid row');
    }
    for (const i of broken) add(i.path, CODE_OF_MESSAGE[i.message] ?? 'invalid', i.message as MessageKey, i.params);
    if (issues.length || !parsed.success) return { row: r.row, status: 'error', cells, issues };
    const value = parsed.data;
    const checked = o.checker(value, r.row);
    for (const f of checked.findings) add(f.field, f.code, f.message, f.params);
    if (issues.length || checked.value === undefined) return { row: r.row, status: 'error', cells, issues };
    return { row: r.row, status: 'ok', cells, issues, value: checked.value };
  });
}
