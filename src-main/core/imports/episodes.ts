import { z } from 'zod';
import type { CareEpisodesTable } from '../db/types';
import type { FieldIssue } from '../contract/errors';
import { appendAuditMany, type AuditInput } from '../audit/audit';
import { uuidv7 } from '../ids';
import { CARE_FIELD_LABEL } from '../care/i18n/labels';
import { DECIDING_BODY_WORDS, DESTINATION_WORDS, EXIT_REASON_WORDS, PLACEMENT_WORDS } from '../care/i18n/words';
import { addMonths, AdmitInput, ExitInput, FAMILY_DESTINATIONS, type Destination } from '../care/schema';
import { blankEpisode } from '../care/register';
import { closePlansAtExit, FOLLOW_UP_MONTHS, syncRegister } from '../care/episodes';
import { episodesOf, lastStay } from '../care/queries';
import { toEpisodeDto } from '../care/rows';
import { optionalIsoDate, optionalText } from '../person/schema';
import { addYears } from '../residents/schema';
import { CHILD_IMPORT_FIELDS, childFinder, childSchemaFields } from './child';
import { codeField, DATE, field, insertInBatches, TEXT, type FieldSpec, type Finding, type KindSpec } from './kind';

// The register of admissions and exits: one row per stay (the child, the admission date and its
// basis, the exit date and destination), which becomes the child's care episodes as care writes
// them. A stay already recorded is not added again; a stay whose admission is there without an
// exit (the child entered the register as living here) gets its exit. A stay that overlaps another
// is refused, as care refuses it.

const text = TEXT;
const date = DATE;
const code = codeField;
const f = field;

export const EPISODE_IMPORT_FIELDS: FieldSpec[] = [
  ...CHILD_IMPORT_FIELDS,
  f('admittedOn', CARE_FIELD_LABEL.admittedOn, date, ['qəbul tarixi', 'daxil olma tarixi', 'admission date', 'admitted', 'admitted on', 'дата поступления', 'дата приема'], true),
  f('placement', CARE_FIELD_LABEL.placement, code(PLACEMENT_WORDS), ['yerləşdirmə', 'placement', 'форма пребывания']),
  f('decidingBody', CARE_FIELD_LABEL.decidingBody, code(DECIDING_BODY_WORDS), ['qəbul əsası', 'qərar verən orqan', 'əsas', 'admission basis', 'basis', 'deciding body', 'основание поступления', 'основание', 'кем направлен']),
  f('decisionNumber', CARE_FIELD_LABEL.decisionNumber, text, ['qəbul qərarının nömrəsi', 'qərarın nömrəsi', 'qərar nömrəsi', 'decision number', 'номер решения']),
  f('decisionDate', CARE_FIELD_LABEL.decisionDate, date, ['qəbul qərarının tarixi', 'qərarın tarixi', 'qərar tarixi', 'decision date', 'дата решения']),
  f('legalBasis', CARE_FIELD_LABEL.legalBasis, text, ['hüquqi əsas', 'legal basis', 'правовое основание']),
  f('exitedOn', CARE_FIELD_LABEL.exitedOn, date, ['çıxma tarixi', 'çıxış tarixi', 'exit date', 'left on', 'date of exit', 'дата выбытия']),
  f('destination', CARE_FIELD_LABEL.destination, code(DESTINATION_WORDS), ['hara gedib', 'hara çıxıb', 'təyinat', 'destination', 'exit destination', 'куда выбыл', 'куда выбыла', 'куда']),
  f('exitReason', CARE_FIELD_LABEL.exitReason, code(EXIT_REASON_WORDS), ['çıxma səbəbi', 'exit reason', 'reason for exit', 'причина выбытия']),
  f('exitDecidingBody', 'imports.episodes.exitDecidingBody', code(DECIDING_BODY_WORDS), ['çıxma qərarını verən orqan', 'exit deciding body', 'орган, принявший решение о выбытии']),
  f('exitDecisionNumber', 'imports.episodes.exitDecisionNumber', text, ['çıxma qərarının nömrəsi', 'exit decision number', 'номер решения о выбытии']),
  f('exitDecisionDate', 'imports.episodes.exitDecisionDate', date, ['çıxma qərarının tarixi', 'exit decision date', 'дата решения о выбытии']),
];

const StayRow = z.object({
  ...childSchemaFields,
  admittedOn: AdmitInput.shape.admittedOn,
  placement: AdmitInput.shape.placement,
  decidingBody: AdmitInput.shape.decidingBody.default('other'),
  decisionNumber: AdmitInput.shape.decisionNumber,
  decisionDate: AdmitInput.shape.decisionDate,
  legalBasis: AdmitInput.shape.legalBasis,
  exitedOn: optionalIsoDate,
  destination: ExitInput.shape.destination.nullable().optional().transform((v) => v ?? null),
  exitReason: ExitInput.shape.exitReason.nullable().optional().transform((v) => v ?? null),
  exitDecidingBody: ExitInput.shape.decidingBody.nullable().optional().transform((v) => v ?? null),
  exitDecisionNumber: optionalText(60),
  exitDecisionDate: optionalIsoDate,
});
type Stay = z.output<typeof StayRow>;

/** What a stay becomes: a new stay (admission, and the exit if it has one), or the exit of one recorded. */
interface StayWrite {
  residentId: string;
  v: Stay;
  mode: 'stay' | 'exit';
  readmission: boolean;
}

/** The exit's reason when the register does not say: what the destination means. */
const REASON_OF_DESTINATION: Record<Destination, Stay['exitReason'] & string> = {
  biological_family: 'family_ready', kinship: 'family_ready', guardianship: 'family_ready', foster_family: 'family_ready',
  domestic_adoption: 'adoption', international_adoption: 'adoption', other_institution: 'transfer',
  independent_living: 'aged_out', death: 'death', other: 'other',
};

/** Care's rules for a stay: nothing in the future, no exit before its admission, an exit says where to and by whose decision. */
function stayIssues(v: Stay, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const k of ['admittedOn', 'decisionDate', 'exitedOn', 'exitDecisionDate'] as const) if (v[k] && v[k]! > today) issues.push({ path: k, message: 'validation.dateFuture' });
  if (v.exitedOn && v.admittedOn && v.exitedOn < v.admittedOn) issues.push({ path: 'exitedOn', message: 'care.errors.exitBeforeAdmission', params: { date: v.admittedOn } });
  if (v.exitedOn && !v.destination) issues.push({ path: 'destination', message: 'validation.required' });
  if (v.exitedOn && !v.exitDecisionNumber) issues.push({ path: 'exitDecisionNumber', message: 'validation.required' });
  if (v.exitedOn && !v.exitDecisionDate) issues.push({ path: 'exitDecisionDate', message: 'validation.required' });
  if (!v.exitedOn && v.destination) issues.push({ path: 'exitedOn', message: 'validation.required' });
  return issues;
}

interface KnownStay {
  admittedOn: string;
  exitedOn: string | null;
  /** The last leave or absence in the stay: an exit cannot come before it. */
  lastEventOn: string;
  /** The file's row that added it (a second row of it is a duplicate in the file). */
  row?: number;
}

const OPEN = '9999-12-31';

export const episodesImport: KindSpec<Stay, StayWrite> = {
  kind: 'episodes',
  permission: 'care.write',
  fields: EPISODE_IMPORT_FIELDS,
  schema: StayRow as unknown as z.ZodType<Stay>,
  rules: stayIssues,
  async checker(db) {
    const findChild = await childFinder(db);
    const episodes = await db.selectFrom('care_episodes').select(['resident_id', 'kind', 'started_on']).where('voided_at', 'is', null).orderBy('resident_id').orderBy('started_on').execute();
    const stays = new Map<string, KnownStay[]>();
    const order = { admission: 0, leave: 1, missing: 1, exit: 2 } as Record<string, number>;
    episodes.sort((a, b) => a.resident_id.localeCompare(b.resident_id) || a.started_on.localeCompare(b.started_on) || (order[a.kind] ?? 1) - (order[b.kind] ?? 1));
    for (const e of episodes) {
      const list = stays.get(e.resident_id) ?? [];
      stays.set(e.resident_id, list);
      const last = list.at(-1);
      if (e.kind === 'admission') list.push({ admittedOn: e.started_on, exitedOn: null, lastEventOn: e.started_on });
      else if (last && !last.exitedOn) {
        if (e.kind === 'exit') last.exitedOn = e.started_on;
        else last.lastEventOn = e.started_on;
      }
    }
    return (v, row) => {
      const child = findChild(v);
      if ('finding' in child) return { findings: [child.finding] };
      const list = stays.get(child.id) ?? [];
      const fail = (f: Finding) => ({ findings: [f] });
      const same = list.find((s) => s.admittedOn === v.admittedOn);
      if (same) {
        if (same.row) return fail({ field: 'admittedOn', code: 'duplicate_in_file', message: 'imports.issues.duplicateInFile', params: { row: same.row } });
        if (same.exitedOn || !v.exitedOn) return fail({ field: 'admittedOn', code: 'duplicate_existing', message: 'imports.issues.stayExists' });
        if (v.exitedOn < same.lastEventOn) return fail({ field: 'exitedOn', code: 'date_order', message: 'care.errors.overlapsAbsence', params: { date: same.lastEventOn } });
        const next = list.find((s) => s.admittedOn > same.admittedOn);
        if (next && v.exitedOn > next.admittedOn) return fail({ field: 'exitedOn', code: 'date_order', message: 'imports.issues.overlapsStay', params: { from: next.admittedOn, to: next.exitedOn ?? '…' } });
        same.exitedOn = v.exitedOn;
        return { findings: [], value: { residentId: child.id, v, mode: 'exit', readmission: false } };
      }
      const end = v.exitedOn ?? OPEN;
      const clash = list.find((s) => v.admittedOn < (s.exitedOn ?? OPEN) && end > s.admittedOn);
      if (clash) return fail({ field: 'admittedOn', code: 'date_order', message: 'imports.issues.overlapsStay', params: { from: clash.admittedOn, to: clash.exitedOn ?? '…' } });
      const readmission = list.some((s) => s.admittedOn < v.admittedOn);
      list.push({ admittedOn: v.admittedOn, exitedOn: v.exitedOn, lastEventOn: v.admittedOn, row });
      list.sort((a, b) => a.admittedOn.localeCompare(b.admittedOn));
      stays.set(child.id, list);
      return { findings: [], value: { residentId: child.id, v, mode: 'stay', readmission } };
    };
  },
  async write(trx, ctx, audit, values) {
    const now = ctx.now();
    const today = now.toISOString().slice(0, 10);
    const rows: CareEpisodesTable[] = [];
    const entries: AuditInput[] = [];
    const followUps: Array<{ residentId: string; exitId: string; exitedOn: string }> = [];
    for (const { residentId, v, mode, readmission } of values) {
      if (mode === 'stay') {
        rows.push(blankEpisode(now, {
          resident_id: residentId, kind: 'admission', started_on: v.admittedOn, admission_type: readmission ? 'readmission' : 'new',
          placement: v.placement, legal_basis: v.legalBasis, deciding_body: v.decidingBody, decision_number: v.decisionNumber, decision_date: v.decisionDate,
        }));
      }
      if (v.exitedOn && v.destination) {
        const exit = blankEpisode(now, {
          resident_id: residentId, kind: 'exit', started_on: v.exitedOn, destination: v.destination,
          exit_reason: v.exitReason ?? REASON_OF_DESTINATION[v.destination], deciding_body: v.exitDecidingBody ?? v.decidingBody,
          decision_number: v.exitDecisionNumber, decision_date: v.exitDecisionDate,
        });
        rows.push(exit);
        // Follow-up visits after a family exit, as care plans them — for an exit recent enough that the last visit is not yet past.
        if (FAMILY_DESTINATIONS.includes(v.destination) && v.exitedOn > addYears(today, -1)) followUps.push({ residentId, exitId: exit.id, exitedOn: v.exitedOn });
      }
    }
    for (const r of rows) entries.push({ action: r.kind === 'exit' ? 'care.exit' : 'care.admission', entity: 'care_episode', entityId: r.id, after: { residentId: r.resident_id, ...toEpisodeDto(r) } });
    await insertInBatches(trx, 'care_episodes', rows, 200);
    if (followUps.length) {
      const at = now.toISOString();
      await trx
        .insertInto('follow_up_visits')
        .values(followUps.flatMap((x) => FOLLOW_UP_MONTHS.map((m) => ({
          id: uuidv7(now.getTime()), resident_id: x.residentId, exit_id: x.exitId, due_on: addMonths(x.exitedOn, m), month_offset: m,
          visited_on: null, seen: null, not_seen_reason: '', placement_status: null, services: '[]', outcome: null, next_visit_on: null,
          notes: '', created_at: at, updated_at: at,
        }))))
        .execute();
    }
    await appendAuditMany(trx, ctx, entries);
    // The register follows the episodes (status, the current stay's admission), one child at a time;
    // a child whose last stay now has its exit has left, and the plans of that stay end with it.
    for (const id of new Set(values.map((x) => x.residentId))) {
      await syncRegister(trx, ctx, audit, id);
      const exit = lastStay(await episodesOf(trx, id))?.exit;
      if (exit) await closePlansAtExit(trx, audit, id, exit.started_on, now);
    }
  },
};
