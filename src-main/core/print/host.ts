// What a host lends printing (core/host.ts): the app renders a print route in a hidden window,
// turns it into a PDF and asks where to save it. The web harness and the CLI lend nothing here
// (a browser prints the page itself; the CLI uses src-main/print/pdf.ts directly).

export interface PrintHost {
  /** Renders `path`, makes the A4 PDF, asks where to save it (suggesting `fileName`); null when cancelled. */
  savePdf(path: string, fileName: string): Promise<string | null>;
}

declare module '../host' {
  interface HostServices {
    /** The app's "save as PDF" of a print route; absent in the web harness and the CLI. */
    print?: PrintHost;
  }
}
