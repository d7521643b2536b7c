import { describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { en } from '../../src-main/core/i18n/index';
import { ru } from '../../src-main/core/i18n/index';
import { fieldChanges } from '../../src-main/core/audit/diff';
import { actionColor, INSTITUTION_FIELDS, USER_FIELDS, visibleChanges, type Entry } from '../../src-renderer/src/audit/auditEntries';
import { auditQuery, knownActions, localDayEnd, localDayStart, NO_FILTERS } from '../../src-renderer/src/audit/auditFilters';
import { STAFF_FIELD_ORDER, TRAINING_FIELD_ORDER } from '../../src-renderer/src/staff/staffDisplay';

// The audit screen's pure parts: the filters' input to `audit.list`, the order and choice of the
// fields an entry shows, and words for every field a staff, account or institution entry holds.

function entry(entity: string, before: Record<string, unknown> | null, after: Record<string, unknown>): Entry {
  return { seq: 1, at: '2026-11-26T09:00:00.000Z', actor: 'direktor', via: 'web', action: `${entity}.update`, entity, entityId: 'x', before, after, changes: fieldChanges(before, after) };
}

describe('audit display', () => {
  it('lists a change in the form’s order without bookkeeping; a new record only with what was filled', () => {
    const e = entry('staff', { phone: '', position: 'caregiver', version: 1 }, { phone: '+994 50 1', position: 'teacher', version: 2 });
    expect(visibleChanges(e).map((c) => c.field)).toEqual(['position', 'phone']);
    const created = entry('staff', null, { lastName: 'Quliyeva', patronymic: '', email: '', trainingId: 't1', leftDate: null });
    expect(visibleChanges(created).map((c) => c.field)).toEqual(['lastName']);
    // A follow-up visit: not the ids linking it to its exit, the schedule's month number, or an empty list.
    const visit = entry('follow_up_visit', null, { residentId: 'r1', exitId: 'e1', dueOn: '2026-12-26', monthOffset: 1, services: [], outcome: 'stable' });
    expect(visibleChanges(visit).map((c) => c.field).sort()).toEqual(['dueOn', 'outcome', 'residentId']);
    expect([actionColor('staff.create'), actionColor('auth.signInFailed'), actionColor('user.update'), actionColor('auth.signIn')]).toEqual([
      'teal', 'red', 'blue', 'gray',
    ]);
  });

  it('has words in every language for every field the staff, account and institution entries hold', () => {
    for (const m of [az, en, ru]) {
      for (const f of STAFF_FIELD_ORDER) expect(m.staff.fields[f]).toBeTruthy();
      for (const f of TRAINING_FIELD_ORDER) expect(m.staff.training.fields[f]).toBeTruthy();
      for (const f of USER_FIELDS) expect(m.auth.users.fields[f as keyof typeof m.auth.users.fields]).toBeTruthy();
      for (const f of INSTITUTION_FIELDS) expect(m.institution.wizard.fields[f as keyof typeof m.institution.wizard.fields]).toBeTruthy();
    }
  });
});

describe('audit filters', () => {
  it('turns the filters into the core’s query, days as the PC’s local days', () => {
    expect(auditQuery(NO_FILTERS, 2)).toEqual({ offset: 100, limit: 50 });
    const q = auditQuery(
      { person: { entity: 'staff', id: 's1', label: 'X' }, actor: 'direktor', entity: null, action: 'auth.', from: '26.11.2026', to: '2026-11-27' },
      0,
    );
    expect(q).toEqual({
      offset: 0, limit: 50, entityId: 's1', actor: 'direktor', action: 'auth.',
      from: localDayStart('2026-11-26'), to: localDayEnd('2026-11-27'),
    });
    expect(new Date(localDayEnd('2026-11-27')).getTime() - new Date(localDayStart('2026-11-27')).getTime()).toBe(86_400_000 - 1);
    // A half-typed date narrows nothing.
    expect(auditQuery({ ...NO_FILTERS, from: '26.11' }, 0)).toEqual({ offset: 0, limit: 50 });
  });

  it('offers every action that has words, grouped by what it is about', () => {
    const groups = Object.fromEntries(knownActions().map((g) => [g.group, g.actions]));
    expect(groups.auth).toContain('auth.signInFailed');
    expect(groups.staff).toEqual(['staff.create', 'staff.update', 'staff.trainingAdd', 'staff.trainingUpdate']);
  });
});
