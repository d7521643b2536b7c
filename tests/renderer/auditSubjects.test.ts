import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../src-main/core/audit/schema';
import { subjectsOf } from '../../src-renderer/src/audit/auditEntries';
import { auditKeys } from '../../src-renderer/src/audit/queryKeys';
import { staffKeys } from '../../src-renderer/src/staff/queryKeys';

// Whose names the audit screen asks for, and the keys a staff change invalidates.

const entry = (e: Partial<AuditEntryView>) => ({ entity: 'resident', entityId: 'r1', before: null, after: null, ...e }) as AuditEntryView;

describe('subjectsOf', () => {
  it('names each child and staff member once, also a staff member an account links to', () => {
    const s = subjectsOf([
      entry({ entity: 'resident', entityId: 'r1' }),
      entry({ entity: 'resident', entityId: 'r1' }),
      entry({ entity: 'staff', entityId: 's1' }),
      entry({ entity: 'user', entityId: 'u1', before: { staffId: 's2' }, after: { staffId: 's1' } }),
    ]);
    expect(s).toEqual({ residents: ['r1'], staff: ['s1', 's2'], users: true });
  });

  it('asks for nothing when the entries are about no record', () => {
    expect(subjectsOf([entry({ entity: 'call', entityId: 'residents.get' })])).toEqual({ residents: [], staff: [], users: false });
    expect(subjectsOf([])).toEqual({ residents: [], staff: [], users: false });
  });
});

describe('staff and audit keys', () => {
  it('keep every key of a domain under its prefix', () => {
    expect(staffKeys.detail('s1')).toEqual(['staff', 'get', { id: 's1' }]);
    expect(staffKeys.list({ query: '' }).slice(0, 2)).toEqual(staffKeys.lists());
    expect(staffKeys.history('s1')).toEqual(['staff', 'history', { id: 's1' }]);
    expect(auditKeys.list({}).slice(0, 1)).toEqual(auditKeys.all);
    expect(auditKeys.actors()).toEqual(['audit', 'actors', {}]);
  });
});
