import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@core/i18n';
import { parseReportPeriod, previousPeriod } from '@core/reports/period';
import { FLOW_COLUMNS, FLOW_LABEL, flowCell, formatValue, POPULATION, valueAt, valueSections } from '@core/reports/layout';
import type { IndicatorsDto } from '@core/reports/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate } from '../app/router';
import { formatDate } from '../format';
import { isLocale } from '../i18n';
import { reportsQueries } from '../reports/queries';
import { institutionQueries } from '../settings/queries';
import { RecordLoading } from '../ui/RecordPage';
import { exportsPaths } from './paths';
import { PrintToolbar } from './PrintToolbar';
import { usePrintReady } from '../print/printPage';
import { pdfFileName } from '@core/print/schema';
import sheet from '../education/PrintPlanPage.module.css';
import classes from './Print.module.css';

// The indicator report printed (A4) in the chosen language: the population return and every
// section (valueSections, generic), each figure with the previous period's beside it in
// brackets, as the Reports screen shows them (the institution's own copy: true numbers).

export function PrintIndicatorsPage({ period, lang }: { period: string; lang: string }) {
  const { t } = useTranslation();
  const locale: Locale = isLocale(lang) ? lang : 'az';
  const p = parseReportPeriod(period);
  const now = useQuery(reportsQueries.indicators(p?.label ?? period));
  const before = useQuery(reportsQueries.indicators(p ? previousPeriod(p).label : period));
  const institutionQuery = useQuery(institutionQueries.detail());
  const institution = institutionQuery.data;
  const { info } = useAppInfo();
  const ready = usePrintReady(!!now.data && !!before.data && institutionQuery.isFetched);
  if (!now.data || !before.data) return <RecordLoading error={now.error ?? before.error} title={t('reports.loadFailed')} />;
  return (
    <div data-print-page {...ready}>
      <PrintToolbar className={sheet.toolbar!} locale={locale} onBack={() => history.back()} onLocale={(l) => navigate(exportsPaths.indicators(period, l), { replace: true })}
        pdf={{ path: exportsPaths.indicators(period, locale), fileName: pdfFileName([i18next.getFixedT(locale)('exports.kinds.indicators'), period, locale]) }} />
      <PrintedIndicators dto={now.data} prev={before.data} locale={locale} today={info.today} institution={institution ? (locale === 'az' || !institution.nameEn ? institution.nameAz : institution.nameEn) : ''} />
    </div>
  );
}

export function PrintedIndicators({ dto, prev, locale, institution, today }: { dto: IndicatorsDto; prev: IndicatorsDto; locale: Locale; institution: string; today: string }) {
  const t = i18next.getFixedT(locale);
  const tk = t as unknown as (k: string, p?: Record<string, string | number>) => string;
  const date = (d: string) => formatDate(d, locale);
  const both = (a: number | null, b: number | null, format: Parameters<typeof formatValue>[1]) => `${formatValue(a, format)} (${formatValue(b, format)})`;
  return (
    <article className={sheet.sheet} lang={locale} data-testid="printed-indicators">
      {institution && <div className={sheet.institution}>{institution}</div>}
      <div className={sheet.title}>{t('exports.kinds.indicators')}</div>
      <div className={sheet.subtitle}>
        {dto.period.label}: {date(dto.period.start)} – {date(dto.period.end)} · {t('exports.print.previousInBrackets', { period: prev.period.label })}
      </div>
      <div className={sheet.h2}>{t('reports.sections.population')}</div>
      {POPULATION.map((g) => (
        <table key={g.title} className={sheet.grid} style={{ marginBottom: '3mm' }}>
          <thead>
            <tr>
              <th style={{ width: '32%' }}>{tk(g.title)}</th>
              {FLOW_COLUMNS.map((c) => <th key={c} style={{ width: '17%' }}>{t(FLOW_LABEL[c])}</th>)}
            </tr>
          </thead>
          <tbody>
            {g.rows.map((r) => (
              <tr key={r.prefix}>
                <td>{tk(r.label, r.params)}</td>
                {FLOW_COLUMNS.map((c) => (
                  <td key={c}>{both(valueAt(dto, 'population', flowCell(g, r, c)), valueAt(prev, 'population', flowCell(g, r, c)), 'count')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {valueSections(dto).map((s) => (
        <Fragment key={s.id}>
          <div className={sheet.h2}>{tk(s.title)}</div>
          <table className={sheet.grid} data-testid={`printed-section-${s.id}`}>
            <thead>
              <tr>
                <th style={{ width: '64%' }}>{t('reports.columns.indicator')}</th>
                <th style={{ width: '18%' }}>{dto.period.label}</th>
                <th style={{ width: '18%' }}>{prev.period.label}</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <Fragment key={r.cell}>
                  {r.heading && <tr><td colSpan={3}><i>{tk(r.heading)}</i></td></tr>}
                  <tr>
                    <td>{r.core ? '★ ' : ''}{tk(r.label, r.params)}{r.format === 'share' ? ' (%)' : ''}</td>
                    <td>{formatValue(valueAt(dto, r.indicator, r.cell), r.format)}</td>
                    <td>{formatValue(valueAt(prev, r.indicator, r.cell), r.format)}</td>
                  </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
        </Fragment>
      ))}
      <div className={sheet.footer}>
        <div>★ {t('reports.core')}</div>
        <div className={classes.muted}>{t('exports.ui.printedOn', { date: date(today) })}</div>
      </div>
    </article>
  );
}
