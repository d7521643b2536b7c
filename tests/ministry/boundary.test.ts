import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The ministry's side (src-main/ministry/) is meant to become a package of its own: it reads
// packages with the format, verify and crypto parts of the packages domain and nothing else of the
// app, and the app never reads it. This test follows the imports (as written in the source, type
// imports included) and fails on any that crosses the line.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rel = (f: string) => relative(ROOT, f).split('\\').join('/');

/** What the ministry's side may import: itself, three parts of the packages domain, and basics. */
const MINISTRY_MAY_IMPORT = [
  'src-main/ministry/',
  'src-main/core/packages/format/',
  'src-main/core/packages/verify/',
  'src-main/core/packages/crypto/',
  // The command-line messages (the CLI's output is kept word for word) and Azerbaijani text.
  'src-main/core/i18n/',
  'src-main/core/text/',
  // The shape of a `qaygi` command and its argument helpers, which import only the messages.
  'src-main/cli/command.ts',
];
const APP = ['src-main/core/', 'src-main/host/', 'src-main/electron/', 'src-main/web/', 'src-renderer/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The project's files a file imports (relative specifiers only: packages from npm do not count). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const base = resolve(dirname(file), s);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
      if (!found) throw new Error(`${rel(file)}: cannot resolve ${s}`);
      return found;
    });
}

/** Every file reached from `roots` by imports, with one importer of each (to name the culprit). */
function closure(roots: string[]): Map<string, string> {
  const seen = new Map<string, string>(roots.map((r) => [r, r]));
  const todo = [...roots];
  while (todo.length) {
    const f = todo.pop()!;
    for (const g of importsOf(f)) {
      if (seen.has(g)) continue;
      seen.set(g, f);
      todo.push(g);
    }
  }
  return seen;
}

const under = (prefixes: string[]) => (f: string) => prefixes.some((p) => rel(f).startsWith(p));

describe('the boundary of the ministry’s side', () => {
  const ministry = sourceFiles(join(ROOT, 'src-main/ministry'));
  const app = APP.flatMap((p) => sourceFiles(join(ROOT, p)));

  it('finds the files it checks', () => {
    expect(ministry.map(rel)).toContain('src-main/ministry/cli.ts');
    expect(app.map(rel)).toContain('src-main/electron/main.ts');
  });

  it('the app never imports the ministry, not even through another file', () => {
    const crossings = [...closure(app)]
      .filter(([f]) => rel(f).startsWith('src-main/ministry/'))
      .map(([f, by]) => `${rel(by)} → ${rel(f)}`);
    expect(crossings).toEqual([]);
  });

  it('the ministry reaches only format/, verify/, crypto/ and the shared basics', () => {
    // The messages are merged from every domain's words (<domain>/i18n/: strings and key maps
    // only), so the ministry's translate() reaches those folders and nothing else of a domain.
    const words = (f: string) => /^src-main\/core\/[a-z]+\/i18n\//.test(rel(f));
    const allowed = (f: string) => under(MINISTRY_MAY_IMPORT)(f) || words(f);
    const crossings = [...closure(ministry)].filter(([f]) => !allowed(f)).map(([f, by]) => `${rel(by)} → ${rel(f)}`);
    expect(crossings).toEqual([]);
  });

  it('the test itself notices a crossing', () => {
    // A file of the app's services, as the ministry must never reach: the rule refuses it.
    expect(under(MINISTRY_MAY_IMPORT)(join(ROOT, 'src-main/core/packages/export/exporter.ts'))).toBe(false);
    expect(under(MINISTRY_MAY_IMPORT)(join(ROOT, 'src-main/cli/io.ts'))).toBe(false);
  });
});
