import { rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'vite';

// Each command line as one bundled file, built with the app (`electron-vite build`): bin/qaygi.mjs
// loads out/cli/qaygi.mjs instead of starting tsx. Everything is inlined except better-sqlite3
// (native, loaded at run time), playwright-core (only `education print` loads it, from node_modules)
// and Node's own modules. Next to each bundle, <name>.sources.json
// lists the project files it was built from, so that the bin script can tell a stale bundle
// (scripts/cli-entry.mjs).

export const CLI_OUT_DIR = 'out/cli';
/** Bundle name → entry module (it exports `main(argv)`). Another command line is one more line. */
export const CLI_ENTRIES: Record<string, string> = { qaygi: 'src-main/cli/main.ts' };

/** Records which project files went into the bundle (node_modules aside: package-lock.json stands in). */
function sourcesManifest(root: string, name: string, startedAt: number): Plugin {
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
      const source = `${JSON.stringify({ startedAt, files: [...files].sort() }, null, 1)}\n`;
      this.emitFile({ type: 'asset', fileName: `${name}.sources.json`, source });
    },
  };
}

async function buildOne(root: string, name: string, entry: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [sourcesManifest(root, name, Date.now())],
    ssr: { noExternal: true, external: ['better-sqlite3', 'playwright-core'] },
    build: {
      ssr: join(root, entry),
      outDir: resolve(root, CLI_OUT_DIR),
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: ['better-sqlite3', 'playwright-core'],
        output: { format: 'es', entryFileNames: `${name}.mjs`, codeSplitting: false },
      },
    },
  });
}

export async function buildCli(root = process.cwd()): Promise<void> {
  rmSync(resolve(root, CLI_OUT_DIR), { recursive: true, force: true });
  for (const [name, entry] of Object.entries(CLI_ENTRIES)) await buildOne(root, name, entry);
}

/** A plugin for electron-vite's main build: once main is written, the command lines follow. */
export function cliBundlePlugin(): Plugin {
  return {
    name: 'qaygi-cli-bundle',
    apply: 'build',
    async closeBundle() {
      await buildCli();
    },
  };
}
