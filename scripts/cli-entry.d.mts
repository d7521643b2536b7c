/** The bundle's file URL when it is there and fresh, otherwise null (see cli-entry.mjs). */
export function freshBundle(root: string, env?: Record<string, string | undefined>, name?: string): string | null;
