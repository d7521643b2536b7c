import type { Ctx } from '../context';
import type { DataQualityNote } from './format/statement';
import { packageRows, type PackageRow } from './queries';
import type { PackageDto } from './schema';

/** A row of the package chain as the screens and the CLI see it. */
export function toPackageDto(r: PackageRow): PackageDto {
  return {
    id: r.id,
    sequence: r.sequence,
    period: r.period,
    fileName: r.file_name,
    sha256: r.sha256,
    statementSha256: r.statement_sha256,
    previousSha256: r.previous_sha256,
    signerKeyId: r.signer_key_id,
    recipient: r.recipient,
    counts: JSON.parse(r.counts) as Record<string, number>,
    acceptedProblems: r.accepted_problems ? (JSON.parse(r.accepted_problems) as DataQualityNote) : null,
    status: r.status,
    statusReason: r.status_reason,
    statusAt: r.status_at,
    supersedes: r.supersedes,
    preparedAt: r.prepared_at,
    createdAt: r.created_at,
  };
}

/** The package history, newest first: the chain, with each package's status. */
export async function listPackages(ctx: Ctx): Promise<PackageDto[]> {
  return (await packageRows(ctx.db)).map(toPackageDto);
}
