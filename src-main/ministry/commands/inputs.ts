import { CliFailure, cliText, readText } from '../../cli/command';
import { readKeyFile } from '../../core/packages/crypto/age';
import { parseTrustFile, TrustError, type Trust } from '../../core/packages/format/trust';
import { readStateFile, StateError, type VerifierState } from '../../core/packages/verify/state';

// The files the ministry's commands read: its age identity, the trust file, the verifier state.
// A file that is not what it should be is a failure the user sees (exit 1), in their language.

export function identityFrom(path: string): string {
  const identity = readKeyFile(readText(path), 'identity');
  if (!identity) throw new CliFailure(cliText('packages.errors.badIdentity'));
  return identity;
}

export function trustFrom(path: string): Trust {
  try {
    return parseTrustFile(readText(path)).trust;
  } catch (e) {
    if (e instanceof TrustError) throw new CliFailure(cliText('packages.errors.badTrust', { reason: e.reason }));
    throw e;
  }
}

export function stateFrom(path: string): VerifierState {
  try {
    return readStateFile(path);
  } catch (e) {
    if (e instanceof StateError) throw new CliFailure(cliText('packages.errors.badState', { reason: e.message }));
    throw e;
  }
}
