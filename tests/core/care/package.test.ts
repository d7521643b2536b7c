import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { csvRecords } from '../../../src-main/core/packages/format/csv';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { openSigner, trustFileText } from '../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../src-main/core/packages/format/trust';
import { unpackVerified } from '../../../src-main/core/packages/verify/unpack';
import { verifyPackageFile } from '../../../src-main/core/packages/verify/verifier';
import { tempDir, testCtx } from '../../helpers/db';
import { readyInstitution, store } from '../packages/db-fixture';
import * as v2 from '../../../src-main/core/packages/format/schemas/care-v2';
import * as care from '../../../src-main/core/care/schema';
import { admission, discharge, ok, referralInput } from './fixture';

// The care domain's files in the signed package (schema version 2): referrals with their outcomes,
// care episodes as care records them, relatives — each verified by the core verifier under its
// Table Schema, read back, and as they stood at the period's end. A restricted address never
// leaves the institution, nor the name of a child who was never admitted.

function csvObjects(bytes: Buffer): Array<Record<string, string | null>> {
  const [header, ...rows] = [...csvRecords(bytes.toString('utf8'))];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

async function exported(ctx: Ctx, identity: string) {
  const out = tempDir();
  const pkg = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer: await openSigner(ctx, store()), acceptProblems: 'test' });
  const r = await verifyPackageFile(pkg.path, { identity, trust: parseTrustFile(await trustFileText(ctx)).trust, now: new Date('2026-11-27T00:00:00Z') });
  if (!r.ok) throw r.error;
  const folder = unpackVerified(r.value, join(out, 'inspect'));
  const all = readdirSync(join(folder, 'data')).map((f) => readFileSync(join(folder, 'data', f), 'utf8')).join('\n');
  return { pkg, verified: r.value, csv: (name: string) => csvObjects(readFileSync(join(folder, 'data', `${name}.csv`))), all };
}

describe('care in the package', () => {
  it('exports referrals, episodes and relatives as they stood at the period’s end; the verifier accepts them', async () => {
    const ctx = await testCtx({ role: 'director' });
    const { ministry } = await readyInstitution(ctx);
    // Nərmin: referred, assessed, admitted in Q3; a leave begun in Q3, back in Q4; exit in Q4.
    const ref = await ok(ctx, 'care.referralCreate', referralInput({ referredOn: '2026-07-02' }));
    await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-07-05', assessedBy: 'Səbinə İsmayılova', recommendation: 'admit_resident', needs: {} });
    const adm = await ok(ctx, 'care.admit', admission({ referralId: ref.id, admittedOn: '2026-07-10', decisionDate: '2026-07-09' }));
    const child = adm.residentId;
    const leave = await ok(ctx, 'care.leave', { residentId: child, startedOn: '2026-09-25', leaveReason: 'family_visit' });
    await ok(ctx, 'care.return', { episodeId: leave.id, endedOn: '2026-10-02' });
    await ok(ctx, 'care.exit', discharge(child, { exitedOn: '2026-11-20', destinationAddress: 'Gəncə, Nizami küç. 5' }));
    await ok(ctx, 'care.relativeCreate', {
      residentId: child, relation: 'mother', lastName: 'Hüseynova', firstName: 'Gülnar', parentalRights: 'intact', alive: 'yes',
      address: 'Sumqayıt, 9-cu mkr., ev 14', phone: '+994 50 123 45 67', addressRestricted: false, willingToCare: 'yes',
    });
    await ok(ctx, 'care.relativeCreate', {
      residentId: child, relation: 'father', lastName: 'Hüseynov', firstName: 'Elşən', parentalRights: 'restricted', alive: 'yes',
      address: 'Xırdalan, Gizli küç. 13', phone: '+994 55 999 88 77', addressRestricted: true,
    });
    // Aysel: referred in Q3 and diverted to family support — kept, without her name.
    const diverted = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Quliyeva', firstName: 'Aysel', referredOn: '2026-08-03', dateOfBirth: '2015-03-01' }));
    await ok(ctx, 'care.referralOutcome', { id: diverted.id, version: diverted.version, outcome: 'diverted_family_support', outcomeOn: '2026-08-20', outcomeService: 'Ailə dəstəyi mərkəzi' });
    // Rəna: referred in Q3, admitted only in Q4 — referred, not admitted, at the period's end.
    const late = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Rzayeva', firstName: 'Rəna', referredOn: '2026-09-28' }));
    await ok(ctx, 'care.assess', { referralId: late.id, assessedOn: '2026-10-01', assessedBy: 'Səbinə İsmayılova', recommendation: 'admit_resident', needs: {} });
    await ok(ctx, 'care.admit', admission({ referralId: late.id, admittedOn: '2026-10-03', decisionDate: '2026-10-02' }));
    // After the period: not in it at all.
    await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Sonrakı', firstName: 'Uşaq', referredOn: '2026-10-10' }));

    const { pkg, verified, csv, all } = await exported(ctx, ministry.identity);
    expect(verified.statement.schemaVersion).toBe(2);
    expect(pkg.counts).toMatchObject({ residents: 1, referrals: 3, care_episodes: 2, relatives: 2 });
    expect(verified.resources.map((r) => r.name).slice(0, 4)).toEqual(['residents', 'referrals', 'care_episodes', 'relatives']);

    const refs = Object.fromEntries(csv('referrals').map((r) => [r.id, r]));
    expect(refs[ref.id]).toMatchObject({
      resident_id: child, sex: 'F', birth_year: '2016', referred_on: '2026-07-02', referrer: 'commission', reasons: 'poverty;parent_illness',
      risk_level: 'medium', consent: 'true', assessed_on: '2026-07-05', recommendation: 'admit_resident', status: 'accepted',
      outcome: 'admitted_resident', outcome_on: '2026-07-10',
    });
    expect(refs[diverted.id]).toMatchObject({ resident_id: null, birth_year: '2015', status: 'rejected', outcome: 'diverted_family_support', outcome_on: '2026-08-20', outcome_service: 'Ailə dəstəyi mərkəzi' });
    expect(refs[late.id]).toMatchObject({ resident_id: null, status: 'referred', outcome: null, outcome_on: null, assessed_on: null });

    const eps = csv('care_episodes');
    // The leave's return (2 October) and the exit (20 November) came after the period's end.
    expect(eps.map((e) => [e.kind, e.started_on, e.ended_on]).sort()).toEqual([['admission', '2026-07-10', null], ['leave', '2026-09-25', null]]);
    expect(eps.find((e) => e.kind === 'admission')).toMatchObject({
      id: adm.episode.id, resident_id: child, admission_type: 'new', emergency: 'false', placement: 'resident', referral_id: ref.id,
      deciding_body: 'commission', decision_number: 'K-112', decision_date: '2026-07-09',
    });
    expect(eps.find((e) => e.kind === 'leave')).toMatchObject({ leave_reason: 'family_visit', emergency: 'false' });

    const rel = Object.fromEntries(csv('relatives').map((r) => [r.relation, r]));
    expect(rel.mother).toMatchObject({ resident_id: child, address: 'Sumqayıt, 9-cu mkr., ev 14', phone: '994 50 123 45 67', address_restricted: 'false', parental_rights: 'intact', willing_to_care: 'yes' });
    expect(rel.father).toMatchObject({ address: null, phone: null, address_restricted: 'true', parental_rights: 'restricted' });
    // Never in any file: the restricted address and phone, the names of children not admitted, the exit's address, notes.
    for (const secret of ['Gizli', '999 88 77', 'Quliyeva', 'Aysel', 'Rzayeva', 'Sonrakı', 'Nizami küç']) expect(all).not.toContain(secret);
  });

  it('describes each file, and says a restricted address is left out', async () => {
    const ctx = await testCtx({ role: 'director' });
    const { ministry } = await readyInstitution(ctx);
    const { verified } = await exported(ctx, ministry.identity);
    expect(verified.resources.slice(0, 4)).toEqual([
      { name: 'residents', rows: 0 }, { name: 'referrals', rows: 0 }, { name: 'care_episodes', rows: 0 }, { name: 'relatives', rows: 0 },
    ]);
    const { relativesTable } = await import('../../../src-main/core/packages/format/schemas/care-v2');
    expect(relativesTable.description).toMatch(/restricts.*address and phone are left out/);
  });
});

describe('package schema 2 code lists', () => {
  it('are frozen copies that still equal the care domain’s lists', () => {
    expect(v2.V2_EPISODE_KIND).toEqual([...care.EPISODE_KINDS]);
    expect(v2.V2_ADMISSION_TYPE).toEqual([...care.ADMISSION_TYPES]);
    expect(v2.V2_PLACEMENT).toEqual([...care.PLACEMENTS]);
    expect(v2.V2_DECIDING_BODY).toEqual([...care.DECIDING_BODIES]);
    expect(v2.V2_LEAVE_REASON).toEqual([...care.LEAVE_REASONS]);
    expect(v2.V2_DESTINATION).toEqual([...care.DESTINATIONS]);
    expect(v2.V2_EXIT_REASON).toEqual([...care.EXIT_REASONS]);
    expect(v2.V2_RELATION).toEqual([...care.RELATIONS]);
    expect(v2.V2_PARENTAL_RIGHTS).toEqual([...care.PARENTAL_RIGHTS]);
    expect(v2.V2_YES_NO_UNKNOWN).toEqual([...care.YES_NO_UNKNOWN]);
    expect(v2.V2_CONTACT_FREQUENCY).toEqual([...care.CONTACT_FREQUENCIES]);
    expect(v2.V2_REFERRER).toEqual([...care.REFERRERS]);
    expect(v2.V2_REFERRAL_REASON).toEqual([...care.REFERRAL_REASONS]);
    expect(v2.V2_RISK_LEVEL).toEqual([...care.RISK_LEVELS]);
    expect(v2.V2_REFERRAL_STATUS).toEqual([...care.REFERRAL_STATUSES]);
    expect(v2.V2_OUTCOME).toEqual([...care.OUTCOMES]);
    expect(v2.V2_RECOMMENDATION).toEqual([...care.RECOMMENDATIONS]);
  });
});

describe('docs/package-format.md, schema version 2', () => {
  it('gives the care resources exactly as datapackage.json carries them', async () => {
    const { readFileSync: read } = await import('node:fs');
    const doc = read(join(__dirname, '../../../docs/package-format.md'), 'utf8');
    const blocks = [...doc.matchAll(/<!-- resource-v2: (\w+) -->\n```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[2]!));
    const { KNOWN_SCHEMAS } = await import('../../../src-main/core/packages/format/schemas/index');
    const care = KNOWN_SCHEMAS[2]!.filter((r) => ['referrals', 'care_episodes', 'relatives'].includes(r.name));
    expect(blocks).toEqual(JSON.parse(JSON.stringify(care.map(({ name, description, schema }) => ({ name, description, schema })))));
  });
});
