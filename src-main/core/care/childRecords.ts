import type { ChildRecordSource } from '../audit/childRecords';

// Care's records of one child, for the child's History tab (audit/childRecords.ts).
export const careChildRecords: ChildRecordSource[] = [
  { entity: 'care_episode', ids: (db, id) => db.selectFrom('care_episodes').select('id').where('resident_id', '=', id) },
  { entity: 'case_plan', ids: (db, id) => db.selectFrom('case_plans').select('id').where('resident_id', '=', id) },
  { entity: 'relative', ids: (db, id) => db.selectFrom('relatives').select('id').where('resident_id', '=', id) },
  { entity: 'referral', ids: (db, id) => db.selectFrom('referrals').select('id').where('resident_id', '=', id) },
  { entity: 'follow_up_visit', ids: (db, id) => db.selectFrom('follow_up_visits').select('id').where('resident_id', '=', id) },
  {
    // An assessment belongs to the child through its referral or its episode.
    entity: 'assessment',
    ids: (db, id) =>
      db
        .selectFrom('assessments')
        .select('assessments.id')
        .where((eb) =>
          eb.or([
            eb('referral_id', 'in', eb.selectFrom('referrals').select('id').where('resident_id', '=', id)),
            eb('episode_id', 'in', eb.selectFrom('care_episodes').select('id').where('resident_id', '=', id)),
          ]),
        ),
  },
];
