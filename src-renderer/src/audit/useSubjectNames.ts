import { useEffect, useState } from 'react';
import { api } from '../api';
import { fullName } from '../format';
import type { Entry } from './auditDisplay';

// The names of the children, staff members and accounts the audit entries on screen are about,
// asked for once per record and kept for the window's life.

const cache = new Map<string, string>();

const keyOf = (entity: string, id: string) => `${entity}:${id}`;

export function useSubjectNames(entries: Entry[] | null, canListUsers: boolean): (entity: string, id: string) => string | undefined {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (!entries) return;
    let live = true;
    const wanted = new Map<string, { entity: string; id: string }>();
    for (const e of entries) {
      if ((e.entity === 'resident' || e.entity === 'staff') && !cache.has(keyOf(e.entity, e.entityId))) {
        wanted.set(keyOf(e.entity, e.entityId), { entity: e.entity, id: e.entityId });
      }
      // An account's staff link names a staff member.
      for (const v of [e.before, e.after]) {
        const staffId = v && typeof v === 'object' ? (v as Record<string, unknown>).staffId : undefined;
        if (typeof staffId === 'string' && !cache.has(keyOf('staff', staffId))) wanted.set(keyOf('staff', staffId), { entity: 'staff', id: staffId });
      }
    }
    const needUsers = canListUsers && entries.some((e) => e.entity === 'user' && !cache.has(keyOf('user', e.entityId)));
    void (async () => {
      const jobs = [...wanted.values()].map(async ({ entity, id }) => {
        if (entity === 'resident') {
          const r = await api().call('residents.get', { id });
          cache.set(keyOf(entity, id), r.ok ? fullName(r.value) : '');
          return;
        }
        const r = await api().call('staff.get', { id });
        cache.set(keyOf(entity, id), r.ok ? fullName(r.value) : '');
        if (r.ok) for (const tr of r.value.trainings) cache.set(keyOf('training', tr.id), tr.title);
      });
      if (needUsers) {
        jobs.push(
          api()
            .call('users.list', {})
            .then((r) => {
              if (r.ok) for (const u of r.value) cache.set(keyOf('user', u.id), `${u.displayName} (${u.username})`);
            }),
        );
      }
      if (!jobs.length) return;
      await Promise.all(jobs);
      if (live) setVersion((n) => n + 1);
    })();
    return () => {
      live = false;
    };
  }, [entries, canListUsers]);
  return (entity, id) => cache.get(keyOf(entity, id)) || undefined;
}

/** Every name of this kind known so far, by id: staff names (for "linked staff member" values),
 *  training titles (for the entries about a training). */
export function knownNames(entity: 'staff' | 'training'): Record<string, string> {
  const out: Record<string, string> = {};
  const prefix = `${entity}:`;
  for (const [k, v] of cache) if (k.startsWith(prefix) && v) out[k.slice(prefix.length)] = v;
  return out;
}
