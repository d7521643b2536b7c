// Isomorphic types of the audit calls (the implementation in audit.ts uses node:crypto).
export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: 'hash' | 'link' | 'sequence' };

export interface AuditEntryDto {
  seq: number;
  at: string;
  actor: string;
  via: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
