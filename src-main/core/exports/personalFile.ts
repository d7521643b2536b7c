import type { Ctx } from '../context';
import { roleCan } from '../contract/permissions';
import { getCare } from '../care/service';
import { listRelatives } from '../care/relatives';
import { childEducation } from '../education/service';
import { getResident } from '../residents/service';
import { mustRead } from './lists';
import type { PersonalFileDto } from './schema';

// The child's personal file (exports.personalFile) feeding its print page: each part read through
// its domain's own service, so each keeps its own rule — the diagnosis only for residents.medical,
// a restricted address only for care.write — and the medical part (allergies) is read only for a
// role that may see it. Opening the file is a read of the child's record (the handler logs it).

export async function personalFile(ctx: Ctx, id: string): Promise<PersonalFileDto> {
  mustRead(ctx, 'residents.read');
  const identity = await getResident(ctx, id);
  const care = roleCan(ctx.actor.role, 'care.read') ? await getCare(ctx, id) : null;
  const relatives = roleCan(ctx.actor.role, 'care.read') ? await listRelatives(ctx, id) : [];
  const education = roleCan(ctx.actor.role, 'education.read') ? await childEducation(ctx, id) : null;
  const medical = roleCan(ctx.actor.role, 'residents.medical')
    ? {
        allergies: (await ctx.db.selectFrom('allergies').select(['allergen', 'reaction', 'severity', 'noted_date']).where('resident_id', '=', id).where('voided_at', 'is', null).orderBy('created_at').execute())
          .map((a) => ({ allergen: a.allergen, reaction: a.reaction, severity: a.severity, notedDate: a.noted_date })),
      }
    : null;
  return {
    identity,
    relatives,
    episodes: care?.episodes ?? [],
    casePlans: care?.plans ?? [],
    schooling: education?.schooling ?? [],
    educationPlans: education?.plans ?? [],
    medical,
  };
}
