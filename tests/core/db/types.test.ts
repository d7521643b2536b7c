import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tempDb } from '../../helpers/db';

// db/types.ts is written by hand; this test holds it to the migrated schema, both ways, column by
// column: name, storage class (TEXT or a number) and nullability.
//
// Why the compiler's type checker and not a parse of types.ts or a hand-kept constant: a constant
// is a second copy that must itself be kept equal, and a parse of the source sees only one way of
// writing it (no aliases, `extends`, imports, `Generated<>`). The checker resolves `DB` exactly as
// the services' code does, through `Selectable` (db-rows.ts), so what it reports cannot differ
// from what the services compile against.

type Column = string; // "table.column TEXT" or "table.column NUMBER", with " NULL" when nullable

function columnsOfInterface(): Column[] {
  const file = fileURLToPath(new URL('./db-rows.ts', import.meta.url));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const rows = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!).find((s) => s.name === 'Rows')!;
  const out: Column[] = [];
  for (const table of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(rows))) {
    for (const col of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      const type = checker.getTypeOfSymbol(col);
      const parts = type.isUnion() ? type.types : [type];
      const kinds = new Set(
        parts
          .filter((p) => !(p.flags & ts.TypeFlags.Null))
          .map((p) =>
            p.flags & ts.TypeFlags.StringLike ? 'TEXT' : p.flags & ts.TypeFlags.NumberLike ? 'NUMBER' : /^Uint8Array\b/.test(checker.typeToString(p)) ? 'BLOB' : checker.typeToString(p),
          ),
      );
      const nullable = parts.some((p) => p.flags & ts.TypeFlags.Null);
      out.push(`${table.name}.${col.name} ${[...kinds].join('|')}${nullable ? ' NULL' : ''}`);
    }
  }
  return out.sort();
}

interface TableInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

async function columnsOfDatabase(): Promise<Column[]> {
  const { conn } = await tempDb();
  const db = conn.sqlite;
  // Real and virtual tables; not SQLite's own, nor the shadow tables behind a virtual (FTS) table.
  const tables = db
    .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'")
    .all() as Array<{ name: string; strict: number }>;
  const out: Column[] = [];
  for (const t of tables) {
    for (const c of db.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(t.name) as TableInfo[]) {
      const kind = c.type === 'INTEGER' || c.type === 'REAL' ? 'NUMBER' : c.type;
      // A STRICT table's primary key, and an INTEGER PRIMARY KEY (the rowid) anywhere, is never NULL.
      const nullable = c.notnull === 0 && !(c.pk > 0 && (t.strict === 1 || c.type === 'INTEGER'));
      out.push(`${t.name}.${c.name} ${kind}${nullable ? ' NULL' : ''}`);
    }
  }
  return out.sort();
}

describe('db/types.ts', () => {
  it('has every table and column of the migrated database, and no other, with its storage class and nullability', async () => {
    const inInterface = columnsOfInterface();
    const inDatabase = await columnsOfDatabase();
    expect(inInterface.length).toBeGreaterThan(100); // the checker did resolve DB
    expect(inInterface).toEqual(inDatabase);
  });
});
