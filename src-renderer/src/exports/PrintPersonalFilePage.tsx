import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  ADMISSION_TYPE_LABEL, DECIDING_BODY_LABEL, DESTINATION_LABEL, EXIT_REASON_LABEL, LEAVE_REASON_LABEL, PARENTAL_RIGHTS_LABEL,
  PLAN_KIND_LABEL, PLAN_STATUS_LABEL as CARE_PLAN_STATUS_LABEL, RELATION_LABEL, TIMELINE_KIND_LABEL,
} from '@core/care/i18n/labels';
import { PLAN_STATUS_LABEL as EDUCATION_PLAN_STATUS_LABEL, SCHOOL_TYPE_LABEL } from '@core/education/i18n/labels';
import type { PersonalFileDto } from '@core/exports/schema';
import { decisionText, labelOf } from '@core/exports/present';
import type { Locale } from '@core/i18n';
import { LEGAL_STATUS_LABEL, SEX_LABEL } from '@core/residents/i18n/labels';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate } from '../app/router';
import { formatDate, fullName } from '../format';
import { isLocale } from '../i18n';
import { institutionQueries } from '../settings/queries';
import { RecordLoading } from '../ui/RecordPage';
import { exportsPaths } from './paths';
import { exportsQueries } from './queries';
import { PrintToolbar } from './PrintToolbar';
import { usePrintReady } from '../print/printPage';
import { pdfFileName } from '@core/print/schema';
import sheet from '../education/PrintPlanPage.module.css';
import classes from './Print.module.css';

// A child's personal file printed (A4) for the case file, in the chosen language. What a role may
// not see never reaches the page: the core call (exports.personalFile) leaves it out.

export function PrintPersonalFilePage({ id, lang }: { id: string; lang: string }) {
  const { t } = useTranslation();
  const locale: Locale = isLocale(lang) ? lang : 'az';
  const { data, error } = useQuery(exportsQueries.personalFile(id));
  const institutionQuery = useQuery(institutionQueries.detail());
  const institution = institutionQuery.data;
  const { info } = useAppInfo();
  const ready = usePrintReady(!!data && institutionQuery.isFetched);
  if (!data) return <RecordLoading error={error} title={t('exports.personalFile.loadFailed')} />;
  return (
    <div data-print-page {...ready}>
      <PrintToolbar className={sheet.toolbar!} locale={locale} onBack={() => history.back()} onLocale={(l) => navigate(exportsPaths.personalFile(id, l), { replace: true })}
        pdf={{ path: exportsPaths.personalFile(id, locale), fileName: pdfFileName([i18next.getFixedT(locale)('exports.personalFile.title'), data.identity.lastName, data.identity.firstName, locale]) }} />
      <PrintedPersonalFile file={data} locale={locale} today={info.today} institution={institution ? (locale === 'az' || !institution.nameEn ? institution.nameAz : institution.nameEn) : ''} />
    </div>
  );
}

export function PrintedPersonalFile({ file, locale, institution, today }: { file: PersonalFileDto; locale: Locale; institution: string; today: string }) {
  const t = i18next.getFixedT(locale);
  const tk = t as unknown as (k: string) => string;
  const date = (d: string | null | undefined) => formatDate(d ?? null, locale);
  const c = file.identity;
  const row = (label: string, value: string | null | undefined) => (value ? <tr><th>{label}</th><td>{value}</td></tr> : null);
  return (
    <article className={sheet.sheet} lang={locale} data-testid="printed-personal-file">
      {institution && <div className={sheet.institution}>{institution}</div>}
      <div className={sheet.title}>{t('exports.personalFile.title')}</div>
      <div className={sheet.subtitle} data-testid="printed-name">{fullName(c)}</div>

      <div className={sheet.h2}>{t('exports.personalFile.identity')}</div>
      <table className={sheet.identity}>
        <tbody>
          {row(t('exports.personalFile.name'), fullName(c))}
          {row(t('exports.personalFile.fin'), c.fin)}
          {row(t('exports.personalFile.birthCertificate'), c.birthCertificate)}
          {row(t('exports.personalFile.dateOfBirth'), date(c.dateOfBirth))}
          {row(t('exports.personalFile.placeOfBirth'), c.placeOfBirth)}
          {row(t('exports.personalFile.sex'), t(SEX_LABEL[c.sex]))}
          {row(t('exports.personalFile.citizenship'), c.citizenship)}
          {row(t('exports.personalFile.legalStatus'), t(LEGAL_STATUS_LABEL[c.legalStatus]))}
          {row(t('exports.personalFile.group'), [c.groupName, c.room].filter(Boolean).join(', '))}
          {row(t('exports.personalFile.admission'), [date(c.admissionDate), decisionText(c.admissionDecisionNumber, c.admissionDecisionDate), c.admissionAuthority].filter(Boolean).join('; '))}
          {c.disability && row(t('exports.personalFile.disability'), [c.disabilityDegree, c.disabilityDiagnosis].filter(Boolean).join(' — ') || t('common.yes'))}
        </tbody>
      </table>

      <div className={sheet.h2}>{t('exports.personalFile.family')}</div>
      {file.relatives.length === 0 ? <p className={sheet.text}>{t('exports.personalFile.noRelatives')}</p> : (
        <table className={sheet.grid}>
          <thead>
            <tr>
              <th style={{ width: '15%' }}>{t('exports.personalFile.relation')}</th>
              <th style={{ width: '27%' }}>{t('exports.personalFile.name')}</th>
              <th style={{ width: '15%' }}>{t('exports.personalFile.parentalRights')}</th>
              <th style={{ width: '28%' }}>{t('exports.personalFile.address')}</th>
              <th style={{ width: '15%' }}>{t('exports.personalFile.phone')}</th>
            </tr>
          </thead>
          <tbody>
            {file.relatives.map((r) => (
              <tr key={r.id} data-testid="printed-relative">
                <td>{t(RELATION_LABEL[r.relation])}</td>
                <td>{fullName(r)}{r.dateOfBirth ? `, ${date(r.dateOfBirth)}` : ''}</td>
                <td>{r.parentalRights ? t(PARENTAL_RIGHTS_LABEL[r.parentalRights]) : ''}</td>
                <td>{r.address ?? (r.addressRestricted ? t('exports.personalFile.restricted') : '')}</td>
                <td>{r.phone ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className={sheet.h2}>{t('exports.personalFile.episodes')}</div>
      {file.episodes.length === 0 ? <p className={sheet.text}>{t('exports.personalFile.noEpisodes')}</p> : (
        <table className={sheet.grid}>
          <thead>
            <tr>
              <th style={{ width: '16%' }}>{t('exports.personalFile.date')}</th>
              <th style={{ width: '18%' }}>{t('exports.personalFile.episodeKind')}</th>
              <th style={{ width: '36%' }}>{t('exports.personalFile.destination')}</th>
              <th style={{ width: '30%' }}>{t('exports.personalFile.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {file.episodes.map((e) => (
              <tr key={e.id}>
                <td>{date(e.startedOn)}{e.endedOn ? ` – ${date(e.endedOn)}` : ''}</td>
                <td>{t(TIMELINE_KIND_LABEL[e.kind])}</td>
                <td>{[labelOf(ADMISSION_TYPE_LABEL, e.admissionType, tk), labelOf(DESTINATION_LABEL, e.destination, tk), labelOf(EXIT_REASON_LABEL, e.exitReason, tk), labelOf(LEAVE_REASON_LABEL, e.leaveReason, tk)].filter(Boolean).join('; ')}</td>
                <td>{[labelOf(DECIDING_BODY_LABEL, e.decidingBody, tk), decisionText(e.decisionNumber, e.decisionDate)].filter(Boolean).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {file.casePlans.length > 0 && (
        <>
          <div className={sheet.h2}>{t('exports.personalFile.casePlans')}</div>
          <table className={sheet.grid}>
            <thead>
              <tr>
                <th style={{ width: '16%' }}>{t('exports.personalFile.date')}</th>
                <th style={{ width: '22%' }}>{t('exports.personalFile.planKind')}</th>
                <th style={{ width: '16%' }}>{t('exports.personalFile.planStatus')}</th>
                <th style={{ width: '20%' }}>{t('exports.personalFile.responsible')}</th>
                <th style={{ width: '26%' }}>{t('exports.personalFile.goals')}</th>
              </tr>
            </thead>
            <tbody>
              {file.casePlans.map((p) => (
                <tr key={p.id}>
                  <td>{date(p.startedOn)}</td>
                  <td>{t(PLAN_KIND_LABEL[p.kind])}</td>
                  <td>{t(CARE_PLAN_STATUS_LABEL[p.status])}</td>
                  <td>{p.responsible}</td>
                  <td>{p.goals.map((g) => g.goal).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <div className={sheet.h2}>{t('exports.personalFile.schooling')}</div>
      {file.schooling.length === 0 ? <p className={sheet.text}>{t('exports.personalFile.noEpisodes')}</p> : (
        <table className={sheet.grid}>
          <thead>
            <tr>
              <th style={{ width: '18%' }}>{t('exports.personalFile.academicYear')}</th>
              <th style={{ width: '52%' }}>{t('exports.personalFile.school')}</th>
              <th style={{ width: '30%' }}>{t('exports.personalFile.grade')}</th>
            </tr>
          </thead>
          <tbody>
            {file.schooling.map((s) => (
              <tr key={s.id}>
                <td>{s.academicYear}</td>
                <td>{[t(SCHOOL_TYPE_LABEL[s.schoolType]), s.schoolName].filter(Boolean).join(', ')}</td>
                <td>{s.grade}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {file.educationPlans.length > 0 && (
        <>
          <div className={sheet.h2}>{t('exports.personalFile.educationPlans')}</div>
          <table className={sheet.grid}>
            <tbody>
              {file.educationPlans.map((p) => (
                <tr key={p.id}>
                  <td>{p.academicYear}</td>
                  <td>{date(p.startDate)} – {date(p.endDate)}</td>
                  <td>{t(EDUCATION_PLAN_STATUS_LABEL[p.status])}</td>
                  <td>{p.responsibleTeacher}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <div className={sheet.h2}>{t('exports.personalFile.medical')}</div>
      {file.medical === null ? (
        <p className={sheet.text} data-testid="medical-hidden">{t('exports.personalFile.medicalHidden')}</p>
      ) : (
        <>
          {c.disabilityDiagnosis && <p className={sheet.text}>{t('exports.personalFile.diagnosis')}: {c.disabilityDiagnosis}</p>}
          <p className={sheet.text}>
            {t('exports.personalFile.allergies')}:{' '}
            {file.medical.allergies.length === 0 ? t('exports.personalFile.noAllergies') : file.medical.allergies.map((a) => [a.allergen, a.reaction].filter(Boolean).join(' — ')).join('; ')}
          </p>
        </>
      )}
      <div className={sheet.footer}>
        <div className={classes.muted}>{t('exports.ui.printedOn', { date: date(today) })}</div>
      </div>
    </article>
  );
}
