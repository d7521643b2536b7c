import { Button, Group, SegmentedControl } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '@core/education/schema';
import { GOAL_DOMAIN_LABEL, GOAL_STATUS_LABEL, PLAN_STATUS_LABEL, SCHOOL_TYPE_LABEL } from '@core/education/i18n/labels';
import { LOCALES, type Locale } from '@core/i18n';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate } from '../app/router';
import { formatDate, fullName } from '../format';
import { isLocale } from '../i18n';
import { institutionQueries } from '../settings/queries';
import { RecordLoading } from '../ui/RecordPage';
import { supportFrequency, supportWhat } from './display';
import { educationPaths } from './paths';
import { educationQueries } from './queries';
import { educationPlanFileName } from '@core/education/print';
import { SavePdfButton, usePrintReady } from '../print/printPage';
import classes from './PrintPlanPage.module.css';

// The printed plan (A4) in the chosen language: the child's identity, school, strengths and needs,
// accommodations, goals, supports and the signature lines of the review meeting. The same page is
// printed by the browser in the web harness (and by the e2e test's page.pdf()); only the sheet is
// printed, the shell and the toolbar are hidden by the print stylesheet. Once the plan, the
// institution and the fonts have loaded the page carries `data-print-ready`, which the headless
// print (CLI) and the app's print window wait for (core/print/schema.ts).

const LANGUAGE_NAME: Record<Locale, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

export function PrintPlanPage({ id, lang }: { id: string; lang: string }) {
  const { t } = useTranslation();
  const locale: Locale = isLocale(lang) ? lang : 'az';
  const { data: plan, error } = useQuery(educationQueries.plan(id));
  const institutionQuery = useQuery(institutionQueries.detail());
  const institution = institutionQuery.data;
  const { info } = useAppInfo();
  const ready = usePrintReady(!!plan && !institutionQuery.isPending);
  if (!plan) return <RecordLoading error={error} title={t('education.plan.loadFailed')} />;
  return (
    <div data-print-page {...ready}>
      <Group className={classes.toolbar} justify="space-between" data-print-hide>
        <Button variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={() => navigate(educationPaths.plan(plan.id))}>
          {t('education.print.back')}
        </Button>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('education.print.language')}
            value={locale}
            onChange={(l) => navigate(educationPaths.print(plan.id, l as Locale), { replace: true })}
            data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAME[l] }))}
          />
          <SavePdfButton path={educationPaths.print(plan.id, locale)} fileName={educationPlanFileName(plan, i18next.getFixedT(locale)('education.print.fileTitle'), locale)} />
          <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()} data-testid="print-now">
            {t('education.print.printNow')}
          </Button>
        </Group>
      </Group>
      <PrintedPlan plan={plan} locale={locale} today={info.today} institution={institution ? (locale === 'az' || !institution.nameEn ? institution.nameAz : institution.nameEn) : ''} />
    </div>
  );
}

/** The sheet itself, in `locale` whatever the screen's language. */
export function PrintedPlan({ plan, locale, institution, today }: { plan: PlanDto; locale: Locale; institution: string; today: string }) {
  const t = i18next.getFixedT(locale);
  const tk = (key: string, params?: Record<string, string | number>) => (t as unknown as (k: string, p?: object) => string)(key, params);
  const date = (d: string | null) => formatDate(d, locale);
  const id = plan.identity;
  const school = plan.schooling
    ? [t(SCHOOL_TYPE_LABEL[plan.schooling.schoolType]), plan.schooling.schoolName, plan.schooling.grade].filter(Boolean).join(', ')
    : '';
  const signers = [t('education.print.director'), t('education.print.teacher'), t('education.print.guardian'), t('education.print.specialist')];
  return (
    <article className={classes.sheet} lang={locale} data-testid="printed-plan">
      {institution && <div className={classes.institution}>{institution}</div>}
      <div className={classes.title}>{t('education.print.title')}</div>
      <div className={classes.subtitle}>
        {t('education.fields.academicYear')}: {plan.academicYear} · {t('education.print.status', { status: t(PLAN_STATUS_LABEL[plan.status]) })}
      </div>

      <table className={classes.identity}>
        <tbody>
          <tr><th>{t('education.print.child')}</th><td data-testid="printed-name">{fullName(id)}</td></tr>
          <tr><th>{t('education.print.dateOfBirth')}</th><td>{date(id.dateOfBirth)}</td></tr>
          {id.fin && <tr><th>{t('education.print.fin')}</th><td>{id.fin}</td></tr>}
          {id.groupName && <tr><th>{t('education.print.group')}</th><td>{id.groupName}</td></tr>}
          <tr><th>{t('education.print.school')}</th><td>{school}</td></tr>
          <tr><th>{t('education.print.period')}</th><td>{date(plan.startDate)} – {date(plan.endDate)}</td></tr>
          <tr><th>{t('education.fields.responsibleTeacher')}</th><td>{plan.responsibleTeacher}</td></tr>
          {plan.team && <tr><th>{t('education.fields.team')}</th><td>{plan.team}</td></tr>}
        </tbody>
      </table>

      {plan.strengths && (<><div className={classes.h2}>{t('education.fields.strengths')}</div><p className={classes.text}>{plan.strengths}</p></>)}
      {plan.needs && (<><div className={classes.h2}>{t('education.fields.needs')}</div><p className={classes.text}>{plan.needs}</p></>)}
      {plan.accommodations && (<><div className={classes.h2}>{t('education.fields.accommodations')}</div><p className={classes.text}>{plan.accommodations}</p></>)}

      <div className={classes.h2}>{t('education.print.goalsHeading')}</div>
      <table className={classes.grid}>
        <thead>
          <tr>
            <th style={{ width: '4%' }}>{t('education.print.number')}</th>
            <th style={{ width: '14%' }}>{t('education.fields.goalDomain')}</th>
            <th style={{ width: '18%' }}>{t('education.fields.goalDescription')}</th>
            <th style={{ width: '17%' }}>{t('education.fields.baseline')}</th>
            <th style={{ width: '17%' }}>{t('education.fields.target')}</th>
            <th style={{ width: '13%' }}>{t('education.fields.targetDate')}</th>
            <th style={{ width: '17%' }}>{t('education.fields.goalStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.goals.map((g, i) => (
            <tr key={g.id}>
              <td>{i + 1}</td>
              <td>{t(GOAL_DOMAIN_LABEL[g.domain])}</td>
              <td>{g.description}</td>
              <td>{g.baseline}</td>
              <td>{g.target}</td>
              <td>{date(g.targetDate)}</td>
              <td>{t(GOAL_STATUS_LABEL[g.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {plan.supports.length > 0 && (
        <>
          <div className={classes.h2}>{t('education.print.supportsHeading')}</div>
          <table className={classes.grid}>
            <thead>
              <tr>
                <th>{t('education.fields.service')}</th>
                <th>{t('education.fields.provider')}</th>
                <th>{t('education.fields.frequency')}</th>
                <th>{t('education.print.period')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.supports.map((s) => (
                <tr key={s.id}>
                  <td>{supportWhat(s, tk)}</td>
                  <td>{s.provider}</td>
                  <td>{supportFrequency(s, tk)}</td>
                  <td>{date(s.startDate)}{s.endDate ? ` – ${date(s.endDate)}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <div className={classes.signatures}>
        <div className={classes.h2}>{t('education.print.signatures')}</div>
        <table className={classes.grid}>
          <thead>
            <tr>
              <th style={{ width: '28%' }} />
              <th>{t('education.print.signatureName')}</th>
              <th style={{ width: '22%' }}>{t('education.print.signature')}</th>
              <th style={{ width: '18%' }}>{t('education.print.date')}</th>
            </tr>
          </thead>
          <tbody>
            {signers.map((s) => (
              <tr key={s} className={classes.line}>
                <td>{s}</td>
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={classes.footer}>{t('education.print.printedOn', { date: date(today) })}</div>
    </article>
  );
}
