import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../../src-main/core/context';
import { dispatch } from '../../../../src-main/core/contract/dispatch';
import type { CallInput, CallName } from '../../../../src-main/core/contract/calls';
import { csvRecords } from '../../../../src-main/core/packages/format/csv';
import { exportPackage } from '../../../../src-main/core/packages/export/exporter';
import { openSigner, trustFileText } from '../../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../../src-main/core/packages/format/trust';
import { unpackVerified } from '../../../../src-main/core/packages/verify/unpack';
import { verifyPackageFile } from '../../../../src-main/core/packages/verify/verifier';
import { tempDir, testCtx } from '../../../helpers/db';
import { addCleanChildren, readyInstitution, store } from '../db-fixture';

// Daily care in the signed package (schema version 2): per-child monthly counts — days by status,
// family contacts by kind, incidents by kind and severity, measures of control by kind — and
// nothing else: no note, no relative's name, no description, no medical detail.

type TestCtx = Ctx & { conn: { sqlite: import('better-sqlite3').Database } };

async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>) {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

function csvObjects(bytes: Buffer): Array<Record<string, string | null>> {
  const [header, ...rows] = [...csvRecords(bytes.toString('utf8'))];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

const SECRETS = ['Gizli qeyd mətni', 'Gizli görüş', 'Gizli reaksiya', 'Gizli hadisə təsviri', 'Gizli tədbir', 'Amoksisillin', 'Gizli ana', 'Gizli səbəb'];

describe('daily_aggregates in the package', () => {
  it('exports, verifies and reads back the per-child monthly counts, with no note text inside', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    const [a, b, c] = await addCleanChildren(ctx);
    const group = 'Günəş';
    // Roll calls: a present twice in July and missing once in August; b on home leave in July.
    await ok(ctx, 'daily.saveRollCall', { date: '2026-07-14', group, marks: [{ residentId: a!.id, status: 'present', note: 'Gizli qeyd mətni' }, { residentId: b!.id, status: 'home_leave' }] });
    await ok(ctx, 'daily.saveRollCall', { date: '2026-07-15', group, marks: [{ residentId: a!.id, status: 'present' }, { residentId: b!.id, status: 'home_leave' }] });
    await ok(ctx, 'daily.saveRollCall', { date: '2026-08-20', group, marks: [{ residentId: a!.id, status: 'missing' }, { residentId: c!.id, status: 'present' }] });
    // Outside the quarter: not carried.
    await ok(ctx, 'daily.saveRollCall', { date: '2026-10-01', group, marks: [{ residentId: a!.id, status: 'present' }] });
    await ok(ctx, 'daily.addNotes', { residentIds: [a!.id], date: '2026-07-14', time: '10:00', kind: 'health', text: 'Gizli qeyd mətni' });
    const mother = await ok(ctx, 'care.relativeCreate', { residentId: a!.id, relation: 'mother', lastName: 'Gizli', firstName: 'ana', notes: 'Gizli ana' });
    await ok(ctx, 'daily.addFamilyContact', { residentId: a!.id, relativeId: mother.id, date: '2026-07-20', kind: 'phone_call', howItWent: 'Gizli görüş', childReaction: 'Gizli reaksiya' });
    await ok(ctx, 'daily.addFamilyContact', { residentId: a!.id, relativeId: mother.id, date: '2026-07-27', kind: 'phone_call' });
    const voided = await ok(ctx, 'daily.addFamilyContact', { residentId: a!.id, relativeId: mother.id, date: '2026-08-03', kind: 'home_visit' });
    await ok(ctx, 'daily.voidFamilyContact', { id: voided.id, version: 1, reason: 'Gizli səbəb' });
    await ok(ctx, 'daily.createIncident', {
      date: '2026-08-20', time: '08:00', kind: 'missing_from_care', severity: 'high', residentIds: [a!.id, c!.id], whatHappened: 'Gizli hadisə təsviri',
    });
    await ok(ctx, 'daily.prescribe', { residentId: b!.id, medicine: 'Amoksisillin', dose: '250 mq', route: 'oral', times: ['08:00'], startDate: '2026-07-01', prescriber: 'Dr' });
    // A measure of control, as the safeguarding records write it.
    ctx.conn.sqlite
      .prepare(
        `INSERT INTO restraints (id, resident_id, date, time, place, antecedent, measure, duration_minutes, tried_first, used_by, witnessed_by, recorded_by, created_at, updated_at)
         VALUES ('m1', ?, '2026-09-02', '19:00', 'Yataq otağı', 'Gizli tədbir', 'separation', 10, 'Danışıq', 'Tərbiyəçi', 'Növbətçi', 'u', '2026-09-02T15:00:00Z', '2026-09-02T15:00:00Z')`,
      )
      .run(b!.id);

    const out = tempDir();
    const pkg = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer: await openSigner(ctx, store()) });
    const r = await verifyPackageFile(pkg.path, { identity: ministry.identity, trust: parseTrustFile(await trustFileText(ctx)).trust, now: new Date('2026-11-27T00:00:00Z') });
    if (!r.ok) throw r.error;
    expect(r.value.statement.schemaVersion).toBe(2);
    const folder = unpackVerified(r.value, join(out, 'inspect'));
    const rows = csvObjects(readFileSync(join(folder, 'data', 'daily_aggregates.csv')));
    const want = [
      { resident_id: a!.id, month: '2026-07', category: 'contacts:phone_call', value: '2' },
      { resident_id: a!.id, month: '2026-07', category: 'days:present', value: '2' },
      { resident_id: a!.id, month: '2026-08', category: 'days:missing', value: '1' },
      { resident_id: a!.id, month: '2026-08', category: 'incidents:missing_from_care/high', value: '1' },
      { resident_id: b!.id, month: '2026-07', category: 'days:home_leave', value: '2' },
      { resident_id: b!.id, month: '2026-09', category: 'measures:separation', value: '1' },
      { resident_id: c!.id, month: '2026-08', category: 'days:present', value: '1' },
      { resident_id: c!.id, month: '2026-08', category: 'incidents:missing_from_care/high', value: '1' },
    ];
    const key = (x: Record<string, string | null>) => `${x.resident_id} ${x.month} ${x.category}`;
    expect(rows).toEqual([...want].sort((x, y) => (key(x) < key(y) ? -1 : 1)));
    expect(pkg.counts).toMatchObject({ daily_aggregates: 8 });
    // The data-minimisation statement travels with the file's description.
    const dp = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; description: string }> };
    expect(dp.resources.find((x) => x.name === 'daily_aggregates')!.description).toMatch(/Data minimisation: counts only/);
    // No note, relative, description or medicine anywhere in the package's data.
    const all = readdirSync(join(folder, 'data')).map((f) => readFileSync(join(folder, 'data', f), 'utf8')).join('');
    for (const s of SECRETS) expect(all).not.toContain(s);
  });
});
