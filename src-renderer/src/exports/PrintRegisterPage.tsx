import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESTINATION_LABEL } from '@core/care/i18n/labels';
import type { RegisterDto } from '@core/exports/schema';
import { basisText, decisionText, labelOf } from '@core/exports/present';
import type { Locale } from '@core/i18n';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, usePath } from '../app/router';
import { formatDate, fullName } from '../format';
import { isLocale } from '../i18n';
import { institutionQueries } from '../settings/queries';
import { DateField } from '../ui/DateField';
import { RecordLoading } from '../ui/RecordPage';
import { ExportButton } from './ExportButton';
import { request } from '../data/call';
import { exportsPaths } from './paths';
import { exportsQueries } from './queries';
import { PrintToolbar } from './PrintToolbar';
import { usePrintReady } from '../print/printPage';
import { pdfFileName } from '@core/print/schema';
import { registerRangeOf } from '@core/exports/print';
import sheet from '../education/PrintPlanPage.module.css';
import classes from './Print.module.css';

// The register of children printed (A4 landscape) in the chosen language: every stay in
// admission order with its number in the whole register; a period narrows it to the stays begun
// or ended in it. The same rows as the register's XLSX (exports.register).

export function PrintRegisterPage({ lang, from: fromRoute, to: toRoute }: { lang: string; from?: string; to?: string }) {
  const { t } = useTranslation();
  const locale: Locale = isLocale(lang) ? lang : 'az';
  // The period is the route's (so the saved PDF, printed from the route, is the period on screen).
  const initial = registerRangeOf(fromRoute, toRoute) ?? {};
  const [from, setFrom] = useState(initial.from ?? '');
  const [to, setTo] = useState(initial.to ?? '');
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const pathOf = (l: Locale) => exportsPaths.register(l, range);
  const here = usePath();
  useEffect(() => {
    const path = pathOf(locale);
    if (here !== path && registerRangeOf(from || undefined, to || undefined)) navigate(path, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [from, to]);
  const { data, error } = useQuery(exportsQueries.register(range));
  const institutionQuery = useQuery(institutionQueries.detail());
  const institution = institutionQuery.data;
  const { info } = useAppInfo();
  const ready = usePrintReady(!!data && institutionQuery.isFetched);
  return (
    <div data-print-page {...ready}>
      <PrintToolbar className={classes.toolbarWide!} locale={locale} onBack={() => history.back()} onLocale={(l) => navigate(pathOf(l), { replace: true })}
        // The saved PDF is the page's route, the chosen period with it.
        pdf={{ path: pathOf(locale), fileName: pdfFileName([i18next.getFixedT(locale)('exports.kinds.register'), from, to, info.today, locale]) }}>
        <DateField label={t('exports.register.from')} value={from} onChange={setFrom} w={150} data-testid="register-from" />
        <DateField label={t('exports.register.to')} value={to} onChange={setTo} w={150} data-testid="register-to" />
        <ExportButton testId="register-xlsx" run={() => request('exports.registerXlsx', { ...range, lang: locale })}>
          {t('exports.register.xlsxButton')}
        </ExportButton>
      </PrintToolbar>
      {data ? (
        <PrintedRegister dto={data} locale={locale} today={info.today} institution={institution ? (locale === 'az' || !institution.nameEn ? institution.nameAz : institution.nameEn) : ''} />
      ) : (
        <RecordLoading error={error} title={t('exports.ui.failed')} />
      )}
    </div>
  );
}

export function PrintedRegister({ dto, locale, institution, today }: { dto: RegisterDto; locale: Locale; institution: string; today: string }) {
  const t = i18next.getFixedT(locale);
  const tk = t as unknown as (k: string) => string;
  const date = (d: string | null) => formatDate(d, locale);
  const period = dto.from || dto.to ? `${date(dto.from) || '…'} – ${date(dto.to) || '…'}` : t('exports.register.allTime');
  return (
    <article className={`${sheet.sheet} ${classes.landscape}`} lang={locale} data-testid="printed-register">
      {institution && <div className={sheet.institution}>{institution}</div>}
      <div className={sheet.title}>{t('exports.register.title')}</div>
      <div className={sheet.subtitle}>{period} · {t('exports.register.count', { count: dto.rows.length })}</div>
      <table className={sheet.grid}>
        <thead>
          <tr>
            <th style={{ width: '4%' }}>{t('exports.register.no')}</th>
            <th style={{ width: '20%' }}>{t('exports.register.name')}</th>
            <th style={{ width: '8%' }}>{t('exports.register.dateOfBirth')}</th>
            <th style={{ width: '8%' }}>{t('exports.register.admittedOn')}</th>
            <th style={{ width: '17%' }}>{t('exports.register.basis')}</th>
            <th style={{ width: '11%' }}>{t('exports.register.decision')}</th>
            <th style={{ width: '8%' }}>{t('exports.register.exitedOn')}</th>
            <th style={{ width: '12%' }}>{t('exports.register.destination')}</th>
            <th style={{ width: '12%' }}>{t('exports.register.exitDecision')}</th>
          </tr>
        </thead>
        <tbody>
          {dto.rows.map((r) => (
            <tr key={r.no} data-testid="register-row">
              <td>{r.no}</td>
              <td>{fullName(r)}</td>
              <td>{date(r.dateOfBirth)}</td>
              <td>{date(r.admittedOn)}</td>
              <td>{basisText(r, tk)}</td>
              <td>{decisionText(r.decisionNumber, r.decisionDate)}</td>
              <td>{date(r.exitedOn)}</td>
              <td>{labelOf(DESTINATION_LABEL, r.destination, tk)}</td>
              <td>{decisionText(r.exitDecisionNumber, r.exitDecisionDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {dto.rows.length === 0 && <p>{t('exports.register.empty')}</p>}
      <div className={sheet.footer}>
        <div>{t('exports.register.signature')}</div>
        <div className={classes.muted}>{t('exports.ui.printedOn', { date: date(today) })}</div>
      </div>
    </article>
  );
}
