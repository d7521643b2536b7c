import { useQueries, useQuery } from '@tanstack/react-query';
import { callQuery } from '../data/call';
import { fullName } from '../format';
import { residentQueries } from '../residents/queries';
import { staffQueries } from '../staff/queries';
import { subjectsOf, type Entry } from './auditEntries';

// The names of the children, staff members and accounts the audit entries on screen are about.
// They are the records' own queries (shared with their pages, refreshed when a record changes),
// asked for together; a record that cannot be read has no name (the entry shows its link or id).

export interface SubjectNames {
  nameOf(entity: string, id: string): string | undefined;
  /** Staff names by id, for "linked staff member" values. */
  staffNames: Record<string, string>;
  /** Training titles by id, for the entries about a training. */
  trainingTitles: Record<string, string>;
}

/** Names change rarely; a record that changed is invalidated by its mutation anyway. */
const NAME_STALE_MS = 60_000;

export function useSubjectNames(entries: Entry[] | null, canListUsers: boolean): SubjectNames {
  const wanted = subjectsOf(entries ?? []);
  const residents = useQueries({
    queries: wanted.residents.map((id) => ({ ...residentQueries.detail(id), staleTime: NAME_STALE_MS })),
  });
  const staff = useQueries({
    queries: wanted.staff.map((id) => ({ ...staffQueries.detail(id), staleTime: NAME_STALE_MS })),
  });
  const users = useQuery({ ...callQuery('users.list', {}), enabled: canListUsers && wanted.users, staleTime: NAME_STALE_MS });

  const names = new Map<string, string>();
  const staffNames: Record<string, string> = {};
  const trainingTitles: Record<string, string> = {};
  for (const r of residents) if (r.data) names.set(`resident:${r.data.id}`, fullName(r.data));
  for (const q of staff) {
    const s = q.data;
    if (!s) continue;
    names.set(`staff:${s.id}`, (staffNames[s.id] = fullName(s)));
    for (const tr of s.trainings) trainingTitles[tr.id] = tr.title;
  }
  for (const u of users.data ?? []) names.set(`user:${u.id}`, `${u.displayName} (${u.username})`);
  return { nameOf: (entity, id) => names.get(`${entity}:${id}`) || undefined, staffNames, trainingTitles };
}
