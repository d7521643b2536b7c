// The services a host (the app, the web harness) lends the domains for their calls: a key store,
// a worker thread, a save dialog… The core knows none of them by name. Each domain that needs some
// adds its own entry to this interface from its own folder, by declaration merging
// (`declare module '../host'`): packages/host.ts adds `packages`. The command line lends none.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domains
export interface HostServices {}
