import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../src-main/core/app/static-path';

describe('the renderer files both hosts serve', () => {
  const root = join('/srv', 'renderer');
  it('maps a path to a file under the root, and / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toEqual({ file: join(root, 'index.html') });
    expect(resolveStaticPath(root, '/assets/index-1.js')).toEqual({ file: join(root, 'assets', 'index-1.js') });
    expect(resolveStaticPath(root, '/%C9%99.png')).toEqual({ file: join(root, 'ə.png') });
  });
  it('never leads out of the root, encoded or not: dot-dot stops at the root', () => {
    for (const p of ['/../secret', '/..%2f..%2fetc/passwd', '/assets/../../x', '/%2e%2e/x', '/..\\..\\x']) {
      const t = resolveStaticPath(root, p);
      expect('file' in t && t.file.startsWith(root + '/'), p).toBe(true);
    }
    expect(resolveStaticPath(root, '/..%2f..%2fetc/passwd')).toEqual({ file: join(root, 'etc', 'passwd') });
    expect(resolveStaticPath(root, '/renderer-evil/x')).toEqual({ file: join(root, 'renderer-evil', 'x') });
  });
  it('answers a malformed escape or a NUL as not found instead of throwing', () => {
    expect(resolveStaticPath(root, '/%E0%A4%A')).toEqual({ status: 404 });
    expect(resolveStaticPath(root, '/%')).toEqual({ status: 404 });
    expect(resolveStaticPath(root, '/a%00.js')).toEqual({ status: 404 });
  });
});
