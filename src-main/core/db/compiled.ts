import { CompiledQuery, type SelectQueryBuilder } from 'kysely';
import type { ReadDb } from './read';

// A hot select (the register's search, at every keystroke) whose SQL Kysely compiles once per
// shape: building and compiling the query costs more than SQLite takes to run it. Each call
// binds its own parameters to the kept text. Only a select can be kept: the builder's type says
// so, and the compiled node is checked once. The caller gives the parameters in Kysely's order
// (a test of the caller compares them with what Kysely builds).

const texts = new Map<string, string>();

export async function selectCompiledOnce<O>(
  db: ReadDb,
  shape: string,
  build: () => SelectQueryBuilder<any, any, O>,
  parameters: unknown[],
): Promise<O[]> {
  let text = texts.get(shape);
  if (text === undefined) {
    const compiled = build().compile();
    if (compiled.query.kind !== 'SelectQueryNode') throw new TypeError(`${shape}: not a select`);
    text = compiled.sql;
    texts.set(shape, text);
  }
  return (await db.getExecutor().executeQuery(CompiledQuery.raw(text, parameters) as CompiledQuery<O>)).rows;
}

/** The text kept for a shape (tests). */
export const compiledText = (shape: string) => texts.get(shape);
