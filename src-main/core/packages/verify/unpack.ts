import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { VerifiedPackage } from './verifier';

// After verification, writes the bag's files under `<outDir>/<bag folder>/`. Names were already
// checked by the ZIP reader; the resolved path is checked again against the folder, so nothing is
// ever written outside it, and nothing existing is overwritten.

export class UnpackError extends Error {
  constructor(readonly reason: 'exists' | 'outside', readonly path: string) {
    super(`${reason}: ${path}`);
    this.name = 'UnpackError';
  }
}

export function unpackVerified(pkg: Pick<VerifiedPackage, 'root' | 'files'>, outDir: string): string {
  const base = resolve(outDir);
  const folder = resolve(base, pkg.root);
  if (!folder.startsWith(base + sep)) throw new UnpackError('outside', folder);
  if (existsSync(folder)) throw new UnpackError('exists', folder);
  for (const [path, data] of pkg.files) {
    const target = resolve(folder, ...path.split('/'));
    if (!target.startsWith(folder + sep)) throw new UnpackError('outside', target);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(join(target), data, { flag: 'wx' });
  }
  return folder;
}
