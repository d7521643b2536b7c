// Frictionless Table Schema (v1), the subset the package uses, and the check of one CSV file
// against it: header, types, required, enums, patterns, unique, primary and foreign keys, and no
// cell that a spreadsheet would run as a formula.

export type FieldType = 'string' | 'integer' | 'boolean' | 'date';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  maxLength?: number;
  minimum?: number;
}

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  constraints?: FieldConstraints;
  /** Frictionless booleans: the package writes exactly "true" and "false". */
  trueValues?: ['true'];
  falseValues?: ['false'];
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  missingValues: [''];
}

export type CellValue = string | number | boolean | null;

/** A typed value → its CSV text (null for missing). */
export function formatCell(field: TableField, v: CellValue): string | null {
  if (v === null || v === '') return null;
  switch (field.type) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error(`${field.name}: not an integer`);
      return String(v);
    default:
      return String(v);
  }
}

export type CellProblem = 'csv_formula' | 'csv_type' | 'csv_required' | 'csv_enum' | 'csv_pattern' | 'csv_too_long';

/** Cells that a spreadsheet would treat as a formula (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const compiled = new WeakMap<TableField, RegExp>();

/** The first rule one cell breaks, or null. `text` is null for a missing value. */
export function checkCell(field: TableField, text: string | null): CellProblem | null {
  const c = field.constraints ?? {};
  if (text === null || text === '') return c.required ? 'csv_required' : null;
  if (FORMULA_START.test(text)) return 'csv_formula';
  switch (field.type) {
    case 'integer':
      if (!/^(0|[1-9]\d{0,14})$/.test(text)) return 'csv_type';
      if (c.minimum !== undefined && Number(text) < c.minimum) return 'csv_type';
      break;
    case 'boolean':
      if (text !== 'true' && text !== 'false') return 'csv_type';
      break;
    case 'date':
      if (!validDate(text)) return 'csv_type';
      break;
    case 'string':
      if (c.maxLength !== undefined && [...text].length > c.maxLength) return 'csv_too_long';
      break;
  }
  if (c.enum && !c.enum.includes(text)) return 'csv_enum';
  if (c.pattern) {
    let re = compiled.get(field);
    if (!re) {
      re = new RegExp(`^(?:${c.pattern})$`, 'u');
      compiled.set(field, re);
    }
    if (!re.test(text)) return 'csv_pattern';
  }
  return null;
}
