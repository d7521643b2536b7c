import type { CallInput } from '../../src-main/core/contract/calls';
import type { Ctx } from '../../src-main/core/context';
import { seedChild } from './fixture';

// A large institution for the list tests: many children with Azerbaijani names, made through the
// core's contract (residents.create), reproducible.

const SURNAMES = [
  'Abbasov', 'Əhmədov', 'Əliyev', 'Babayev', 'Cəfərov', 'Çələbiyev', 'Dadaşov', 'Əsgərov', 'Fərzəliyev',
  'Qasımov', 'Quliyev', 'Həsənov', 'Hüseynov', 'İbrahimov', 'İsmayılov', 'Kərimov', 'Məmmədov',
  'Mirzəyev', 'Nağıyev', 'Novruzov', 'Orucov', 'Ömərov', 'Paşayev', 'Rəhimov', 'Rüstəmov', 'Sadıqov',
  'Səfərov', 'Şükürov', 'Şahbazov', 'Tağıyev', 'Usubov', 'Vəliyev', 'Xəlilov', 'Yusifov',
];
const BOYS = ['Elçin', 'Orxan', 'Rəşad', 'Tural', 'Kamran', 'Nicat', 'Əli', 'Murad', 'Fuad', 'İlkin'];
const GIRLS = ['Aygün', 'Şəbnəm', 'Günay', 'Leyla', 'Nərmin', 'Ülviyyə', 'Səbinə', 'Aysel', 'Fidan', 'Könül'];
const FATHERS = ['Rəşid', 'Elşən', 'Vüqar', 'Anar', 'Ramil', 'Tofiq', 'Həsən', 'Mübariz', 'İlham', 'Zaur'];
const GROUPS = ['Günəş', 'Ulduz', 'Bənövşə', 'Çinar', 'Ağcaqayın'];

const feminine = (surname: string) => (/(ov|yev|ev)$/.test(surname) ? `${surname}a` : surname);

function dayPlus(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const FIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'; // no I, no O

/** A distinct valid FIN per index (base 34, 7 characters). */
function syntheticFin(i: number): string {
  let n = 1_000_003 + i * 7919;
  let out = '';
  for (let k = 0; k < 7; k++) {
    out = FIN_ALPHABET[n % FIN_ALPHABET.length]! + out;
    n = Math.floor(n / FIN_ALPHABET.length);
  }
  return out;
}

/** The i-th child of the synthetic institution (all names distinct for i < 6,800). */
export function syntheticChild(i: number): CallInput<'residents.create'> {
  const girl = i % 2 === 1;
  const k = Math.floor(i / 2);
  const surname = SURNAMES[k % SURNAMES.length]!;
  const first = (girl ? GIRLS : BOYS)[Math.floor(k / SURNAMES.length) % 10]!;
  const father = FATHERS[Math.floor(k / (SURNAMES.length * 10)) % 10]!;
  return {
    lastName: girl ? feminine(surname) : surname,
    firstName: first,
    patronymic: `${father} ${girl ? 'qızı' : 'oğlu'}`,
    sex: girl ? 'F' : 'M',
    dateOfBirth: dayPlus('2009-01-01', (i * 37) % 5800),
    admissionDate: '2025-09-01',
    groupName: GROUPS[i % GROUPS.length]!,
    legalStatus: 'parents_deprived',
    disability: i % 9 === 0,
    status: i % 100 === 7 ? 'discharged' : 'resident',
    // Most children have a FIN; one in seven has no documents yet.
    fin: i % 7 === 3 ? null : syntheticFin(i),
  };
}

/** Children whose order tells Azerbaijani collation apart from a plain or a root-locale sort. */
export const COLLATION_PROBES: CallInput<'residents.create'>[] = [
  // az: u < ü, so Zurabov < Zülalov (a root collator, treating ü as u, puts Zurabov last).
  { lastName: 'Zurabov', firstName: 'Yusif', patronymic: 'Kamran oğlu', sex: 'M', dateOfBirth: '2012-02-02', admissionDate: '2025-09-01' },
  // az: s < ş, so Sona < Şahin (a root collator puts Sona last).
  { lastName: 'Zülalov', firstName: 'Sona', patronymic: 'Elvin qızı', sex: 'F', dateOfBirth: '2013-03-03', admissionDate: '2025-09-01' },
  { lastName: 'Zülalov', firstName: 'Şahin', patronymic: 'Elvin oğlu', sex: 'M', dateOfBirth: '2014-04-04', admissionDate: '2025-09-01' },
];

export async function seedInstitution(ctx: Ctx, count: number): Promise<CallInput<'residents.create'>[]> {
  const all: CallInput<'residents.create'>[] = [];
  for (let i = 0; i < count; i++) all.push(syntheticChild(i));
  all.push(...COLLATION_PROBES);
  for (const c of all) await seedChild(ctx, c);
  return all;
}
