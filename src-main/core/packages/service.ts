import type { Ctx } from '../context';
import { toPackageDto } from './exporter';
import { packageRows } from './queries';
import type { PackageDto } from './schema';

/** The package history, newest first: the chain, with each package's status. */
export async function listPackages(ctx: Ctx): Promise<PackageDto[]> {
  return (await packageRows(ctx.db)).map(toPackageDto);
}
