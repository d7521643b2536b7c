import ExcelJS from 'exceljs';
import type { Ctx } from '../context';
import { writeTx } from '../db/write';
import { uuidv7 } from '../ids';
import { translate, type Locale } from '../i18n/index';
import { EXPORT_KIND_LABEL } from './i18n/labels';
import { XLSX_MIME, type ExportFileDto } from './schema';

// Every workbook Qayğı writes starts with the same sheet: what is in it, for which institution and
// period, by whom, when, and whether it is for use outside the institution (then the small counts
// are suppressed, docs/DESIGN.md "Small numbers"). The core writes the workbook to bytes; the
// renderer (a download, or the app's save) and the CLI (a file) only save them. Each export is
// audited (`export.xlsx`), with what was exported but never a child's data.

export type Tr = (key: string, params?: Record<string, string | number>) => string;

export interface About {
  /** What the file holds. */
  kind: keyof typeof EXPORT_KIND_LABEL;
  period?: string;
  outside: boolean;
  /** The filters as the screen showed them, one line each (already translated). */
  filters?: string[];
  rows: number;
}

export interface Book {
  wb: ExcelJS.Workbook;
  t: Tr;
  locale: Locale;
}

export const SHEET_NAME_MAX = 31;

/** A sheet name Excel accepts, unique within the book. */
export function sheetName(wb: ExcelJS.Workbook, title: string): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, SHEET_NAME_MAX) || 'Sheet';
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base.slice(0, SHEET_NAME_MAX - String(i).length - 1)} ${i}`;
  return name;
}

export function newBook(locale: Locale): Book {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Qayğı';
  return { wb, locale, t: (key, params) => translate(locale, key, params) };
}

/** The first sheet (add it before any other): what, for whom, by whom, when, inside or outside. */
export async function addAbout(ctx: Ctx, book: Book, about: About): Promise<void> {
  const { wb, t } = book;
  const inst = await ctx.db.selectFrom('institution').select(['code', 'name_az', 'name_en']).where('id', '=', 1).executeTakeFirst();
  const ws = wb.addWorksheet(sheetName(wb, t('exports.about.sheet')), { properties: { tabColor: { argb: 'FF1F6FB2' } } });
  wb.created = ctx.now();
  ws.columns = [{ width: 34 }, { width: 70 }];
  const title = ws.addRow([t(EXPORT_KIND_LABEL[about.kind])]);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  const line = (label: string, value: string) => {
    const r = ws.addRow([label, value]);
    r.getCell(1).font = { bold: true };
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  };
  line(t('exports.about.institution'), inst ? `${book.locale === 'az' || !inst.name_en ? inst.name_az : inst.name_en} (${inst.code})` : '');
  if (about.period) line(t('exports.about.period'), about.period);
  line(t('exports.about.by'), ctx.actor.username);
  line(t('exports.about.at'), ctx.now().toISOString().replace('T', ' ').slice(0, 19) + ' UTC');
  line(t('exports.about.use'), about.outside ? t('exports.about.outside') : t('exports.about.inside'));
  if (about.outside) line(t('exports.about.rule'), t('exports.about.ruleText'));
  line(t('exports.about.rows'), String(about.rows));
  for (const [i, f] of (about.filters ?? []).entries()) line(i === 0 ? t('exports.about.filters') : '', f);
}

/** A header row: bold, frozen, filtered. */
export function header(ws: ExcelJS.Worksheet, cells: string[]): void {
  const r = ws.addRow(cells);
  r.font = { bold: true };
  r.alignment = { wrapText: true, vertical: 'top' };
  ws.views = [{ state: 'frozen', ySplit: r.number }];
}

/** The workbook as bytes to save, after the export is audited. */
export async function finish(ctx: Ctx, book: Book, about: About, fileName: string): Promise<ExportFileDto> {
  const bytes = Buffer.from(await book.wb.xlsx.writeBuffer());
  await writeTx(ctx, async (_trx, audit) => {
    await audit({
      action: 'export.xlsx',
      entity: 'export',
      entityId: uuidv7(ctx.now().getTime()),
      after: { kind: about.kind, period: about.period ?? null, outside: about.outside, rows: about.rows, fileName, lang: book.locale },
    });
  });
  return { fileName, mime: XLSX_MIME, base64: bytes.toString('base64') };
}
