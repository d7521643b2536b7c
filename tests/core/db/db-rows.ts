import type { Selectable } from 'kysely';
import type { DB } from '../../../src-main/core/db/types';

/** What a `SELECT *` of each table gives, as Kysely sees `DB` (types.test.ts reads it with the compiler). */
export type Rows = { [T in keyof DB]: Selectable<DB[T]> };
