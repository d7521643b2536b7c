import type { Selectable } from 'kysely';
import type { ReadDb } from '../db/read';
import type { Ctx } from '../context';
import type { InstitutionTable } from '../db/types';
import { writeTx } from '../db/write';
import { AppError } from '../contract/errors';
import { changedFields } from '../audit/diff';
import { countUsers, hasActiveDirector, insertUser } from '../auth/users';
import { anonymousActor, signIn } from '../auth/session';
import type { InstitutionDto, InstitutionFields, SetupCreate, SetupResult, SetupStatus } from './schema';

type InstitutionRow = Selectable<InstitutionTable>;

function toDto(r: InstitutionRow): InstitutionDto {
  return {
    code: r.code,
    nameAz: r.name_az,
    nameEn: r.name_en,
    type: r.type as InstitutionDto['type'],
    region: r.region,
    address: r.address,
    capacity: r.capacity,
    updatedAt: r.updated_at,
  };
}

function columns(v: InstitutionFields) {
  return {
    code: v.code,
    name_az: v.nameAz,
    name_en: v.nameEn,
    type: v.type,
    region: v.region,
    address: v.address,
    capacity: v.capacity,
  };
}

function findInstitution(db: ReadDb) {
  return db.selectFrom('institution').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function setupStatus(ctx: Ctx): Promise<SetupStatus> {
  const [inst, users, director] = await Promise.all([findInstitution(ctx.db), countUsers(ctx.db), hasActiveDirector(ctx.db)]);
  return { hasInstitution: !!inst, hasDirector: director, needed: !inst || users === 0, institution: inst ? toDto(inst) : null };
}

/**
 * First run: records the institution and creates the director's account, then signs the director
 * in. Allowed only while the database has no account at all, so it can never take over a working
 * institution. An institution already on file (the demo generator writes one) is updated instead.
 */
export async function setupCreate(ctx: Ctx, input: SetupCreate): Promise<SetupResult> {
  const anonymous: Ctx = { ...ctx, actor: anonymousActor(ctx.actor.via, input.director.username) };
  const institution = await writeTx(anonymous, async (trx, audit) => {
    const [existing, users] = await Promise.all([findInstitution(trx), countUsers(trx)]);
    if (users > 0) throw new AppError('conflict', 'institution.alreadyDone');
    const now = ctx.now().toISOString();
    const row: InstitutionRow = { id: 1, ...columns(input.institution), created_at: existing?.created_at ?? now, updated_at: now };
    if (existing) await trx.updateTable('institution').set(row).where('id', '=', 1).execute();
    else await trx.insertInto('institution').values(row).execute();
    await audit({
      action: existing ? 'institution.update' : 'institution.create',
      entity: 'institution',
      entityId: '1',
      ...(existing ? { before: toDto(existing) } : {}),
      after: toDto(row),
    });
    await insertUser(trx, anonymous, audit, {
      username: input.director.username,
      displayName: input.director.displayName,
      role: 'director',
      password: input.director.password,
      staffId: null,
      mustChangePassword: false,
    });
    return toDto(row);
  });
  const session = await signIn(ctx, { username: input.director.username, password: input.director.password });
  return { institution, session };
}

export async function getInstitution(ctx: Ctx): Promise<InstitutionDto> {
  const r = await findInstitution(ctx.db);
  if (!r) throw new AppError('not_found', 'institution.noInstitution');
  return toDto(r);
}

export async function updateInstitution(ctx: Ctx, input: InstitutionFields): Promise<InstitutionDto> {
  return writeTx(ctx, async (trx, audit) => {
    const current = await findInstitution(trx);
    if (!current) throw new AppError('not_found', 'institution.noInstitution');
    const next: InstitutionRow = { ...current, ...columns(input) };
    const diff = changedFields({ ...toDto(current) }, { ...toDto(next) });
    if (!diff) return toDto(current);
    next.updated_at = ctx.now().toISOString();
    await trx.updateTable('institution').set(next).where('id', '=', 1).execute();
    await audit({ action: 'institution.update', entity: 'institution', entityId: '1', before: diff.before, after: diff.after });
    return toDto(next);
  });
}
