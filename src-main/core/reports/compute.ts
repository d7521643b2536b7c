import { sortEpisodes } from '../care/queries';
import { FAMILY_DESTINATIONS, type Destination } from '../care/schema';
import { ageOn, SEX, type Sex } from '../person/schema';
import { daysBetween, shiftDay, type ReportPeriod } from './period';
import { spreadOf } from './source';
import {
  ADMISSION_TYPES, AGE_BANDS, ageBand, DECIDING_BODIES, DESTINATIONS, EXIT_REASONS, FLOW_COLUMNS, OUTCOMES, PREVENTED_OUTCOMES,
  type Flow, type FlowColumn, type IndicatorsDto, type PopulationBlock, type Spread,
} from './schema';

// The indicators, computed from plain facts (the rows queries.ts reads): pure, so the screen, the
// CLI and the tests share one computation. Every count is the length of a list of the children
// behind it ("cells", keyed by the number's path in the DTO: `population.bySex.F.closing`), so a
// number and its drill-down cannot disagree.

export interface ResidentFact { id: string; sex: Sex; dateOfBirth: string; disability: boolean }
export interface EpisodeFact {
  id: string;
  residentId: string;
  kind: 'admission' | 'exit';
  started_on: string;
  created_at: string;
  admissionType: string | null;
  emergency: boolean;
  placement: string | null;
  referralId: string | null;
  decidingBody: string | null;
  destination: string | null;
  exitReason: string | null;
}
export interface ReferralFact { id: string; residentId: string | null; referredOn: string; outcome: string | null; outcomeOn: string | null }
export interface AssessmentFact { referralId: string | null; episodeId: string | null; assessedOn: string }
export interface Facts {
  residents: ResidentFact[];
  /** Admissions and exits (not voided) started on or before the period's last day. */
  episodes: EpisodeFact[];
  referrals: ReferralFact[];
  assessments: AssessmentFact[];
  assessmentDays: number;
}

/** A child behind a number: of the register or (a referral never admitted) of the referrals. */
export interface Member { ref: 'resident' | 'referral'; id: string; date: string }

export interface Computed { dto: IndicatorsDto; cells: Map<string, Member[]> }

export interface Stay { residentId: string; admission: EpisodeFact; exit: EpisodeFact | null }

/** Each admission with the exit that ended it (none while the stay goes on), in date order per child. */
export function staysOf(episodes: readonly EpisodeFact[]): Stay[] {
  const byChild = new Map<string, EpisodeFact[]>();
  for (const e of episodes) {
    const list = byChild.get(e.residentId);
    if (list) list.push(e);
    else byChild.set(e.residentId, [e]);
  }
  const stays: Stay[] = [];
  for (const list of byChild.values()) {
    let open: Stay | null = null;
    for (const e of sortEpisodes(list)) {
      if (e.kind === 'admission') {
        if (open) stays.push(open); // a second admission without an exit: the first stays open (as inCareOn reads it)
        open = { residentId: e.residentId, admission: e, exit: null };
      } else if (open) {
        open.exit = e;
        stays.push(open);
        open = null;
      }
    }
    if (open) stays.push(open);
  }
  return stays;
}

function spread(days: number[]): Spread {
  const { median, mean } = spreadOf(days);
  return { n: days.length, medianDays: median, meanDays: mean };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** `stays`: staysOf(facts.episodes), when the caller has it already (computeOn: baseOf needs it too). */
export function computeIndicators(facts: Facts, period: ReportPeriod, stays: readonly Stay[] = staysOf(facts.episodes)): Computed {
  const { start, end } = period;
  const cells = new Map<string, Member[]>();
  const add = (key: string, m: Member) => {
    const list = cells.get(key);
    if (list) list.push(m);
    else cells.set(key, [m]);
  };
  const n = (key: string) => cells.get(key)?.length ?? 0;
  const inPeriod = (d: string | null) => d !== null && d >= start && d <= end;
  const residents = new Map(facts.residents.map((r) => [r.id, r]));

  // Population return: opening (in care at the end of the day before the period) + admissions −
  // exits = closing (in care on the last day). "In care on a day" as care/queries.ts inCareOn.
  const opening = shiftDay(start, -1);
  const losInCare: number[] = [];
  const losExits: number[] = [];
  for (const s of stays) {
    const r = residents.get(s.residentId);
    if (!r) continue;
    const a = s.admission;
    const e = s.exit;
    const flags: Array<[FlowColumn, boolean, string]> = [
      ['opening', a.started_on <= opening && (!e || e.started_on > opening), a.started_on],
      ['admissions', inPeriod(a.started_on), a.started_on],
      ['exits', e !== null && inPeriod(e.started_on), e?.started_on ?? ''],
      ['closing', a.started_on <= end && (!e || e.started_on > end), a.started_on],
    ];
    // Most stays of ten years touch no column of the period: nothing more to do for them.
    if (!flags[0]![1] && !flags[1]![1] && !flags[2]![1] && !flags[3]![1]) continue;
    const scope = a.placement === 'day_care' ? 'dayCare' : 'residents';
    const groups = [`bySex.${r.sex}`, `byAge.${ageBand(ageOn(r.dateOfBirth, end))}`, `byDisability.${r.disability ? 'yes' : 'no'}`];
    for (const [col, on, date] of flags) {
      if (!on) continue;
      const m: Member = { ref: 'resident', id: r.id, date };
      for (const prefix of ['population', `population.${scope}`]) {
        add(`${prefix}.${col}`, m);
        for (const g of groups) add(`${prefix}.${g}.${col}`, m);
      }
    }
    if (flags[3]![1]) {
      losInCare.push(daysBetween(a.started_on, end));
      add('lengthOfStay.inCare.n', { ref: 'resident', id: r.id, date: a.started_on });
      if (r.disability) {
        const m: Member = { ref: 'resident', id: r.id, date: a.started_on };
        add('disability.inCare', m);
        add(`disability.${scope}`, m);
      }
    }
    if (e && flags[2]![1]) {
      losExits.push(daysBetween(a.started_on, e.started_on));
      add('lengthOfStay.exits.n', { ref: 'resident', id: r.id, date: e.started_on });
    }
  }

  // Referrals received in the period, by their outcome as it stood on the last day; placements
  // prevented: referrals that ended without an admission on a day of the period.
  for (const f of facts.referrals) {
    const m: Member = { ref: 'referral', id: f.id, date: f.referredOn };
    if (inPeriod(f.referredOn)) {
      add('referrals.received', m);
      add(`referrals.byOutcome.${f.outcome && f.outcomeOn && f.outcomeOn <= end ? f.outcome : 'pending'}`, m);
    }
    if (f.outcome && (PREVENTED_OUTCOMES as readonly string[]).includes(f.outcome) && inPeriod(f.outcomeOn)) {
      const p: Member = { ref: 'referral', id: f.id, date: f.outcomeOn! };
      add('prevented.total', p);
      add(`prevented.byOutcome.${f.outcome}`, p);
    }
  }

  // Admissions and exits of the period.
  const firstAssessment = new Map<string, string>();
  const note = (key: string | null, day: string) => {
    if (key && (!firstAssessment.has(key) || day < firstAssessment.get(key)!)) firstAssessment.set(key, day);
  };
  for (const a of facts.assessments) {
    note(a.referralId ? `r:${a.referralId}` : null, a.assessedOn);
    note(a.episodeId ? `e:${a.episodeId}` : null, a.assessedOn);
  }
  for (const e of facts.episodes) {
    if (!inPeriod(e.started_on) || !residents.has(e.residentId)) continue;
    const m: Member = { ref: 'resident', id: e.residentId, date: e.started_on };
    if (e.kind === 'admission') {
      add('admissions.total', m);
      add(`admissions.byType.${e.admissionType}`, m);
      add(`admissions.byBasis.${e.decidingBody ?? 'other'}`, m);
      const byEpisode = firstAssessment.get(`e:${e.id}`);
      const byReferral = e.referralId ? firstAssessment.get(`r:${e.referralId}`) : undefined;
      const first = [byEpisode, byReferral].filter((d): d is string => d !== undefined).sort()[0];
      if (e.emergency) {
        add('admissions.emergency', m);
        if (first && first <= shiftDay(e.started_on, facts.assessmentDays)) {
          add('admissions.emergencyAssessedInTime', m);
          add('admissions.assessedOnEntry', m);
        }
      } else if (first && first <= e.started_on) {
        add('admissions.assessedOnEntry', m);
      }
    } else {
      add('exits.total', m);
      add(`exits.byDestination.${e.destination}`, m);
      if (FAMILY_DESTINATIONS.includes(e.destination as Destination)) add('exits.toFamily', m);
      add(`exits.byReason.${e.exitReason}`, m);
      if (e.destination === 'death' || e.exitReason === 'death') add('exits.deaths', m);
    }
  }

  const flow = (prefix: string): Flow =>
    Object.fromEntries(FLOW_COLUMNS.map((c) => [c, n(`${prefix}.${c}`)])) as unknown as Flow;
  const record = <K extends string>(keys: readonly K[], f: (k: K) => number) => Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, number>;
  const block = (prefix: string): PopulationBlock => ({
    ...flow(prefix),
    bySex: Object.fromEntries(SEX.map((s) => [s, flow(`${prefix}.bySex.${s}`)])) as PopulationBlock['bySex'],
    byAge: Object.fromEntries(AGE_BANDS.map((b) => [b, flow(`${prefix}.byAge.${b}`)])) as PopulationBlock['byAge'],
    byDisability: { yes: flow(`${prefix}.byDisability.yes`), no: flow(`${prefix}.byDisability.no`) },
  });
  const admissions = n('admissions.total');
  const exits = n('exits.total');
  const dto: IndicatorsDto = {
    period,
    population: { ...block('population'), residents: block('population.residents'), dayCare: block('population.dayCare') },
    referrals: { received: n('referrals.received'), byOutcome: record([...OUTCOMES, 'pending'] as const, (k) => n(`referrals.byOutcome.${k}`)) },
    prevented: { total: n('prevented.total'), byOutcome: record(PREVENTED_OUTCOMES, (k) => n(`prevented.byOutcome.${k}`)) },
    admissions: {
      total: admissions,
      byType: record(ADMISSION_TYPES, (k) => n(`admissions.byType.${k}`)),
      byBasis: record(DECIDING_BODIES, (k) => n(`admissions.byBasis.${k}`)),
      emergency: n('admissions.emergency'),
      emergencyAssessedInTime: n('admissions.emergencyAssessedInTime'),
      emergencyAssessedShare: share(n('admissions.emergencyAssessedInTime'), n('admissions.emergency')),
      assessedOnEntry: n('admissions.assessedOnEntry'),
      assessedOnEntryShare: share(n('admissions.assessedOnEntry'), admissions),
      assessmentDays: facts.assessmentDays,
    },
    exits: {
      total: exits,
      byDestination: record(DESTINATIONS, (k) => n(`exits.byDestination.${k}`)),
      toFamily: n('exits.toFamily'),
      toFamilyShare: share(n('exits.toFamily'), exits),
      byReason: record(EXIT_REASONS, (k) => n(`exits.byReason.${k}`)),
      deaths: n('exits.deaths'),
    },
    lengthOfStay: { inCare: spread(losInCare), exits: spread(losExits) },
    disability: { inCare: n('disability.inCare'), residents: n('disability.residents'), dayCare: n('disability.dayCare') },
    sections: [],
  };
  return { dto, cells };
}

const NOT_COUNTS = /(Share|medianDays|meanDays|assessmentDays)$/;

/** Every path of the DTO that is a count of children (what a drill-down can open): `exits.byDestination.kinship`. */
export function countPaths(dto: IndicatorsDto): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'number') {
      if (!NOT_COUNTS.test(path)) out.push(path);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  const { period: _p, sections, ...rest } = dto;
  walk(rest, '');
  for (const s of sections) for (const r of s.rows) if (r.format === 'count') out.push(`${s.id}.${r.cell}`);
  return out;
}
