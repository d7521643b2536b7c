import type { FieldIssue } from '../contract/errors';
import { sortEpisodes, type EpisodeRow } from './queries';

// The rules a child's care history keeps, as one pure function: care's corrections check an
// edited or voided episode against it, and an edit of the register's admission fields
// (care/register.ts followAdmissionEdit) checks the admission episode it moves. Imports nothing of
// care's services, so the residents domain may use it without a cycle.

const issue = (path: string, message: FieldIssue['message'], params?: FieldIssue['params']): FieldIssue => ({ path, message, ...(params ? { params } : {}) });

/**
 * The first rule a child's history breaks, or null: stays in order (an admission only outside a
 * stay and after the last exit; the first a new admission, later ones not), leaves and missing
 * episodes inside a stay, one at a time, a return not before its start, an exit not before the
 * stay's last event. `path` is the field named for the episode `focus` (the one changed).
 */
export function historyIssue(rows: readonly EpisodeRow[]): FieldIssue | null {
  const sorted = sortEpisodes([...rows]);
  let inStay = false;
  let stays = 0;
  let lastExit: string | null = null;
  let lastEnd = '';
  let away = false;
  for (const e of sorted) {
    if (e.ended_on !== null && e.ended_on < e.started_on) return issue('endedOn', 'care.errors.returnBeforeLeave', { date: e.started_on });
    switch (e.kind) {
      case 'admission':
        if (inStay) return issue('startedOn', 'care.errors.alreadyInCare');
        if (lastExit !== null && e.started_on <= lastExit) return issue('startedOn', 'care.errors.overlapsStay', { date: lastExit });
        if (stays > 0 && e.admission_type === 'new') return issue('admissionType', 'care.errors.readmissionExpected');
        if (stays === 0 && e.admission_type === 'readmission') return issue('admissionType', 'care.errors.noEarlierStay');
        inStay = true;
        stays += 1;
        lastEnd = e.started_on;
        away = false;
        break;
      case 'leave':
      case 'missing':
        if (!inStay) return issue('startedOn', 'care.errors.notInCare');
        if (away) return issue('startedOn', 'care.errors.alreadyAway');
        if (e.started_on < lastEnd) return issue('startedOn', 'care.errors.overlapsAbsence', { date: lastEnd });
        lastEnd = e.ended_on ?? e.started_on;
        away = e.ended_on === null;
        break;
      case 'exit':
        if (!inStay) return issue('startedOn', 'care.errors.notInCare');
        if (away || e.started_on < lastEnd) return issue('startedOn', 'care.errors.overlapsAbsence', { date: lastEnd });
        inStay = false;
        lastExit = e.started_on;
        break;
    }
  }
  return null;
}

