import {
  ResidentCreateInput,
  ageOn,
  residentDateIssues,
  type LegalStatus,
  type ResidentCreateRaw,
  type ResidentFields,
  type ResidentStatus,
  type Sex,
} from '../residents/schema';
import { Prng, seededUuidv7 } from './prng';
import { birthRangeForAge, dayOf, dayStartMs, isoOf } from './dates';
import { FEMALE_NAMES, MALE_NAMES, REGION_NAMES, SURNAMES, patronymicFor, surnameFor } from './names';
import {
  ANCHORS,
  BIRTH_CERTIFICATE_SERIES,
  BIRTH_CERTIFICATE_SHARE,
  CITIZENSHIP_WEIGHTS,
  CURRENT_AGE_BANDS,
  DAY_ATTENDEE_SHARE,
  DIAGNOSES,
  DISABILITY_DEGREE_WEIGHTS,
  DISABILITY_SHARE,
  DISCHARGED_PER_CURRENT,
  GROUP_BANDS,
  GROUP_SIZE,
  LEGAL_STATUS_WEIGHTS,
  ROOM_SIZE,
  SIBLING_SHARE,
  STREETS,
  placeName,
  regionOf,
  type Region,
} from './data';

// The demo institution, generated deterministically: the same seed, number of children and day
// give the same institution and the same children, ids included. Pure: nothing is written here.

export const DEMO_MAX_CHILDREN = 100_000;

export interface DemoOptions {
  /** Current children (residents and day attendees); discharged ones come on top. */
  children: number;
  seed: number;
  /** `YYYY-MM-DD`: ages and dates are counted back from this day. */
  today: string;
}

export interface DemoInstitution {
  code: string;
  nameAz: string;
  nameEn: string;
  type: 'childrens_home';
  region: string;
  address: string;
  capacity: number;
}

export interface DemoChild {
  id: string;
  createdAt: string;
  fields: ResidentFields;
}

export interface Demo {
  institution: DemoInstitution;
  institutionCreatedAt: string;
  children: DemoChild[];
}

/** What brothers and sisters admitted together share. */
interface Family {
  surname: string; // male form
  father: string;
  status: ResidentStatus;
  legalStatus: LegalStatus;
  admissionDay: number;
  basis: ResidentCreateRaw['admissionBasis'];
  decisionNumber: string;
  decisionDate: string | null;
  authority: string;
  placeOfBirth: string;
  citizenship: string;
  firstNames: Set<string>;
}

type Anchor = (typeof ANCHORS)[number];

const FIN_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'; // never I or O

class Generator {
  private readonly fins = new Set<string>();
  private readonly certs = new Set<string>();
  private readonly nameAndBirth = new Set<string>();
  private readonly todayDay: number;

  constructor(
    private readonly rng: Prng,
    private readonly today: string,
    private readonly home: Region,
  ) {
    this.todayDay = dayOf(today);
  }

  institution(children: number): DemoInstitution {
    const { rng, home } = this;
    const no = rng.int(1, 4);
    const city = home.kind === 'city';
    return {
      code: `UE-${home.code}-${String(no).padStart(2, '0')}`,
      nameAz: `${home.name} ${city ? 'şəhər' : 'rayon'} ${no} nömrəli uşaq evi`,
      nameEn: `${home.name} ${city ? 'City' : 'District'} Children's Home No. ${no}`,
      type: 'childrens_home',
      region: home.name,
      address: `${placeName(home)}, ${rng.pick(STREETS)} ${rng.int(1, 140)}`,
      // Room for the residents with some to spare, in tens.
      capacity: Math.ceil((children * (1 - DAY_ATTENDEE_SHARE) * 1.2) / 10) * 10,
    };
  }

  private currentAge(): number {
    const band = this.rng.weighted(CURRENT_AGE_BANDS);
    const [lo, hi] = band.split('-').map(Number) as [number, number];
    return this.rng.int(lo, hi);
  }

  private birthDay(age: number): number {
    const [lo, hi] = birthRangeForAge(this.today, age);
    return this.rng.int(lo, Math.min(hi, this.todayDay));
  }

  private region(): Region {
    return this.rng.chance(0.7) ? this.home : regionOf(this.rng.pick(REGION_NAMES));
  }

  private family(current: boolean, birthDay: number, anchor: Anchor | undefined): Family {
    const { rng } = this;
    const status: ResidentStatus = !current ? 'discharged' : rng.chance(DAY_ATTENDEE_SHARE) ? 'day_attendee' : 'resident';
    const legalStatus: LegalStatus =
      status === 'day_attendee'
        ? rng.weighted({ parents_request_poverty: 70, parents_unable: 20, other: 10 })
        : rng.weighted(LEGAL_STATUS_WEIGHTS);
    // Current children came in the last six years, former ones up to twelve years ago.
    const earliest = Math.max(birthDay, this.todayDay - (current ? 6 : 12) * 365);
    const latest = Math.max(earliest, this.todayDay - (current ? 3 : 60));
    const admissionDay = rng.int(earliest, Math.min(latest, this.todayDay));
    const basis: Family['basis'] =
      legalStatus === 'parents_request_poverty'
        ? rng.chance(0.9) ? 'parents_request' : 'commission'
        : legalStatus === 'parents_deprived'
          ? 'court'
          : legalStatus === 'other'
            ? rng.chance(0.4) ? 'other' : 'commission'
            : rng.weighted({ commission: 80, court: 10, other: 10 });
    const r = this.region();
    const year = isoOf(admissionDay).slice(0, 4);
    const decisionDay = Math.max(birthDay, admissionDay - rng.int(1, 21));
    const cityOrDistrict = r.kind === 'city' ? 'Şəhər' : 'Rayon';
    const decision: Pick<Family, 'decisionNumber' | 'decisionDate' | 'authority'> =
      basis === 'commission'
        ? {
            decisionNumber: `${rng.int(1, 240)}/K-${year}`,
            decisionDate: isoOf(decisionDay),
            authority: `${r.name} ${cityOrDistrict} İcra Hakimiyyəti yanında yetkinlik yaşına çatmayanların işləri və hüquqlarının müdafiəsi üzrə komissiya`,
          }
        : basis === 'court'
          ? {
              decisionNumber: `2(${rng.int(101, 120)})-${rng.int(100, 2999)}/${year}`,
              decisionDate: isoOf(decisionDay),
              authority: `${r.name} ${cityOrDistrict} Məhkəməsi`,
            }
          : basis === 'parents_request'
            ? { decisionNumber: `${rng.int(1, 400)}`, decisionDate: isoOf(decisionDay), authority: `${r.name} Regional Təhsil İdarəsi` }
            : { decisionNumber: '', decisionDate: null, authority: '' };
    return {
      surname: anchor && 'surname' in anchor ? anchor.surname : rng.pick(SURNAMES),
      father: pickOther(rng, MALE_NAMES, anchor && 'firstName' in anchor ? anchor.firstName : ''),
      status,
      legalStatus,
      admissionDay,
      basis,
      ...decision,
      placeOfBirth: placeName(this.region()),
      citizenship: rng.weighted(CITIZENSHIP_WEIGHTS),
      firstNames: new Set(),
    };
  }

  private fin(): string {
    for (;;) {
      let s = '';
      for (let i = 0; i < 7; i++) s += FIN_CHARS[this.rng.int(0, FIN_CHARS.length - 1)];
      if (!this.fins.has(s)) {
        this.fins.add(s);
        return s;
      }
    }
  }

  private birthCertificate(): string {
    for (;;) {
      const s = `${this.rng.pick(BIRTH_CERTIFICATE_SERIES)} ${String(this.rng.int(0, 9_999_999)).padStart(7, '0')}`;
      if (!this.certs.has(s)) {
        this.certs.add(s);
        return s;
      }
    }
  }

  /** One child; joins `previous` as a brother or sister now and then. */
  child(current: boolean, anchor: Anchor | undefined, previous: Family | null): { raw: ResidentCreateRaw; family: Family } {
    const { rng } = this;
    const sex: Sex = anchor?.sex ?? (rng.chance(0.54) ? 'M' : 'F');
    const age = current ? this.currentAge() : rng.int(1, 18);
    let birthDay = this.birthDay(age);
    const sibling =
      !anchor &&
      previous &&
      (previous.status === 'discharged') === !current &&
      birthDay <= (previous.decisionDate ? dayOf(previous.decisionDate) : previous.admissionDay) && // born before the decision
      rng.chance(SIBLING_SHARE);
    const family = sibling ? previous! : this.family(current, birthDay, anchor);

    let firstName = anchor && 'firstName' in anchor ? anchor.firstName : '';
    // Brothers and sisters get different names, and a boy is not named after his father here.
    while (!firstName || (!anchor && (family.firstNames.has(firstName) || firstName === family.father))) {
      firstName = rng.pick(sex === 'M' ? MALE_NAMES : FEMALE_NAMES);
    }
    family.firstNames.add(firstName);
    const lastName = surnameFor(family.surname, sex);
    const patronymic = patronymicFor(family.father, sex);
    // A second child with the same name and birthday would be a possible duplicate: move the birthday.
    const nameKey = `${lastName} ${firstName} ${patronymic}`;
    while (this.nameAndBirth.has(`${nameKey}|${birthDay}`)) birthDay--;
    this.nameAndBirth.add(`${nameKey}|${birthDay}`);

    const unknownParents = family.legalStatus === 'parents_unknown';
    const hasFin = rng.chance(unknownParents || age === 0 ? 0.5 : 0.87);
    const hasCertificate = rng.chance(unknownParents ? 0.3 : BIRTH_CERTIFICATE_SHARE);
    const disability = rng.chance(DISABILITY_SHARE);
    const raw: ResidentCreateRaw = {
      fin: hasFin ? this.fin() : null,
      birthCertificate: hasCertificate ? this.birthCertificate() : null,
      lastName,
      firstName,
      patronymic,
      sex,
      dateOfBirth: isoOf(birthDay),
      placeOfBirth: family.placeOfBirth,
      citizenship: family.citizenship,
      legalStatus: family.legalStatus,
      disability,
      disabilityDegree: disability ? rng.weighted(DISABILITY_DEGREE_WEIGHTS) : null,
      disabilityDiagnosis: disability ? rng.pick(DIAGNOSES) : '',
      status: family.status,
      admissionDate: isoOf(family.admissionDay),
      admissionBasis: family.basis,
      admissionDecisionNumber: family.decisionNumber,
      admissionDecisionDate: family.decisionDate,
      admissionAuthority: family.authority,
    };
    return { raw, family };
  }

  private caregiver(): string {
    const sex: Sex = this.rng.chance(0.15) ? 'M' : 'F';
    return `${surnameFor(this.rng.pick(SURNAMES), sex)} ${this.rng.pick(sex === 'M' ? MALE_NAMES : FEMALE_NAMES)}`;
  }

  /**
   * Living groups by age band (split into groups of about GROUP_SIZE), each with its key worker;
   * residents share rooms by sex (day attendees have none). Former children keep no group.
   */
  assignGroups(children: ResidentCreateRaw[]): void {
    const floorRooms = new Map<number, number>();
    for (const band of GROUP_BANDS) {
      const members = children
        .filter((c) => c.status !== 'discharged')
        .filter((c) => {
          const age = ageOn(c.dateOfBirth, this.today);
          return age >= band.minAge && age <= band.maxAge;
        })
        .sort((a, b) => (a.dateOfBirth < b.dateOfBirth ? 1 : a.dateOfBirth > b.dateOfBirth ? -1 : 0));
      const groups = Math.ceil(members.length / GROUP_SIZE);
      const size = Math.ceil(members.length / Math.max(groups, 1)); // groups of even size
      for (let g = 0; g < groups; g++) {
        const inGroup = members.slice(g * size, (g + 1) * size);
        const name = groups === 1 ? band.name : `${band.name}-${g + 1}`;
        const keyWorker = this.caregiver();
        for (const sex of ['F', 'M'] as const) {
          const sleepers = inGroup.filter((c) => c.sex === sex && c.status === 'resident');
          for (let i = 0; i < sleepers.length; i += ROOM_SIZE) {
            const n = (floorRooms.get(band.floor) ?? 0) + 1;
            floorRooms.set(band.floor, n);
            for (const c of sleepers.slice(i, i + ROOM_SIZE)) c.room = `${band.floor}${String(n).padStart(2, '0')}`;
          }
        }
        for (const c of inGroup) {
          c.groupName = name;
          c.keyWorker = keyWorker;
        }
      }
    }
  }
}

function pickOther(rng: Prng, items: readonly string[], not: string): string {
  for (;;) {
    const x = rng.pick(items);
    if (x !== not) return x;
  }
}

export function generateDemo(opts: DemoOptions): Demo {
  if (!Number.isInteger(opts.children) || opts.children < 1 || opts.children > DEMO_MAX_CHILDREN) {
    throw new RangeError(`children must be a whole number from 1 to ${DEMO_MAX_CHILDREN}`);
  }
  const rng = new Prng(opts.seed);
  const ids = new Prng(opts.seed, 'ids'); // a stream of its own: field values never shift the ids
  const gen = new Generator(rng, opts.today, regionOf(rng.pick(REGION_NAMES)));
  const institution = gen.institution(opts.children);

  const total = opts.children + Math.round(opts.children * DISCHARGED_PER_CURRENT);
  const raws: ResidentCreateRaw[] = [];
  let family: Family | null = null;
  for (let i = 0; i < total; i++) {
    const current = i < opts.children;
    const made: { raw: ResidentCreateRaw; family: Family } = gen.child(current, current ? ANCHORS[i] : undefined, family);
    raws.push(made.raw);
    family = made.family;
  }
  gen.assignGroups(raws);

  // Records stamped one millisecond apart, ending just before the day began: reproducible, and
  // never in the future whatever the time of day.
  const start = dayStartMs(dayOf(opts.today)) - total - 1;
  const children = raws.map((raw, i): DemoChild => {
    const ms = start + 1 + i;
    return { id: seededUuidv7(ms, ids), createdAt: new Date(ms).toISOString(), fields: validated(raw, opts.today) };
  });
  return { institution, institutionCreatedAt: new Date(start).toISOString(), children };
}

/**
 * The demo with its groups' key workers renamed to `names` (the institution's caregivers, once its
 * staff are written): one name per group, taken in turn in the order the groups first appear.
 * Children without a group (former ones) keep none; without names the demo is returned as it is.
 */
export function withKeyWorkers(demo: Demo, names: readonly string[]): Demo {
  if (names.length === 0) return demo;
  const byGroup = new Map<string, string>();
  const children = demo.children.map((c): DemoChild => {
    const group = c.fields.groupName;
    if (!group) return c;
    let keyWorker = byGroup.get(group);
    if (keyWorker === undefined) {
      keyWorker = names[byGroup.size % names.length]!;
      byGroup.set(group, keyWorker);
    }
    return { ...c, fields: { ...c.fields, keyWorker } };
  });
  return { ...demo, children };
}

/** Every demo child passes the same validation as the form; anything else is a bug here. */
function validated(raw: ResidentCreateRaw, today: string): ResidentFields {
  const parsed = ResidentCreateInput.safeParse(raw);
  if (!parsed.success) throw new Error(`demo child fails validation: ${JSON.stringify(parsed.error.issues)}`);
  const { confirmDuplicate: _c, ...fields } = parsed.data;
  const issues = residentDateIssues(fields, today);
  if (issues.length) throw new Error(`demo child fails the date rules: ${JSON.stringify(issues)}`);
  return fields;
}
