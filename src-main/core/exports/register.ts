import type { Ctx } from '../context';
import { sortEpisodes } from '../care/queries';
import { DESTINATION_LABEL } from '../care/i18n/labels';
import { basisText, decisionText, labelOf } from './present';
import type { Locale } from '../i18n/index';
import { dayCell, DATE_FMT, mustRead } from './lists';
import { addAbout, finish, header, newBook, sheetName, type About } from './workbook';
import type { ExportFileDto, RegisterDto, RegisterRow } from './schema';

// The register of children as inspectors ask for it: every stay in admission order, numbered
// from the first the records hold, with the admission's basis and decision and the exit's date
// and destination. A period (from–to) keeps the stays that began or ended in it, with their
// numbers in the whole register. The print page and the XLSX read the same rows.

export async function registerRows(ctx: Ctx, input: { from?: string | undefined; to?: string | undefined }): Promise<RegisterDto> {
  mustRead(ctx, 'residents.read');
  const episodes = await ctx.db
    .selectFrom('care_episodes')
    .select(['id', 'resident_id', 'kind', 'started_on', 'created_at', 'admission_type', 'deciding_body', 'legal_basis', 'decision_number', 'decision_date', 'destination', 'exit_reason'])
    .where('kind', 'in', ['admission', 'exit'])
    .where('voided_at', 'is', null)
    .execute();
  const people = new Map(
    (await ctx.db.selectFrom('residents').select(['id', 'last_name', 'first_name', 'patronymic', 'date_of_birth']).execute()).map((r) => [r.id, r]),
  );
  type Ep = (typeof episodes)[number];
  const stays: { admission: Ep; exit: Ep | null }[] = [];
  const byChild = new Map<string, Ep[]>();
  for (const e of episodes) byChild.set(e.resident_id, [...(byChild.get(e.resident_id) ?? []), e]);
  for (const list of byChild.values()) {
    let open: { admission: Ep; exit: Ep | null } | null = null;
    for (const e of sortEpisodes(list)) {
      if (e.kind === 'admission') {
        if (open) stays.push(open);
        open = { admission: e, exit: null };
      } else if (open) {
        open.exit = e;
        stays.push(open);
        open = null;
      }
    }
    if (open) stays.push(open);
  }
  stays.sort((a, b) => a.admission.started_on.localeCompare(b.admission.started_on) || a.admission.created_at.localeCompare(b.admission.created_at) || a.admission.id.localeCompare(b.admission.id));
  const from = input.from ?? null;
  const to = input.to ?? null;
  const within = (d: string | null | undefined) => !!d && (!from || d >= from) && (!to || d <= to);
  const rows: RegisterRow[] = [];
  stays.forEach((s, i) => {
    const p = people.get(s.admission.resident_id);
    if (!p) return;
    if ((from || to) && !within(s.admission.started_on) && !within(s.exit?.started_on)) return;
    rows.push({
      no: i + 1,
      residentId: p.id,
      lastName: p.last_name,
      firstName: p.first_name,
      patronymic: p.patronymic,
      dateOfBirth: p.date_of_birth,
      admittedOn: s.admission.started_on,
      admissionType: s.admission.admission_type,
      decidingBody: s.admission.deciding_body,
      legalBasis: s.admission.legal_basis,
      decisionNumber: s.admission.decision_number,
      decisionDate: s.admission.decision_date,
      exitedOn: s.exit?.started_on ?? null,
      destination: s.exit?.destination ?? null,
      exitReason: s.exit?.exit_reason ?? null,
      exitDecisionNumber: s.exit?.decision_number ?? '',
      exitDecisionDate: s.exit?.decision_date ?? null,
    });
  });
  return { from, to, rows };
}

export async function registerXlsx(ctx: Ctx, input: { from?: string | undefined; to?: string | undefined; lang: Locale }): Promise<ExportFileDto> {
  const dto = await registerRows(ctx, input);
  const book = newBook(input.lang);
  const { wb, t } = book;
  const period = dto.from || dto.to ? `${dto.from ?? '…'} – ${dto.to ?? '…'}` : t('exports.register.allTime');
  const about: About = { kind: 'register', period, outside: false, rows: dto.rows.length };
  await addAbout(ctx, book, about);
  const ws = wb.addWorksheet(sheetName(wb, t('exports.kinds.register')));
  ws.columns = [{ width: 6 }, { width: 34 }, { width: 13 }, { width: 13 }, { width: 40 }, { width: 22 }, { width: 13 }, { width: 30 }, { width: 22 }];
  header(ws, [
    t('exports.register.no'), t('exports.register.name'), t('exports.register.dateOfBirth'), t('exports.register.admittedOn'),
    t('exports.register.basis'), t('exports.register.decision'), t('exports.register.exitedOn'), t('exports.register.destination'), t('exports.register.exitDecision'),
  ]);
  for (const r of dto.rows) {
    const row = ws.addRow([
      r.no,
      [r.lastName, r.firstName, r.patronymic].filter(Boolean).join(' '),
      dayCell(r.dateOfBirth),
      dayCell(r.admittedOn),
      basisText(r, t),
      decisionText(r.decisionNumber, r.decisionDate),
      dayCell(r.exitedOn),
      labelOf(DESTINATION_LABEL, r.destination, t),
      decisionText(r.exitDecisionNumber, r.exitDecisionDate),
    ]);
    for (const c of [3, 4, 7]) row.getCell(c).numFmt = DATE_FMT;
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return finish(ctx, book, about, `qaygi-register${dto.from || dto.to ? `-${dto.from ?? ''}_${dto.to ?? ''}` : ''}.xlsx`);
}
