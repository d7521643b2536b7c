import { mkdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'vite';

// The `qaygi` command as one bundled file, built with the app (`electron-vite build`): bin/qaygi.mjs
// loads it instead of starting tsx. Everything is inlined except better-sqlite3 (native, loaded
// at run time) and Node's own modules. Next to it, sources.json lists the project files it was
// built from, so that bin/qaygi.mjs can tell when a source has changed since (a stale bundle).

export const CLI_OUT_DIR = 'out/cli';
export const CLI_BUNDLE = 'qaygi.mjs';
export const CLI_SOURCES = 'sources.json';

/** Records which project files went into the bundle (node_modules aside: package-lock.json stands in). */
function sourcesManifest(root: string, startedAt: number): Plugin {
  return {
    name: 'qaygi-cli-sources',
    generateBundle(_options, bundle) {
      const files = new Set<string>(['package-lock.json']);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const file = relative(root, id.split('?')[0] ?? id);
          if (id.startsWith('\0') || file.startsWith('..') || file.split(sep).includes('node_modules')) continue;
          files.add(file.split(sep).join('/'));
        }
      }
      // Build start, not end: a source saved while the build ran counts as newer.
      this.emitFile({ type: 'asset', fileName: CLI_SOURCES, source: `${JSON.stringify({ startedAt, files: [...files].sort() }, null, 1)}\n` });
    },
  };
}

export async function buildCli(root = process.cwd()): Promise<void> {
  const startedAt = Date.now();
  const outDir = resolve(root, CLI_OUT_DIR);
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [sourcesManifest(root, startedAt)],
    ssr: { noExternal: true, external: ['better-sqlite3'] },
    build: {
      ssr: join(root, 'src-main/cli/main.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: ['better-sqlite3'],
        output: { format: 'es', entryFileNames: CLI_BUNDLE, codeSplitting: false },
      },
    },
  });
}

/** A plugin for electron-vite's main build: once main is written, the CLI bundle follows. */
export function cliBundlePlugin(): Plugin {
  return {
    name: 'qaygi-cli-bundle',
    apply: 'build',
    async closeBundle() {
      await buildCli();
    },
  };
}
