import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The core the renderer runs in the browser must not need Node. From every renderer file, follow
// the imports that stay in the built JavaScript (type-only ones are erased, so they may name
// anything) into src-main/core, transitively; no core file reached may import a Node module or a
// package that only works in Node.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER = join(ROOT, 'src-renderer');
const CORE = join(ROOT, 'src-main', 'core');
/** Packages that need Node (native code, the file system, threads) or the main process. */
const NODE_ONLY = new Set(['better-sqlite3', 'kysely', 'yauzl', 'yazl', 'tsx', 'electron', ...builtinModules]);

const isNodeOnly = (spec: string) => spec.startsWith('node:') || NODE_ONLY.has(spec.split('/')[0]!) || NODE_ONLY.has(spec);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const allTypes = (names: readonly { isTypeOnly: boolean }[]) => names.length > 0 && names.every((n) => n.isTypeOnly);

/** The specifiers of a file's imports and re-exports that survive compilation. */
function runtimeImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const bindings = c?.namedBindings;
      const typeOnly = c && (c.isTypeOnly || (!c.name && bindings && ts.isNamedImports(bindings) && allTypes(bindings.elements)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      if (!node.isTypeOnly && !(clause && ts.isNamedExports(clause) && allTypes(clause.elements))) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file an import names, or null for a package; throws when a project path leads nowhere. */
function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@core/')) base = join(CORE, spec.slice('@core/'.length));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Every core file the renderer reaches at run time, with the Node imports of each. */
function coreReachedByRenderer(): { reached: Map<string, string[]>; named: Set<string> } {
  const reached = new Map<string, string[]>();
  /** The core files a renderer file names itself (the rest are reached through the core). */
  const named = new Set<string>();
  const seen = new Set<string>();
  const queue = filesUnder(RENDERER);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || file.endsWith('.json')) continue;
    seen.add(file);
    const inCore = !relative(CORE, file).startsWith('..');
    const bad: string[] = [];
    for (const spec of runtimeImports(file)) {
      const target = resolveImport(file, spec);
      if (target) queue.push(target);
      else if (inCore && isNodeOnly(spec)) bad.push(spec);
      if (target && !inCore) named.add(relative(ROOT, target));
    }
    if (inCore) reached.set(relative(ROOT, file), bad);
  }
  return { reached, named };
}

describe('the core the renderer imports', () => {
  it('has no Node imports, following the renderer’s imports transitively', () => {
    const { reached, named } = coreReachedByRenderer();
    // Not vacuous: the walk gets into the core, and on through the core's own imports.
    expect(reached.size).toBeGreaterThan(0);
    expect([...reached.keys()].filter((f) => !named.has(f)).length).toBeGreaterThan(0);
    const offenders = [...reached].filter(([, bad]) => bad.length > 0).map(([file, bad]) => `${file}: ${bad.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('tells a type-only import from one that stays in the JavaScript', () => {
    const text = [
      "import type { A } from './type-only';",
      "import { type B, type C } from './all-types';",
      "import { type D, E } from './mixed';",
      "import F from './plain';",
      "import './side-effect';",
      "export type { G } from './type-export';",
      "export { H } from './reexport';",
      "type I = import('./type-position').I;",
      "const j = () => import('./dynamic');",
    ].join('\n');
    expect(runtimeImports('x.ts', text).sort()).toEqual(['./dynamic', './mixed', './plain', './reexport', './side-effect']);
  });

  it('is used only outside src-main (main and preload have no alias for @core/)', () => {
    const users = filesUnder(join(ROOT, 'src-main')).filter((f) => /['"]@core\//.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
