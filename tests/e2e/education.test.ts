import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { ARTIFACTS, seedChild, startE2E, type E2E } from './fixture';
import { choose, field, goTo } from './helpers';

// Individual education plans in the browser (issue 10): assess a child, write a plan with two
// goals, approve it, record a review marking one goal achieved, print the plan (A4 PDF through
// Chromium's print, as the browser prints the web harness's print page) and read the PDF back
// with poppler's pdftotext: the child's name with every Azerbaijani letter, and both goals.

let e2e: E2E;
let childId: string;

// ə ğ ı İ ö ş ü ç, all in one name.
const CHILD = { lastName: 'Ağakişiyeva', firstName: 'Gülçöhrə', patronymic: 'İsmayıl qızı' };
const FULL_NAME = `${CHILD.lastName} ${CHILD.firstName} ${CHILD.patronymic}`;
const GOAL_1 = { description: 'Səlis oxuma', baseline: 'Dəqiqədə 15 söz oxuyur', target: 'Dəqiqədə 40 söz oxuyur' };
const GOAL_2 = { description: 'Yoldaşları ilə birgə oyun', baseline: 'Tənəffüsdə tək qalır', target: 'Tənəffüsdə 3 uşaqla oynayır' };

beforeAll(async () => {
  e2e = await startE2E();
  const child = await seedChild(e2e.ctx, {
    ...CHILD, sex: 'F', dateOfBirth: '2015-04-12', admissionDate: '2021-09-01', legalStatus: 'orphan', groupName: 'Günəş',
    disability: true, disabilityDegree: 'II',
  });
  childId = child.id;
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

const E = az.education;

describe('individual education plans in the browser', () => {
  it('assesses a child, writes a plan with two goals, approves and reviews it, and prints it as an A4 PDF', async () => {
    const page = await e2e.openApp({ path: `/children/${childId}/education` });
    await page.getByTestId('education-plans').getByText(E.child.noPlans).waitFor();
    await e2e.shot(page, 'e2e-90-education-tab-empty');

    // 1. The functioning assessment.
    await page.getByRole('button', { name: E.child.addAssessment }).click();
    const assess = page.getByRole('dialog');
    await assess.getByText(E.dialogs.assessmentIntro).waitFor();
    const scores = { learning: E.score.aLot, communication: E.score.some, mobility: E.score.none, self_care: E.score.some, relationships: E.score.none, behaviour: E.score.some };
    for (const [domain, option] of Object.entries(scores)) await choose(page, E.domain[domain as keyof typeof E.domain], option, { exactLabel: true });
    await assess.getByLabel(E.barrier.transport).check();
    await e2e.shot(page, 'e2e-91-education-assessment');
    await assess.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('assessment').getByText(`${E.domain.learning}: ${E.score.aLot}`).waitFor();
    await page.getByTestId('assessment').getByText(E.barrier.transport).waitFor();

    // 1b. The assessment corrected: mobility was "some difficulty", not "none" (audited).
    await page.getByRole('button', { name: E.child.editAssessment }).click();
    const fix = page.getByRole('dialog');
    await expect.poll(() => fix.getByRole('combobox', { name: new RegExp(`^${E.domain.learning}`) }).inputValue()).toBe(E.score.aLot);
    await choose(page, E.domain.mobility, E.score.some, { exactLabel: true });
    await fix.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('assessment').getByText(`${E.domain.mobility}: ${E.score.some}`).waitFor();
    await e2e.shot(page, 'e2e-91b-education-assessment-corrected');

    // 2. A new plan (the director's name as the responsible teacher by default).
    await page.getByRole('button', { name: E.child.newPlan }).click();
    const planDialog = page.getByRole('dialog');
    await field(planDialog, E.fields.responsibleTeacher).fill('Əliyeva Gülər');
    await field(planDialog, E.fields.strengths).fill('Rəsm çəkməyi və musiqini sevir');
    await field(planDialog, E.fields.accommodations).fill('Ön partada oturur\nTapşırıqlar iri şriftlə verilir');
    await planDialog.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('plan-heading').getByText(CHILD.firstName, { exact: false }).waitFor();
    await page.getByTestId('plan-status').getByText(E.planStatus.draft).waitFor();

    // 3. Two goals.
    for (const [i, g] of [GOAL_1, GOAL_2].entries()) {
      await page.getByRole('button', { name: E.plan.addGoal }).click();
      const d = page.getByRole('dialog');
      if (i === 1) await choose(page, E.fields.goalDomain, E.goalDomain.social_emotional, { exactLabel: true });
      await field(d, E.fields.goalDescription).fill(g.description);
      await field(d, E.fields.baseline).fill(g.baseline);
      await field(d, E.fields.target).fill(g.target);
      await d.getByRole('button', { name: az.common.save }).click();
      await page.getByTestId('goal-row').getByText(g.description, { exact: true }).waitFor();
    }
    await expect.poll(() => page.getByTestId('goal-row').count()).toBe(2);
    await e2e.shot(page, 'e2e-92-education-plan-two-goals');

    // 4. A target date before the plan starts is refused at the field, nothing saved.
    await page.getByRole('button', { name: E.plan.addGoal }).click();
    const bad = page.getByRole('dialog');
    await field(bad, E.fields.goalDescription).fill('Erkən məqsəd');
    await field(bad, E.fields.target).fill('Bir şey');
    await field(bad, E.fields.targetDate).fill('01.09.2026');
    await field(bad, E.fields.targetDate).blur();
    await bad.getByRole('button', { name: az.common.save }).click();
    await bad.getByText(E.errors.targetBeforeStart).waitFor();
    await bad.getByRole('button', { name: az.common.cancel }).click();
    await expect.poll(() => page.getByTestId('goal-row').count()).toBe(2);

    // 5. The director approves it, with the first review's date.
    await page.getByRole('button', { name: E.plan.approve }).click();
    const approve = page.getByRole('dialog');
    await field(approve, E.fields.nextReviewDate).fill('10.12.2026');
    await e2e.shot(page, 'e2e-93-education-approve');
    await approve.getByRole('button', { name: E.plan.approve }).click();
    await page.getByTestId('plan-status').getByText(E.planStatus.active).waitFor();
    await page.getByText(E.plan.reviewDue, { exact: true }).first().waitFor();

    // 6. The review: the first goal achieved, the second under way, two checklist answers.
    await page.getByRole('button', { name: E.plan.addReview }).click();
    const review = page.getByRole('dialog');
    await choose(page, `${E.fields.goalStatus}: ${GOAL_1.description}`, E.goalStatus.achieved, { exactLabel: true });
    await choose(page, `${E.fields.goalStatus}: ${GOAL_2.description}`, E.goalStatus.in_progress, { exactLabel: true });
    await review.getByLabel(`${E.fields.progressNote}: ${GOAL_1.description}`).fill('Dəqiqədə 42 söz');
    await review.getByRole('radiogroup', { name: E.checklist.schoolAccessible }).getByText(E.answer.yes).click();
    await review.getByRole('radiogroup', { name: E.checklist.noStigma }).getByText(E.answer.no).click();
    await field(review, E.fields.nextReviewDate).fill('15.03.2027');
    await e2e.shot(page, 'e2e-94-education-review');
    await review.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('plan-reviews').getByText('Dəqiqədə 42 söz', { exact: false }).waitFor();
    const goalStatuses = await page.getByTestId('goal-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[5]?.textContent));
    expect(goalStatuses).toEqual([E.goalStatus.achieved, E.goalStatus.in_progress]);
    await e2e.shot(page, 'e2e-95-education-reviewed');

    // What the core holds: one active plan, the goal achieved, every step audited on the child.
    const db = e2e.conn.sqlite;
    expect(db.prepare('SELECT status, next_review_date FROM education_plans').all()).toEqual([{ status: 'active', next_review_date: '2027-03-15' }]);
    expect(db.prepare('SELECT status FROM education_goals ORDER BY position').pluck().all()).toEqual(['achieved', 'in_progress']);
    expect(db.prepare("SELECT action FROM audit_log WHERE entity = 'resident' AND entity_id = ? AND action LIKE 'education.%' ORDER BY seq").pluck().all(childId)).toEqual([
      'education.assessmentAdd', 'education.assessmentUpdate', 'education.planCreate', 'education.goalCreate', 'education.goalCreate', 'education.planApprove', 'education.reviewAdd',
    ]);

    // 7. The printed plan, in Azerbaijani: the print page, then Chromium's PDF of it.
    const planId = db.prepare('SELECT id FROM education_plans').pluck().get() as string;
    await page.getByRole('button', { name: E.plan.print }).click();
    await page.getByRole('menuitem', { name: 'Azərbaycanca' }).click();
    await page.getByTestId('printed-name').getByText(FULL_NAME).waitFor();
    await e2e.shot(page, 'e2e-96-education-print-page');
    const pdf = join(ARTIFACTS, 'e2e-97-education-plan.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(FULL_NAME);
    for (const letter of ['ə', 'ğ', 'ı', 'İ', 'ö', 'ş', 'ü', 'ç']) expect(FULL_NAME).toContain(letter);
    // A table cell wraps its words over lines: compare with the spaces folded.
    const flat = text.replace(/\s+/g, ' ');
    for (const g of [GOAL_1, GOAL_2]) {
      expect(flat).toContain(g.description);
      expect(flat).toContain(g.target);
    }
    expect(text).toContain(E.print.title);
    expect(text).toContain(E.print.signatures);
    // The shell is not printed: no navigation, no print button.
    expect(text).not.toContain(az.residents.nav);
    expect(text).not.toContain(E.print.back);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'e2e-97-education-plan')]);

    // The same plan in Russian, opened as the headless print opens it: one address holding the
    // token and the route (a fresh tab, nothing in its storage); the page marks itself ready.
    const ruPage = await e2e.browser.newPage();
    await ruPage.goto(e2e.harness.urlFor(`/print/education-plan/${planId}/ru`));
    await ruPage.locator('[data-print-ready]').waitFor({ state: 'attached' });
    expect(ruPage.url()).toMatch(new RegExp(`#/print/education-plan/${planId}/ru$`));
    await ruPage.getByText('ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ ПЛАН').waitFor();
    // The browser has no "save as PDF" of the app: the page prints itself.
    expect(await ruPage.getByTestId('save-pdf').count()).toBe(0);
    const ruPdfPage = ruPage;
    const ru = join(ARTIFACTS, 'e2e-98-education-plan-ru.pdf');
    await ruPdfPage.emulateMedia({ media: 'print' });
    await ruPdfPage.pdf({ path: ru, format: 'A4', preferCSSPageSize: true });
    await ruPage.close();
    const ruText = execFileSync('pdftotext', ['-enc', 'UTF-8', ru, '-'], { encoding: 'utf8' });
    expect(ruText).toContain('ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ ПЛАН');
    expect(ruText).toContain(FULL_NAME);
    expect(ruText).toContain('Достигнута');
    expect(e2e.pageErrors).toEqual([]);
  }, 120_000);

  it('lists the plan under Education with its filters, and the dashboard counts the child not in inclusive schooling', async () => {
    const page = await e2e.openApp({ path: '/education' });
    await page.getByTestId('plans-table').getByText(FULL_NAME).waitFor();
    await e2e.shot(page, 'e2e-99-education-plans-list');
    // The next review (15.03.2027) is more than 30 days away: not due.
    await page.getByTestId('plans-review-due').click();
    await page.getByText(E.list.empty).waitFor();
    await page.getByRole('button', { name: E.list.reset }).click();
    await choose(page, E.fields.status, E.planStatus.active, { exactLabel: true });
    await page.getByTestId('plans-table').getByText(FULL_NAME).waitFor();

    // Of school age (11), with a disability, and no schooling recorded this year.
    await goTo(page, e2e, '/dashboard');
    await page.getByText(E.signals.notInclusive).waitFor();
    await e2e.shot(page, 'e2e-99b-education-dashboard');
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
  it('records this year’s schooling: "none" without a reason is refused at the field; an inclusive school with days missed is kept', async () => {
    const page = await e2e.openApp({ path: `/children/${childId}/education` });
    await page.getByRole('button', { name: E.child.addSchooling }).click();
    const d = page.getByRole('dialog');
    await choose(page, E.fields.schoolType, E.schoolType.none, { exactLabel: true });
    await d.getByRole('button', { name: az.common.save }).click();
    await d.getByText(E.errors.noneReasonRequired).waitFor();
    await e2e.shot(page, 'e2e-99c-education-schooling-none-refused');
    expect(e2e.conn.sqlite.prepare('SELECT count(*) FROM schooling').pluck().get()).toBe(0);

    await choose(page, E.fields.schoolType, E.schoolType.mainstream, { exactLabel: true });
    await field(d, E.fields.schoolName).fill('Bakı şəhəri 45 nömrəli tam orta məktəb');
    await field(d, E.fields.grade).fill('5B');
    await d.getByLabel(E.fields.inclusive).check();
    await d.getByRole('button', { name: E.child.addAbsence }).click();
    await d.getByLabel(E.fields.month, { exact: true }).fill('2026-10');
    await d.getByLabel(`${E.fields.daysMissed}: 2026-10`).fill('3');
    await d.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('education-schooling').getByText('Bakı şəhəri 45 nömrəli tam orta məktəb').waitFor();
    await page.getByTestId('education-schooling').getByText(E.child.inclusiveBadge, { exact: true }).waitFor();
    await e2e.shot(page, 'e2e-99d-education-schooling');
    // October was typed (3); November comes from the roll call: Tuesday 24 in hospital,
    // Wednesday 25 missing → 2 days missed this month, from the roll call.
    for (const [date, status] of [['2026-11-24', 'hospital'], ['2026-11-25', 'missing']] as const) {
      const r = await dispatch(e2e.ctx, 'daily.saveRollCall', { date, group: 'Günəş', marks: [{ residentId: childId, status }] });
      expect(r.ok).toBe(true);
    }
    await page.reload();
    const missed = page.getByTestId('schooling-absences');
    await missed.getByTestId('days-missed-this-month').getByText(`${E.child.thisMonth.replace('{{count}}', '2')} (${E.child.fromRollCall})`).waitFor();
    await missed.getByText(`10.2026: 3 · ${E.child.typedSource}`).waitFor();
    await missed.getByText(`11.2026: 2 · ${E.child.fromRollCall}`).waitFor();
    await e2e.shot(page, 'e2e-99e-education-days-missed');

    // A support added, then corrected from the tab (audited as a change of that support).
    await page.getByRole('button', { name: E.child.addSupport }).click();
    const sd = page.getByRole('dialog');
    await choose(page, E.fields.kind, E.supportKind.referral, { exactLabel: true });
    await field(sd, E.fields.description).fill('Psixoloji-tibbi-pedaqoji komissiya');
    await field(sd, E.fields.provider).fill('Rayon komissiyası');
    await sd.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('support-row').getByText('Rayon komissiyası', { exact: false }).waitFor();
    await page.getByRole('button', { name: E.child.editSupport }).click();
    const se = page.getByRole('dialog');
    await expect.poll(() => field(se, E.fields.provider).inputValue()).toBe('Rayon komissiyası');
    await field(se, E.fields.provider).fill('Bakı şəhər komissiyası');
    await se.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('support-row').getByText('Bakı şəhər komissiyası', { exact: false }).waitFor();
    await e2e.shot(page, 'e2e-99f-education-support-edited');
    const last = e2e.conn.sqlite.prepare("SELECT action, before, after FROM audit_log WHERE action LIKE 'education.support%' ORDER BY seq").all() as Array<{ action: string; before: string | null; after: string }>;
    expect(last.map((l) => l.action)).toEqual(['education.supportCreate', 'education.supportUpdate']);
    expect(JSON.parse(last[1]!.after)).toMatchObject({ provider: 'Bakı şəhər komissiyası' });
    expect(e2e.conn.sqlite.prepare('SELECT provider, version FROM special_needs_supports').all()).toEqual([{ provider: 'Bakı şəhər komissiyası', version: 2 }]);
    expect(e2e.conn.sqlite.prepare('SELECT s.school_type, s.inclusive, s.outside_institution, a.month, a.days_missed FROM schooling s JOIN schooling_absences a ON a.schooling_id = s.id').all()).toEqual([
      { school_type: 'mainstream', inclusive: 1, outside_institution: 1, month: '2026-10', days_missed: 3 },
    ]);
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
});
