// A person's stored name fields → the DTO's, for every register that keeps people (children,
// staff): one mapping, as the fields are one schema fragment (person/schema.ts).

export interface PersonRow {
  id: string;
  fin: string | null;
  last_name: string;
  first_name: string;
  patronymic: string;
  sex: string;
}

export function personOf<R extends PersonRow>(r: R): { id: string; fin: string | null; lastName: string; firstName: string; patronymic: string; sex: R['sex'] } {
  return { id: r.id, fin: r.fin, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, sex: r.sex };
}
