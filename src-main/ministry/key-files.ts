import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CliFailure, cliText } from '../cli/command';

/**
 * Writes a new key pair's files into a folder (made when missing): never over an existing file,
 * the secret one readable by its owner only. Checks every file before writing any.
 */
export function writeKeyFiles(dir: string, files: Array<{ path: string; text: string; secret: boolean }>): void {
  for (const f of files) if (existsSync(f.path)) throw new CliFailure(cliText('packages.errors.fileExists', { file: f.path }));
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(f.path, f.text, { flag: 'wx', ...(f.secret ? { mode: 0o600 } : {}) });
}
