import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { ok } from './call';
import type { Role } from '../../../src-main/core/contract/permissions';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { requiredParties } from '../../../src-main/core/daily/schema';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// Incidents (issue 11 §5): children, kind, severity, required notifications → overdue; the
// dashboard's serious and overdue cards.

async function setUp(role: Role = 'caregiver') {
  const base = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const a = (await ok(base, 'residents.create', childInput({ lastName: 'Zeynalov' }))).id;
  const b = (await ok(base, 'residents.create', childInput({ lastName: 'Əliyeva', firstName: 'Aygün', sex: 'F' }))).id;
  const late = (await ok(base, 'residents.create', childInput({ lastName: 'Yeni', admissionDate: '2026-11-25' }))).id;
  return { ctx: { ...base, actor: { ...base.actor, role, username: `test-${role}` } }, a, b, late };
}

const incident = (over: Partial<CallInput<'daily.createIncident'>> = {}): CallInput<'daily.createIncident'> => ({
  date: '2026-11-26', time: '14:30', place: 'Həyət', kind: 'injury', severity: 'low', residentIds: [], whatHappened: 'Yıxıldı, dizini zədələdi', ...over,
});

describe('incidents', () => {
  it('knows which kinds must be told at once, and to whom', () => {
    expect(requiredParties('injury', 'critical', false)).toEqual([]);
    expect(requiredParties('death', 'critical', false)).toEqual(['family', 'police', 'health_service', 'guardianship_authority', 'ministry']);
    expect(requiredParties('allegation_against_staff', 'medium', false)).toEqual(['police', 'guardianship_authority', 'ministry']);
    expect(requiredParties('offence', 'high', true)).toEqual(['police', 'ministry']);
    expect(requiredParties('offence', 'medium', true)).toEqual([]);
  });

  it('records an incident with several children, overdue until every required party is told, serious until closed', async () => {
    const { ctx, a, b } = await setUp();
    const signals = async () => Object.fromEntries((await getDashboard(ctx)).signals.map((s) => [s.kind, s.count]));
    expect(await signals()).toMatchObject({ incidents_serious_open: 0, incidents_notification_overdue: 0 });

    const inc = await ok(ctx, 'daily.createIncident', incident({
      kind: 'abuse_allegation', severity: 'high', residentIds: [a, b],
      notifications: [{ party: 'police', notifiedAt: '2026-11-26T09:50:00.000Z', contact: '12-ci polis şöbəsi' }],
    }));
    expect(inc.children.map((c) => c.lastName)).toEqual(['Əliyeva', 'Zeynalov']);
    expect(inc.notifications.map((n) => [n.party, n.required, n.notifiedAt !== null])).toEqual([
      ['police', true, true], ['guardianship_authority', true, false], ['ministry', true, false],
    ]);
    expect(inc.overdue).toBe(true);
    expect(await signals()).toMatchObject({ incidents_serious_open: 1, incidents_notification_overdue: 1 });

    await ok(ctx, 'daily.notifyIncident', { incidentId: inc.id, party: 'guardianship_authority', notifiedAt: '2026-11-26T09:55:00.000Z' });
    const told = await ok(ctx, 'daily.notifyIncident', { incidentId: inc.id, party: 'ministry', notifiedAt: '2026-11-26T09:58:00.000Z', contact: 'Qaynar xətt' });
    expect(told.overdue).toBe(false);
    expect(await signals()).toMatchObject({ incidents_serious_open: 1, incidents_notification_overdue: 0 });

    const closed = await ok(ctx, 'daily.closeIncident', { id: inc.id, version: told.version, outcome: 'Polis yoxlaması başa çatdı' });
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'test-caregiver', outcome: 'Polis yoxlaması başa çatdı' });
    expect(await signals()).toMatchObject({ incidents_serious_open: 0 });
    const stale = await dispatch(ctx, 'daily.closeIncident', { id: inc.id, version: told.version, outcome: 'x' });
    expect(stale.ok ? null : stale.error.message).toBe('errors.staleVersion');

    const actions = ctx.conn.sqlite.prepare('SELECT action, entity, entity_id FROM audit_log WHERE action LIKE ? ORDER BY seq').all('incident.%');
    expect(actions).toEqual([
      { action: 'incident.create', entity: 'incident', entity_id: inc.id },
      { action: 'incident.involve', entity: 'resident', entity_id: a },
      { action: 'incident.involve', entity: 'resident', entity_id: b },
      { action: 'incident.notify', entity: 'incident', entity_id: inc.id },
      { action: 'incident.notify', entity: 'incident', entity_id: inc.id },
      { action: 'incident.close', entity: 'incident', entity_id: inc.id },
    ]);
    const day = await ok(ctx, 'daily.day', { date: '2026-11-26' });
    expect(day.incidents).toEqual({ total: 1, serious: 1 });
    expect((await ok(ctx, 'daily.incidents', { status: 'open' })).length).toBe(0);
    expect((await ok(ctx, 'daily.incidents', { status: 'all' })).map((i) => i.id)).toEqual([inc.id]);
  });

  it('refuses an incident with no child, a child not in care that day, a future date or a future notification, writing nothing', async () => {
    const { ctx, a, late } = await setUp();
    const fields = async (input: CallInput<'daily.createIncident'>) => {
      const r = await dispatch(ctx, 'daily.createIncident', input);
      if (r.ok) throw new Error('accepted');
      return r.error.fields;
    };
    expect((await fields(incident()))?.[0]).toMatchObject({ path: 'residentIds', message: 'daily.errors.noChild' });
    expect(await fields(incident({ date: '2026-11-24', residentIds: [a, late] }))).toEqual([
      { path: 'residentIds.1', message: 'daily.errors.notInCare', params: { date: '2026-11-24' } },
    ]);
    expect(await fields(incident({ date: '2026-11-27', residentIds: [a] }))).toEqual([{ path: 'date', message: 'validation.dateFuture' }]);
    expect(await fields(incident({ residentIds: [a], notifications: [{ party: 'family', notifiedAt: '2026-11-26T11:00:00.000Z' }] }))).toEqual([
      { path: 'notifications.0.notifiedAt', message: 'validation.dateFuture' },
    ]);
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(0);
    expect(ctx.conn.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'incident.%'").pluck().get()).toBe(0);
  });

  it('keeps incidents from a teacher and a read-only account', async () => {
    const { ctx } = await setUp('teacher');
    const r = await dispatch(ctx, 'daily.incidents', {});
    expect(r.ok ? null : r.error.code).toBe('forbidden');
    expect((await getDashboard(ctx)).signals.map((s) => s.kind)).not.toContain('incidents_serious_open');
  });
});
