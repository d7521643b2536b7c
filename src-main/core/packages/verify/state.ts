import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { STATE_FORMAT } from '../format/names';
import { parseStrictJson } from '../format/json';
import type { Statement } from '../format/statement';
import { VerifyError } from './errors';

// The ministry's memory of each institution's chain: the packages it accepted (sequence and the
// statement's SHA-256). A package must continue the chain: sequence = last + 1 and previous = the
// last statement's SHA-256. The same statement again is "already received"; the same sequence
// with another statement is a fork.

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Accepted = z.strictObject({
  sequence: z.number().int().min(1),
  statementSha256: sha256,
  period: z.string(),
  acceptedAt: z.string(),
  /** The institution's audit chain head the package anchored (absent in states written before). */
  auditHead: z.strictObject({ seq: z.number().int().min(1), hash: sha256 }).nullable().optional(),
});
const InstitutionChain = z.strictObject({
  sequence: z.number().int().min(1),
  statementSha256: sha256,
  accepted: z.array(Accepted),
});
export const VerifierStateSchema = z.strictObject({
  format: z.literal(STATE_FORMAT),
  institutions: z.record(z.string(), InstitutionChain),
});
export type VerifierState = z.infer<typeof VerifierStateSchema>;

export const emptyState = (): VerifierState => ({ format: STATE_FORMAT, institutions: {} });

export class StateError extends Error {}

/** Reads a state file; a file that does not exist yet is an empty state. */
export function readStateFile(path: string): VerifierState {
  if (!existsSync(path)) return emptyState();
  try {
    const state = VerifierStateSchema.parse(parseStrictJson(readFileSync(path, 'utf8')));
    // The object came from a strict parser; copy into a plain record (no prototype surprises).
    return { format: state.format, institutions: Object.fromEntries(Object.entries(state.institutions)) };
  } catch (e) {
    throw new StateError(`state file ${path}: ${e instanceof Error ? e.message.split('\n')[0] : 'unreadable'}`);
  }
}

/** Writes the state atomically: a temporary file beside it, then a rename. */
export function writeStateFile(path: string, state: VerifierState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

/**
 * Where the statement stands in its institution's chain: 'new' when it continues it, 'already
 * received' when this very statement was accepted before. Throws the chain's VerifyError otherwise.
 */
export function checkChain(state: VerifierState, st: Statement, digest: string): 'new' | 'already_received' {
  const chain = Object.prototype.hasOwnProperty.call(state.institutions, st.institution)
    ? state.institutions[st.institution]
    : undefined;
  const last = chain?.sequence ?? 0;
  const seen = chain?.accepted.find((a) => a.sequence === st.sequence);
  if (seen) {
    if (seen.statementSha256 === digest) return 'already_received';
    if (st.sequence === last) throw new VerifyError('sequence_fork', { sequence: st.sequence });
    throw new VerifyError('sequence_backwards', { sequence: st.sequence, last });
  }
  if (st.sequence <= last) throw new VerifyError('sequence_backwards', { sequence: st.sequence, last });
  if (st.sequence > last + 1) throw new VerifyError('sequence_skip', { sequence: st.sequence, expected: last + 1 });
  if (st.previous !== (chain?.statementSha256 ?? null)) {
    throw new VerifyError('previous_mismatch', { sequence: st.sequence });
  }
  // The audit chain only grows: a head below one anchored before means the log was cut or rebuilt.
  const anchored = Math.max(0, ...(chain?.accepted ?? []).map((a) => a.auditHead?.seq ?? 0));
  if ((st.auditHead?.seq ?? 0) < anchored) {
    throw new VerifyError('audit_head_backwards', { seq: st.auditHead?.seq ?? 0, anchored });
  }
  if (st.supersedes !== null) {
    const old = chain?.accepted.find((a) => a.sequence === st.supersedes);
    if (!old || old.period !== st.period.label) throw new VerifyError('supersedes_invalid', { supersedes: st.supersedes });
  }
  return 'new';
}

/** The state after accepting a new statement (a new object; the old one is left alone). */
export function advanceState(state: VerifierState, st: Statement, digest: string, now: Date): VerifierState {
  const chain = state.institutions[st.institution];
  const accepted = [
    ...(chain?.accepted ?? []),
    { sequence: st.sequence, statementSha256: digest, period: st.period.label, acceptedAt: now.toISOString(), auditHead: st.auditHead },
  ];
  return {
    format: STATE_FORMAT,
    institutions: { ...state.institutions, [st.institution]: { sequence: st.sequence, statementSha256: digest, accepted } },
  };
}
