import type { TableSchema } from './table-schema';

// datapackage.json: a Frictionless Tabular Data Package (v1) describing every CSV with its size,
// its SHA-256 and its Table Schema. The verifier rebuilds the descriptor it expects from the
// manifest and the known schemas, and compares it with the one in the bag.

export interface DescribedResource {
  name: string;
  description: string;
  schema: TableSchema;
  /** Size of the CSV in bytes. */
  bytes: number;
  sha256: string;
}

export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

/** The descriptor as a plain object, keys in a fixed order. */
export function datapackageDescriptor(bag: string, created: string, resources: DescribedResource[]): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: bag.toLowerCase(),
    created,
    resources: resources.map((r) => ({
      name: r.name,
      path: `data/${r.name}.csv`,
      profile: 'tabular-data-resource',
      description: r.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: r.bytes,
      hash: `sha256:${r.sha256}`,
      dialect: CSV_DIALECT,
      schema: r.schema,
    })),
  };
}

export function datapackageBytes(bag: string, created: string, resources: DescribedResource[]): Buffer {
  return Buffer.from(`${JSON.stringify(datapackageDescriptor(bag, created, resources), null, 2)}\n`, 'utf8');
}

/** Structural equality of two JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => jsonEqual(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
