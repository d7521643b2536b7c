import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// core/context.ts is what every service takes: it must not import a domain (the domains import
// it). A domain that lends host services declares them into core/host.ts instead.
const CONTEXT = resolve(dirname(fileURLToPath(import.meta.url)), '../../src-main/core/context.ts');
const DOMAINS = ['packages', 'residents', 'staff', 'institution', 'demo'];

describe('core/context.ts', () => {
  it('imports no domain', () => {
    const { importedFiles } = ts.preProcessFile(readFileSync(CONTEXT, 'utf8'), true, true);
    const specs = importedFiles.map((i) => i.fileName);
    expect(specs).toContain('./host');
    expect(specs.filter((s) => DOMAINS.some((d) => s.startsWith(`./${d}/`)))).toEqual([]);
  });
});
