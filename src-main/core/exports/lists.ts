import { todayOf, type Ctx } from '../context';
import { AppError } from '../contract/errors';
import { roleCan, type Permission } from '../contract/permissions';
import { ageOn } from '../person/schema';
import { RESIDENT_STATUS_LABEL, SEX_LABEL } from '../residents/i18n/labels';
import type { ResidentListQuery } from '../residents/schema';
import { listResidentPage } from '../residents/service';
import { POSITION_LABEL } from '../staff/i18n/labels';
import type { StaffListQuery } from '../staff/schema';
import { listStaffPage } from '../staff/service';
import type { Locale } from '../i18n/index';
import { addAbout, finish, header, newBook, sheetName, type About, type Tr } from './workbook';
import type { ExportFileDto } from './schema';

// The children list and the staff list as XLSX: the columns the screen shows, every row the
// screen's filters select (in its order), and the filters written on the about sheet. A list of
// names is for use within the institution only.

const ALL_ROWS = 1_000_000;

export function mustRead(ctx: Ctx, permission: Permission): void {
  if (!roleCan(ctx.actor.role, permission)) throw new AppError('forbidden', 'exports.errors.forbidden');
}

/** An ISO day as an Excel date (shown dd.mm.yyyy), or empty. */
export const dayCell = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);
export const DATE_FMT = 'dd.mm.yyyy';

function childFilters(t: Tr, q: ResidentListQuery): string[] {
  const out = [`${t('residents.filters.status')}: ${t(q.status === 'current' ? 'residents.filters.current' : q.status === 'all' ? 'residents.filters.all' : q.status === 'discharged' ? 'residents.filters.former' : RESIDENT_STATUS_LABEL[q.status])}`];
  if (q.query) out.push(`${t('residents.search')}: ${q.query}`);
  if (q.groupName) out.push(`${t('residents.filters.group')}: ${q.groupName}`);
  if (q.sex) out.push(`${t('residents.filters.sex')}: ${t(SEX_LABEL[q.sex])}`);
  if (q.ageMin !== undefined || q.ageMax !== undefined) out.push(`${t('residents.filters.age')}: ${q.ageMin ?? ''}–${q.ageMax ?? ''}`);
  if (q.disability !== undefined) out.push(`${t('residents.filters.disability')}: ${t(q.disability ? 'residents.filters.disabilityYes' : 'residents.filters.disabilityNo')}`);
  return out;
}

export async function childrenXlsx(ctx: Ctx, input: Omit<ResidentListQuery, 'offset' | 'limit'> & { lang: Locale }): Promise<ExportFileDto> {
  mustRead(ctx, 'residents.read');
  const { lang, ...filters } = input;
  const q: ResidentListQuery = { ...filters, offset: 0, limit: ALL_ROWS };
  const { rows } = await listResidentPage(ctx, q);
  const today = todayOf(ctx);
  const book = newBook(lang);
  const { wb, t } = book;
  const about: About = { kind: 'children', outside: false, rows: rows.length, filters: childFilters(t, q) };
  await addAbout(ctx, book, about);
  const ws = wb.addWorksheet(sheetName(wb, t('exports.kinds.children')));
  ws.columns = [{ width: 6 }, { width: 36 }, { width: 10 }, { width: 10 }, { width: 13 }, { width: 7 }, { width: 14 }, { width: 13 }, { width: 18 }, { width: 16 }];
  header(ws, ['№', t('residents.columns.name'), t('residents.columns.fin'), t('residents.columns.sex'), t('residents.columns.dateOfBirth'), t('residents.filters.age'), t('residents.columns.group'), t('residents.columns.admissionDate'), t('residents.columns.status'), t('residents.filters.disability')]);
  rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      [r.lastName, r.firstName, r.patronymic].filter(Boolean).join(' '),
      r.fin ?? '',
      t(SEX_LABEL[r.sex]),
      dayCell(r.dateOfBirth),
      ageOn(r.dateOfBirth, today),
      r.groupName,
      dayCell(r.admissionDate),
      t(RESIDENT_STATUS_LABEL[r.status]),
      r.disability ? t('residents.filters.disabilityYes') : '',
    ]);
    row.getCell(5).numFmt = DATE_FMT;
    row.getCell(8).numFmt = DATE_FMT;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 10 } };
  return finish(ctx, book, about, `qaygi-children-${today}.xlsx`);
}

export async function staffXlsx(ctx: Ctx, input: Omit<StaffListQuery, 'offset' | 'limit'> & { lang: Locale }): Promise<ExportFileDto> {
  mustRead(ctx, 'staff.read');
  const { lang, ...filters } = input;
  const q: StaffListQuery = { ...filters, offset: 0, limit: ALL_ROWS };
  const { rows } = await listStaffPage(ctx, q);
  const today = todayOf(ctx);
  const book = newBook(lang);
  const { wb, t } = book;
  const status = t(q.status === 'current' ? 'staff.filters.current' : q.status === 'former' ? 'staff.filters.former' : 'staff.status.all');
  const filterLines = [`${t('staff.columns.status')}: ${status}`];
  if (q.query) filterLines.push(`${t('staff.search')}: ${q.query}`);
  if (q.position) filterLines.push(`${t('staff.fields.position')}: ${t(POSITION_LABEL[q.position])}`);
  const about: About = { kind: 'staff', outside: false, rows: rows.length, filters: filterLines };
  await addAbout(ctx, book, about);
  const ws = wb.addWorksheet(sheetName(wb, t('exports.kinds.staff')));
  ws.columns = [{ width: 6 }, { width: 36 }, { width: 26 }, { width: 22 }, { width: 13 }, { width: 18 }, { width: 18 }];
  header(ws, ['№', t('staff.columns.name'), t('staff.fields.position'), t('staff.fields.department'), t('staff.fields.hiredDate'), t('staff.fields.phone'), t('staff.columns.status')]);
  rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      [r.lastName, r.firstName, r.patronymic].filter(Boolean).join(' '),
      t(POSITION_LABEL[r.position]),
      r.department,
      dayCell(r.hiredDate),
      r.phone,
      t(r.current ? 'staff.status.current' : 'staff.status.former'),
    ]);
    row.getCell(5).numFmt = DATE_FMT;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };
  return finish(ctx, book, about, `qaygi-staff-${today}.xlsx`);
}
