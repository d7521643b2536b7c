import { dirname, join } from 'node:path';
import { openDatabase, type Connection } from '../core/db/connection';
import { verifyAuditChain } from '../core/audit/audit';
import { createBackupHost, startBackupSchedule } from '../core/backup/host';
import type { Actor, HostState } from '../core/context';
import { startHost } from '../core/session';
import type { KeyStore } from '../core/packages/crypto/keystore';
import type { PrintHost } from '../core/print/host';
import { createPackagesHost, type ExportRunner, type PackagesHostOptions } from '../core/packages/host';
import { workerExportRunner, type WorkerEntry } from '../core/packages/export/worker-runner';
import { deliveryActor, startDeliveryLoop, type DeliveryLoop, type DeliveryLoopOptions } from '../core/packages/delivery/loop';

// The host's services, composed once for both hosts: the Electron main process and the web
// harness differ only in what they lend (the adapters below), never in how the pieces are wired.
// No `electron` import here: the app's adapters are made in src-main/electron/main.ts.

/** The automatic backup's actor in the audit log. */
function backupActor(via: 'app' | 'web'): Actor {
  return { userId: null, username: `system-backup-${via}`, role: 'director', via };
}

/** What a platform lends the host. */
export interface HostAdapters {
  /** The opened database; the export worker opens the same file on its own connection. */
  conn: Connection;
  /** The door background uploads are audited under. */
  via: 'app' | 'web';
  now?: () => Date;
  /** Where package files are written and kept (below the user-data folder). */
  packagesDir: string;
  /**
   * How the signing key rests: the OS keyring (Electron safeStorage; null where Linux has none, and
   * the director types a passphrase), or a passphrase fixed at start (the web harness).
   */
  keyStore: { safeStore?: KeyStore | null; passphrase?: string };
  /** The app's "save as PDF" of a print route (core/print); absent where the page prints itself. */
  print?: PrintHost;
  /** A native "save as" for a package file (the app); absent where the file is downloaded. */
  saveAs?: PackagesHostOptions['saveAs'];
  /** The export worker's entry: the built `export-worker.js` (the app) or the source (web, tests). */
  exportWorker: WorkerEntry;
  /** Runs exports instead of the worker (tests of the lifecycle). */
  runExport?: ExportRunner;
  /** The background upload: `false` switches it off, or set its interval and transport. */
  delivery?: false | Pick<DeliveryLoopOptions, 'intervalMs' | 'transportFor'>;
  /**
   * Backups: where they go until the director picks a folder (default `backups` beside the
   * database), the daily check's interval, scrypt's work factor (tests); `false` stops the timer.
   */
  backup?: {
    defaultFolder?: string;
    schedule?: false | { intervalMs?: number; firstAfterMs?: number };
    logN?: number;
    /** The app's save dialog for "save a copy…" of a backup (absent: no such button). */
    chooseFile?: (suggestedName: string) => Promise<string | null>;
  };
}

export interface ComposedHost {
  /** Passed with every call (`ctx.host`): the audit chain check and the domains' host services. */
  state: HostState;
  /** The background upload to the ministry's address (null when switched off). */
  delivery: DeliveryLoop | null;
  /** Stops what runs in the background; the database stays open (its owner closes it). */
  stop(): void;
}

/** Checks the audit chain, starts the background upload, and lends the packages screen its services. */
export async function composeHost(a: HostAdapters): Promise<ComposedHost> {
  const now = a.now ?? (() => new Date());
  const state = await startHost(a.conn.db);
  state.print = a.print;
  const delivery =
    a.delivery === false ? null : startDeliveryLoop({ ...a.delivery, ctx: () => ({ db: a.conn.db, now, actor: deliveryActor(a.via) }) });
  const runExport = a.runExport ?? workerExportRunner(a.exportWorker);
  state.packages = createPackagesHost({
    dbFile: a.conn.sqlite.name,
    outDir: a.packagesDir,
    safeStore: a.keyStore.safeStore,
    passphrase: a.keyStore.passphrase,
    saveAs: a.saveAs,
    // A package the export queued goes out at once where an address is configured.
    runExport: async (job, onProgress) => {
      const result = await runExport(job, onProgress);
      void delivery?.kick();
      return result;
    },
  });
  // Backups: the host's own connection is copied online; a restore closes it, switches the file
  // and opens it again in place (every host reads `conn.db` per call), then re-checks the chain.
  const dbFile = a.conn.sqlite.name;
  state.backup = createBackupHost({
    dbFile,
    settingsFile: join(dirname(dbFile), 'backup-settings.json'),
    defaultFolder: a.backup?.defaultFolder ?? join(dirname(dbFile), 'backups'),
    safeStore: a.keyStore.safeStore,
    logN: a.backup?.logN,
    chooseFile: a.backup?.chooseFile,
    sqlite: () => a.conn.sqlite,
    busy: () => state.packages?.running != null,
    async withDatabaseClosed(fn) {
      await a.conn.close();
      try {
        return await fn();
      } finally {
        const fresh = await openDatabase(dbFile);
        Object.assign(a.conn, fresh);
        state.auditChain = await verifyAuditChain(fresh.db).catch(() => null);
      }
    },
  });
  const schedule =
    a.backup?.schedule === false
      ? null
      : startBackupSchedule({ ...a.backup?.schedule, ctx: () => ({ db: a.conn.db, now, actor: backupActor(a.via), host: state }) });
  return {
    state,
    delivery,
    stop: () => {
      delivery?.stop();
      schedule?.stop();
    },
  };
}
