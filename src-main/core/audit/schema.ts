import { z } from 'zod';
import { isoDate } from '../residents/schema';
import type { AuditEntryDto } from './types';
import type { FieldChange } from './diff';

// Inputs and views of the audit trail screen. Isomorphic.

/** A calendar day (the whole day, UTC) or an exact ISO 8601 instant (for local-day boundaries). */
const dayOrInstant = z.union([isoDate, z.iso.datetime({ offset: true })]);

export const AuditListInput = z
  .object({
    /** The child, staff member, user… the entries are about. */
    entityId: z.string().min(1).max(64).optional(),
    entity: z.string().min(1).max(40).optional(),
    /** The username that acted. */
    actor: z.string().min(1).max(80).optional(),
    /** An exact action ("resident.update"), or a prefix ending in a dot ("auth."). */
    action: z.string().min(1).max(60).optional(),
    from: dayOrInstant.optional(),
    to: dayOrInstant.optional(),
    offset: z.number().int().min(0).optional().default(0),
    limit: z.number().int().min(1).max(500).optional().default(50),
  })
  .strict();
export type AuditListQuery = z.output<typeof AuditListInput>;

/** One audit entry as a screen shows it: the raw before/after plus the field-by-field changes. */
export interface AuditEntryView extends AuditEntryDto {
  changes: FieldChange[];
}

export interface AuditPage {
  total: number;
  rows: AuditEntryView[];
}

/** The newest entries a child's History tab shows; the Audit screen has the rest. */
export const CHILD_HISTORY_LIMIT = 500;
