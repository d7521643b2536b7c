import type { Actor } from '../context';
import type { ChainCheck } from '../audit/types';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** Who is acting; null before sign-in. */
  actor: (Pick<Actor, 'username' | 'role'> & { displayName: string }) | null;
  /** What the actor may do (empty before sign-in): the renderer hides what it may not open. */
  permissions: string[];
  today: string;
  /**
   * The audit chain as checked when the host started, for users who may read the audit log (null
   * for others, and when the host did not check). `ok: false` keeps a warning on screen.
   */
  auditChain: ChainCheck | null;
}
