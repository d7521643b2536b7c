import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { seedChild, startE2E, type E2E } from './fixture';
import { choose, fieldStartingWith, goTo } from './helpers';
import { C, dialog, save } from './care-helpers';

// Issue 9's remaining screens in Chromium, in Azerbaijani: a plan with several goals (added,
// edited, removed) and a review with progress on each goal; the transition plan's readiness
// checklist; a leave corrected and then voided from the timeline; an exit asking for the
// director's approval, pending on the dashboard until the director approves it.

let e2e: E2E;
let childId: string;
let leaveId: string;

beforeAll(async () => {
  e2e = await startE2E();
  const c = await seedChild(e2e.ctx, {
    lastName: 'Quliyev', firstName: 'Samir', patronymic: 'Rauf oğlu', sex: 'M', dateOfBirth: '2009-04-12', admissionDate: '2025-02-10', groupName: 'Günəş',
    legalStatus: 'parents_deprived',
  });
  childId = c.id;
  const leave = await dispatch(e2e.ctx, 'care.leave', { residentId: childId, startedOn: '2026-11-20', leaveReason: 'holiday', expectedReturnOn: '2026-11-23' });
  if (!leave.ok) throw new Error(JSON.stringify(leave.error));
  leaveId = leave.value.id;
  const back = await dispatch(e2e.ctx, 'care.return', { episodeId: leaveId, endedOn: '2026-11-23' });
  if (!back.ok) throw new Error(JSON.stringify(back.error));
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});


describe('care plans, corrections and approvals in the browser', () => {
  it('goals, a review per goal, readiness, a corrected and a voided leave, an exit approved by the director', async () => {
    const page = await e2e.openApp({ viewport: { width: 1366, height: 1000 }, path: `/children/${childId}/care` });
    const timeline = page.getByTestId('care-timeline');
    await timeline.getByTestId('timeline-leave').waitFor();

    // 1. A transition plan (the child is 17) with a first goal, then two more; one edited, one removed.
    await page.getByTestId('care-action-plan').click();
    await choose(page, C.fields.kind, C.enums.planKind.transition);
    await fieldStartingWith(dialog(page), C.fields.responsible).fill('Səbinə İsmayılova');
    await fieldStartingWith(dialog(page), C.fields.goal).fill('Şəxsiyyət vəsiqəsi almaq');
    await save(page);
    const plan = timeline.getByTestId('timeline-plan');
    await plan.getByText('Şəxsiyyət vəsiqəsi almaq', { exact: false }).waitFor();
    for (const [domain, goal, target] of [[C.enums.domain.economic, 'İş tapmaq', 'Yay aylarında'], [C.enums.domain.health, 'Səhvən yazılmış məqsəd', '']] as const) {
      await plan.getByTestId('goal-add').click();
      await choose(page, C.fields.domain, domain);
      await fieldStartingWith(dialog(page), C.fields.goal).fill(goal);
      if (target) await fieldStartingWith(dialog(page), C.fields.target).fill(target);
      await save(page);
      await plan.getByText(goal, { exact: false }).waitFor();
    }
    await e2e.shot(page, 'care-plans-01-three-goals');
    const work = plan.getByTestId('plan-goal').filter({ hasText: 'İş tapmaq' });
    await work.getByTestId('goal-edit').click();
    await fieldStartingWith(dialog(page), C.fields.target).fill('İyuna qədər peşə kursu və iş');
    await e2e.shot(page, 'care-plans-02-goal-edit');
    await save(page);
    await plan.getByText('İyuna qədər peşə kursu və iş', { exact: false }).waitFor();
    await plan.getByTestId('plan-goal').filter({ hasText: 'Səhvən yazılmış məqsəd' }).getByTestId('goal-drop').click();
    await plan.getByText(C.timeline.dropped, { exact: false }).waitFor();
    expect(await plan.getByTestId('goal-drop').count()).toBe(2);

    // 2. The readiness checklist: documents and a contact after leaving.
    await plan.getByTestId('plan-readiness-edit').click();
    await dialog(page).getByLabel(C.enums.readiness.documents).check();
    await dialog(page).getByLabel(C.enums.readiness.contact).check();
    await e2e.shot(page, 'care-plans-03-readiness');
    await save(page);
    await plan.getByTestId('plan-readiness').getByText('2/5', { exact: false }).waitFor();

    // 3. A review with progress on each open goal (the removed one is not asked for).
    await plan.getByTestId('plan-review').click();
    await fieldStartingWith(dialog(page), 'Şəxsiyyət vəsiqəsi almaq').fill('Sənədlər ASAN xidmətə verilib');
    await fieldStartingWith(dialog(page), 'İş tapmaq').fill('Kursa yazılıb');
    expect(await dialog(page).getByLabel('Səhvən yazılmış məqsəd').count()).toBe(0);
    await fieldStartingWith(dialog(page), C.fields.decision).fill('Plan davam edir.');
    await e2e.shot(page, 'care-plans-04-review-per-goal');
    await save(page);
    const review = timeline.getByTestId('timeline-review');
    await review.getByText('Kursa yazılıb', { exact: false }).waitFor();
    expect(await review.getByTestId('review-progress').count()).toBe(2);
    await e2e.shot(page, 'care-plans-05-reviewed');

    // 4. The leave corrected (the reason is required), then voided.
    const leave = timeline.getByTestId('timeline-leave');
    await leave.getByTestId('episode-correct').click();
    await fieldStartingWith(dialog(page), C.fields.startedOn).fill('21.11.2026');
    await dialog(page).getByRole('button', { name: az.common.save, exact: true }).click();
    await dialog(page).getByText(az.validation.required).first().waitFor();
    await fieldStartingWith(dialog(page), C.fields.reason).fill('Jurnalda 21 noyabr yazılıb');
    await e2e.shot(page, 'care-plans-06-leave-correct');
    await save(page);
    await expect.poll(async () => (await leave.textContent()) ?? '').toContain('21.11.2026');
    await leave.getByTestId('episode-void').click();
    await fieldStartingWith(dialog(page), C.fields.reason).fill('Uşaq getməyib');
    await save(page, C.actions.void);
    await expect.poll(() => timeline.getByTestId('timeline-leave').count()).toBe(0);
    await e2e.shot(page, 'care-plans-07-leave-voided');
    const history = await dispatch(e2e.ctx, 'audit.list', { entity: 'care_episode', entityId: leaveId });
    expect(history.ok && history.value.rows.map((h) => h.action)).toEqual(['care.episodeVoid', 'care.episodeUpdate', 'care.return', 'care.leave']);

    // 5. An exit that asks for the director's approval: pending on the dashboard, then approved.
    await page.getByTestId('care-action-exit').click();
    await choose(page, C.fields.destination, C.enums.destination.kinship);
    await choose(page, C.fields.exitReason, C.enums.exitReason.family_ready);
    await choose(page, C.fields.decidingBody, C.enums.decidingBody.guardianship, { exactLabel: true });
    await fieldStartingWith(dialog(page), C.fields.decisionNumber).fill('Q-77');
    await fieldStartingWith(dialog(page), C.fields.decisionDate).fill('25.11.2026');
    await dialog(page).getByLabel(C.fields.requestApproval).check();
    await save(page, C.actions.exit);
    const exit = timeline.getByTestId('timeline-exit');
    await exit.getByTestId('exit-approval').getByText(C.enums.approval.requested).waitFor();
    await e2e.shot(page, 'care-plans-08-exit-pending');
    await goTo(page, e2e, '/dashboard');
    await page.getByTestId('signal-approval_pending').waitFor();
    expect(await page.getByTestId('signal-approval_pending').getAttribute('data-count')).toBe('1');
    await e2e.shot(page, 'care-plans-09-dashboard-pending');
    await goTo(page, e2e, `/children/${childId}/care`);
    await timeline.getByTestId('exit-approve').click();
    await timeline.getByTestId('exit-approval').getByText(C.enums.approval.approved).waitFor();
    await e2e.shot(page, 'care-plans-10-exit-approved');
    await goTo(page, e2e, '/dashboard');
    await expect.poll(() => page.getByTestId('signal-approval_pending').getAttribute('data-count').catch(() => '0')).toBe('0');
    // The audit log reads each care action in words.
    await goTo(page, e2e, '/audit');
    await page.getByText(C.audit.careEpisodeVoid).first().waitFor();
    await page.getByText(C.audit.planGoalUpdate).first().waitFor();
    await page.getByText(C.audit.approvalApproved).first().waitFor();
    await e2e.shot(page, 'care-plans-11-audit-labels');
    expect(e2e.pageErrors).toEqual([]);
  }, 240_000);
});
