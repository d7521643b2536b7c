import type { Actor } from '../context';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  actor: Pick<Actor, 'username' | 'role'>;
  permissions: string[];
  today: string;
}
