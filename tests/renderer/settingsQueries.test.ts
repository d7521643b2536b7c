import { describe, expect, it } from 'vitest';
import { callKey } from '../../src-renderer/src/data/callKey';
import { institutionKeys, settingsKeys, userKeys } from '../../src-renderer/src/settings/queryKeys';

// The settings screens' keys: the accounts' list is the very key the audit screen reads for its
// subject names, so an account change reaches it.

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) => prefix.every((p, i) => key[i] === p);

describe('settings keys', () => {
  it('keeps the accounts list under the key the audit screen uses, within the users prefix', () => {
    expect(userKeys.list()).toEqual(callKey('users.list', {}));
    expect(userKeys.list()).toEqual(['users', 'list', {}]);
    expect(startsWith(userKeys.list(), userKeys.all)).toBe(true);
  });

  it('puts the institution and its settings each under its own prefix', () => {
    expect(institutionKeys.detail()).toEqual(['institution', 'get', {}]);
    expect(settingsKeys.detail()).toEqual(['settings', 'get', {}]);
    expect(startsWith(settingsKeys.detail(), institutionKeys.all)).toBe(false);
  });
});
