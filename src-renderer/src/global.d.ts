import type { QaygiApi } from '@core/contract/api';

declare global {
  interface Window {
    /** The preload's bridge in the Electron app; absent in a plain browser (web harness). */
    qaygi?: QaygiApi;
  }
}

export {};
