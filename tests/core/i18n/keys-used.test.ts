import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { az } from '../../../src-main/core/i18n/index';

// Every translation key the code names literally exists in az (the source language), and no key is
// built at run time from pieces (such keys escape this test, the codemod and the typed t()).

const ROOTS = ['src-main', 'src-renderer/src'];
const NAMESPACE = new RegExp(`^(${Object.keys(az).join('|')})\\.`);
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'i18n' || name === 'migrations' ? [] : sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const leaves = (o: object, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v, `${p}${k}.`) : [`${p}${k}`]));
const KNOWN = new Set(leaves(az).flatMap((k) => [k, k.replace(PLURAL, '')]));

// where a literal is a key: an argument of a translating call, an AppError, or a message property
const CONTEXTS = [
  /\b(?:t|tk|tr|translate|exists|orRaw)\(([^;)]*)/g,
  /new AppError\(([^;]*?)\)/gs,
  /\b(?:error|message|messageKey|label|key)\s*:\s*('[^'\n]*'|`[^`\n]*`)/g,
];
const LITERAL = /(['`])([^'`\n]*?)\1/g;

function usedKeys() {
  const found: { file: string; key: string }[] = [];
  for (const root of ROOTS) {
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const ctx of CONTEXTS) {
        for (const m of text.matchAll(ctx)) {
          for (const l of m[1]!.matchAll(LITERAL)) if (NAMESPACE.test(l[2]!)) found.push({ file, key: l[2]! });
        }
      }
    }
  }
  return found;
}

describe('translation keys in the code', () => {
  const used = usedKeys();

  it('finds the keys the code names (the scan works)', () => {
    expect(used.length).toBeGreaterThan(500);
  });

  it('every literal key exists in az', () => {
    expect(used.filter((u) => !u.key.includes('${') && !KNOWN.has(u.key))).toEqual([]);
  });

  it('no key is built from pieces at run time', () => {
    expect(used.filter((u) => u.key.includes('${')).map((u) => `${u.file}: ${u.key}`)).toEqual([]);
    // nor anywhere else: a template starting like a key
    const head = new RegExp(`\`(${Object.keys(az).join('|')})\\.[\\w.]*\\$\\{`);
    const built = ROOTS.flatMap(sources).filter((f) => head.test(readFileSync(f, 'utf8')));
    expect(built).toEqual([]);
  });
});
