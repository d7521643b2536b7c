import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { startE2E, type E2E } from './fixture';
import { choose, fieldStartingWith, goTo } from './helpers';
import { C, dialog, save } from './care-helpers';

// Issue 9's scenario in Chromium, in Azerbaijani: take a referral, assess it, admit the child, add
// a mother with intact rights, open a reintegration plan and review it, discharge the child to the biological family, record a follow-up visit, and see the timeline
// and the dashboard's counts and tallies change. One screenshot per step.

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  // Something for the signals: an emergency admission ten days ago, never assessed.
  const ref = await dispatch(e2e.ctx, 'care.referralCreate', {
    lastName: 'Qasımov', firstName: 'Tural', patronymic: 'Elvin oğlu', sex: 'M', dateOfBirth: '2014-02-03',
    referredOn: '2026-11-15', referrer: 'police', reasons: ['abuse_neglect'], riskLevel: 'high',
  });
  if (!ref.ok) throw new Error(JSON.stringify(ref.error));
  const adm = await dispatch(e2e.ctx, 'care.admit', { referralId: ref.value.id, admittedOn: '2026-11-16', admissionType: 'new', emergency: true, decidingBody: 'commission' });
  if (!adm.ok) throw new Error(JSON.stringify(adm.error));
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});


async function tally(page: Page, kind: string, label: string) {
  return page.getByTestId(`tally-${kind}`).getByRole('row').filter({ hasText: label }).getByRole('cell').last().textContent();
}

describe('care and placement in the browser', () => {
  it('referral → assessment → admission → mother → discharge to the family, with the timeline and the dashboard following', async () => {
    const page = await e2e.openApp({ viewport: { width: 1366, height: 900 } });

    // The dashboard before: one emergency admission without an assessment; one new admission this quarter.
    await goTo(page, e2e, '/dashboard');
    await page.getByTestId('signal-emergency_assessment_overdue').waitFor();
    expect(await page.getByTestId('signal-emergency_assessment_overdue').getAttribute('data-count')).toBe('1');
    expect(await tally(page, 'admissions_by_type', C.enums.admissionType.new)).toBe('1');
    await e2e.shot(page, 'care-01-dashboard-before');

    // 1. Take a referral.
    await page.getByRole('navigation', { name: az.app.navigation }).getByText(C.referrals.nav).click();
    await page.getByTestId('referral-new').first().click();
    const d = dialog(page);
    await fieldStartingWith(d, C.fields.lastName).fill('Hüseynova');
    await fieldStartingWith(d, C.fields.firstName).fill('Nərmin');
    await fieldStartingWith(d, C.fields.patronymic).fill('Elşən qızı');
    await choose(page, C.fields.sex, az.residents.enums.sex.F);
    await fieldStartingWith(d, C.fields.dateOfBirth).fill('10.05.2016');
    await choose(page, C.fields.referrer, C.enums.referrer.commission);
    // a multi-select: its pills cover the input
    await page.getByRole('combobox', { name: new RegExp(`^${C.fields.reasons}`) }).click({ force: true });
    await page.getByRole('option', { name: C.enums.reason.poverty, exact: true }).click();
    await page.getByRole('option', { name: C.enums.reason.parent_illness, exact: true }).click();
    await page.keyboard.press('Escape');
    await choose(page, C.fields.riskLevel, C.enums.risk.medium);
    await fieldStartingWith(d, C.fields.familySituation).fill('Ana xəstədir, ata işsizdir.');
    await e2e.shot(page, 'care-02-referral-form');
    await save(page);
    await page.getByTestId('referral-name').getByText('Hüseynova Nərmin Elşən qızı').waitFor();
    await page.getByText(C.referrals.noAssessments).waitFor();
    await e2e.shot(page, 'care-03-referral-taken');

    // 2. A planned admission is refused before the assessment, at the field, in Azerbaijani.
    await page.getByTestId('referral-admit').click();
    await choose(page, C.fields.decidingBody, C.enums.decidingBody.commission);
    await dialog(page).getByRole('button', { name: C.actions.admit, exact: true }).click();
    await dialog(page).getByText(C.errors.assessmentRequired).first().waitFor();
    await e2e.shot(page, 'care-04-admission-refused-without-assessment');
    await dialog(page).getByRole('button', { name: az.common.cancel }).click();
    await dialog(page).waitFor({ state: 'detached' });

    // 3. Assess it.
    await page.getByTestId('referral-assess').click();
    await fieldStartingWith(dialog(page), C.fields.assessedBy).fill('Səbinə İsmayılova');
    await choose(page, C.fields.recommendation, C.enums.recommendation.admit_resident);
    // needs per well-being domain
    await fieldStartingWith(dialog(page), C.enums.domain.economic).fill('Ailənin gəliri yoxdur.');
    await fieldStartingWith(dialog(page), C.enums.domain.health).fill('Ananın müalicəsi lazımdır.');
    await save(page);
    await page.getByTestId('referral-assessments').getByText('Səbinə İsmayılova').waitFor();
    await page.getByTestId('referral-assessments').getByText(`${C.enums.domain.economic}: Ailənin gəliri yoxdur.`, { exact: false }).waitFor();
    expect(await page.getByTestId('assessment-need').count()).toBe(2);
    await e2e.shot(page, 'care-05-assessed');

    // 4. Admit: the child's Care tab opens with the timeline.
    await page.getByTestId('referral-admit').click();
    await choose(page, C.fields.decidingBody, C.enums.decidingBody.commission);
    await fieldStartingWith(dialog(page), C.fields.decisionNumber).fill('K-112');
    await fieldStartingWith(dialog(page), C.fields.groupName).fill('Günəş');
    await save(page, C.actions.admit);
    await page.getByTestId('care-status').getByText(C.enums.status.resident).waitFor();
    const timeline = page.getByTestId('care-timeline');
    expect(await timeline.getByTestId(/^timeline-/).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([
      'timeline-referral', 'timeline-assessment', 'timeline-admission',
    ]);
    await e2e.shot(page, 'care-06-admitted-timeline');

    // 5. The Family tab: the mother, with her parental rights intact.
    await page.getByRole('tab', { name: C.familyTab }).click();
    await page.getByTestId('relative-add').click();
    await choose(page, C.fields.relation, C.enums.relation.mother);
    await fieldStartingWith(dialog(page), C.fields.lastName).fill('Hüseynova');
    await fieldStartingWith(dialog(page), C.fields.firstName).fill('Gülnar');
    await choose(page, C.fields.parentalRights, C.enums.parentalRights.intact);
    await fieldStartingWith(dialog(page), C.fields.address).fill('Bakı, Nəsimi r., Təbriz küç. 12');
    await choose(page, C.fields.willingToCare, C.enums.yesNoUnknown.yes);
    await save(page);
    const mother = page.getByTestId('relative');
    await mother.getByText('Hüseynova Gülnar').waitFor();
    await mother.getByText(`${C.fields.parentalRights}: ${C.enums.parentalRights.intact}`).waitFor();
    await e2e.shot(page, 'care-07-family-mother');

    // 6. A family-reintegration plan with one goal, and its review.
    await page.getByRole('tab', { name: C.tab }).click();
    await page.getByTestId('care-action-plan').click();
    await fieldStartingWith(dialog(page), C.fields.responsible).fill('Səbinə İsmayılova');
    await fieldStartingWith(dialog(page), C.fields.goal).fill('Ana ilə həftəlik görüş');
    await fieldStartingWith(dialog(page), C.fields.target).fill('4 həftədə 4 görüş');
    await save(page);
    await timeline.getByTestId('timeline-plan').getByText(C.enums.planKind.reintegration, { exact: false }).waitFor();
    await page.getByTestId('plan-review').click();
    await fieldStartingWith(dialog(page), C.fields.participants).fill('Nərmin, anası, sosial işçi');
    await fieldStartingWith(dialog(page), C.fields.childView).fill('Evə qayıtmaq istəyir.');
    await fieldStartingWith(dialog(page), C.fields.decision).fill('Ailəyə qaytarılsın.');
    await save(page);
    await timeline.getByTestId('timeline-review').getByText('Ailəyə qaytarılsın.', { exact: false }).waitFor();
    await e2e.shot(page, 'care-08-plan-and-review');

    // 7. Discharge to the biological family.
    await page.getByTestId('care-action-exit').click();
    await choose(page, C.fields.destination, C.enums.destination.biological_family);
    await choose(page, C.fields.exitReason, C.enums.exitReason.family_ready);
    await choose(page, C.fields.decidingBody, C.enums.decidingBody.guardianship, { exactLabel: true });
    await fieldStartingWith(dialog(page), C.fields.decisionNumber).fill('Q-45');
    await fieldStartingWith(dialog(page), C.fields.decisionDate).fill('25.11.2026');
    await e2e.shot(page, 'care-09-discharge-form');
    await save(page, C.actions.exit);
    await page.getByTestId('care-status').getByText(C.enums.status.discharged).waitFor();
    await timeline.getByTestId('timeline-exit').getByText(C.enums.destination.biological_family, { exact: false }).waitFor();
    // 8. The first follow-up visit (due a month after the exit) is recorded.
    await timeline.getByTestId('visit-record').first().click();
    await choose(page, C.fields.placementStatus, C.enums.placementStatus.going_well);
    await choose(page, C.fields.visitOutcome, C.enums.followUpOutcome.stable);
    await save(page);
    await timeline.getByTestId('timeline-visit').getByText(C.enums.followUpOutcome.stable, { exact: false }).waitFor();
    expect(await timeline.getByTestId('visit-record').count()).toBe(3);
    await e2e.shot(page, 'care-10-discharged-visit');
    // The child's History tab has what care recorded, newest first: the visit, the exit, the relative, the admission.
    await page.getByRole('tab', { name: az.residents.page.tabs.history }).click();
    const history = page.getByTestId('resident-history');
    for (const label of [C.audit.followupVisit, C.audit.careExit, C.audit.relativeCreate, C.audit.careAdmission]) {
      await history.getByText(label, { exact: false }).first().waitFor();
    }
    await e2e.shot(page, 'care-10b-child-history');
    await page.getByRole('tab', { name: C.tab }).click();
    // filtered to exits only
    await choose(page, C.timeline.filter, C.enums.timeline.exit, { exactLabel: true });
    await expect.poll(() => timeline.getByTestId(/^timeline-/).count()).toBe(1);
    await e2e.shot(page, 'care-11-timeline-filtered');

    // 9. The dashboard after: two admissions, one exit into the biological family, the referral admitted.
    await goTo(page, e2e, '/dashboard');
    await page.getByTestId('tally-exits_by_destination').waitFor();
    // The dashboard seen at step 1 shows from the cache first and refreshes a moment later: wait for the new figures.
    await expect.poll(() => tally(page, 'admissions_by_type', C.enums.admissionType.new)).toBe('2');
    await expect.poll(() => tally(page, 'exits_by_destination', C.enums.destination.biological_family)).toBe('1');
    await expect.poll(() => tally(page, 'exits_by_destination', C.signals.toFamily)).toBe('1');
    await expect.poll(() => tally(page, 'referrals_by_outcome', C.enums.outcome.admitted_resident)).toBe('2');
    await expect.poll(() => page.getByTestId('signal-emergency_assessment_overdue').getAttribute('data-count')).toBe('1');
    await e2e.shot(page, 'care-12-dashboard-after');

    // Everything went through the core and its audit log.
    const kid = await dispatch(e2e.ctx, 'residents.search', { query: 'Hüseynova Nərmin', limit: 5, includeFormer: true });
    expect(kid.ok && kid.value.map((c) => c.status)).toEqual(['discharged']);
    expect(e2e.pageErrors).toEqual([]);
  }, 180_000);
});
