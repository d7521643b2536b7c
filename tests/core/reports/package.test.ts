import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../src-main/core/packages/format/csv';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { openSigner, trustFileText } from '../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../src-main/core/packages/format/trust';
import { unpackVerified } from '../../../src-main/core/packages/verify/unpack';
import { verifyPackageFile } from '../../../src-main/core/packages/verify/verifier';
import { valueAt } from '../../../src-main/core/reports/layout';
import { tempDir, testCtx } from '../../helpers/db';
import { addChild, readyInstitution, store } from '../packages/db-fixture';
import { ok } from '../care/fixture';

// indicators.csv in the signed package: the same figures as the Reports screen (reports.indicators),
// exported, verified, unpacked and read back, with the small-number rule: 10 children in care at
// the end of 2026-Q3, 7 boys and 3 girls, none admitted or gone in it. The 3 leaves the
// institution empty and flagged; the 7, the 10 and the 0 leave as they are.

describe('indicators.csv in the package', () => {
  it('carries the report’s figures, a 3 suppressed, a 0 and a 7 not', async () => {
    const ctx = await testCtx();
    const { ministry } = await readyInstitution(ctx);
    const decided = { admissionBasis: 'commission' as const, admissionDecisionNumber: '12/3', admissionDecisionDate: '2022-08-25', admissionAuthority: 'Nəsimi rayon komissiyası', admissionDate: '2022-09-01' };
    const boys = ['Abbasov', 'Babayev', 'Cəfərov', 'Dadaşov', 'Eldarov', 'Fətullayev', 'Qasımov'];
    const girls = ['Həsənova', 'İsmayılova', 'Kərimova'];
    for (const lastName of boys) await addChild(ctx, { ...decided, lastName, firstName: 'Anar', patronymic: 'Elşən oğlu', sex: 'M' });
    for (const lastName of girls) await addChild(ctx, { ...decided, lastName, firstName: 'Aygün', patronymic: 'Elşən qızı', sex: 'F', dateOfBirth: '2014-05-02' });

    const out = tempDir();
    const pkg = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer: await openSigner(ctx, store()), acceptProblems: 'Sınaq' });
    const r = await verifyPackageFile(pkg.path, { identity: ministry.identity, trust: parseTrustFile(await trustFileText(ctx)).trust, now: new Date('2026-11-27T00:00:00Z') });
    if (!r.ok) throw r.error;
    expect(r.value.statement.schemaVersion).toBe(2);
    const folder = unpackVerified(r.value, join(out, 'inspect'));
    const [header, ...records] = [...csvRecords(readFileSync(join(folder, 'data', 'indicators.csv'), 'utf8'))];
    expect(header).toEqual(['section', 'cell', 'format', 'value', 'suppressed', 'core']);
    const rows = new Map(records.map((x) => [`${x[0]}/${x[1]}`, { format: x[2], value: x[3] ?? null, suppressed: x[4], core: x[5] }]));

    expect(rows.get('population/closing')).toEqual({ format: 'count', value: '10', suppressed: 'false', core: 'true' });
    expect(rows.get('population/bySex.M.closing')).toEqual({ format: 'count', value: '7', suppressed: 'false', core: 'true' });
    expect(rows.get('population/bySex.F.closing')).toEqual({ format: 'count', value: null, suppressed: 'true', core: 'true' });
    expect(rows.get('population/admissions')).toEqual({ format: 'count', value: '0', suppressed: 'false', core: 'true' });
    expect(rows.get('exits/total')).toEqual({ format: 'count', value: '0', suppressed: 'false', core: 'false' });
    expect(rows.get('casePlans/inCare')?.value).toBe('10');
    // A share over nothing is empty but not suppressed; figures about places are never suppressed.
    expect(rows.get('exits/toFamilyShare')).toEqual({ format: 'share', value: null, suppressed: 'false', core: 'true' });

    // The same code as the screen: every figure the CSV writes is the screen's, and only 1–4 are withheld.
    const dto = await ok(ctx, 'reports.indicators', { period: '2026-Q3' });
    let compared = 0;
    for (const [key, row] of rows) {
      const [section, ...cell] = key.split('/');
      const shown = valueAt(dto, section!, cell.join('/'));
      if (row.suppressed === 'true') {
        expect(row.value, key).toBeNull();
        if (row.format === 'count' || row.format === 'number') expect(shown! >= 1 && shown! <= 4, key).toBe(true);
      } else {
        expect(row.value === null ? null : Number(row.value), key).toBe(shown === null ? null : row.format === 'share' ? Math.round(shown * 10_000) / 10_000 : shown);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(records.length).toBe(pkg.counts.indicators);
  });
});
