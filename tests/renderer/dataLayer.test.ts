import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/query-core';
import type { CallInput, CallName } from '../../src-main/core/contract/calls';
import type { Result } from '../../src-main/core/contract/errors';
import { CallFailure, callErrorOf, isTransient, shouldRetry, toCallError, unwrap } from '../../src-renderer/src/data/callError';
import { callKey } from '../../src-renderer/src/data/callKey';
import { queryDefaults } from '../../src-renderer/src/data/queryDefaults';
import { dropHeldCalls, heldCallCount, releaseHeldCalls } from '../../src-renderer/src/session/sessionBus';
import { scripted } from './scriptedApi';

// The data layer: failed results become typed errors, only a lost connection is retried, and a
// query answered `locked` waits under react-query until the session guard releases it.

const answers: Array<Result<unknown>> = [];
// What data/call.ts builds, over the same guard that api() puts around the real core.
const { api: guarded, asked } = scripted(answers);
const queryOf = <K extends CallName>(name: K, input: CallInput<K>) => ({
  queryKey: callKey(name, input),
  queryFn: async () => unwrap(await guarded.call(name, input)),
});
const createQueryClient = () => new QueryClient({ defaultOptions: queryDefaults });
afterEach(() => {
  dropHeldCalls();
  answers.length = 0;
  asked.length = 0;
});

const notFound: Result<never> = { ok: false, error: { code: 'not_found', message: 'errors.notFound' } };
const lost: Result<never> = { ok: false, error: { code: 'internal', message: 'app.connectionLost' } };

describe('call errors', () => {
  it('unwraps a value and throws the core error otherwise, with its code and fields', () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    const fields = [{ path: 'fin', message: 'validation.finFormat' }];
    try {
      unwrap({ ok: false, error: { code: 'invalid', message: 'errors.invalid', fields } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CallFailure);
      expect((e as CallFailure).code).toBe('invalid');
      expect((e as CallFailure).fields).toEqual(fields);
    }
  });

  it('reads anything thrown as a CallError to show', () => {
    expect(toCallError(null)).toBeNull();
    expect(toCallError(new CallFailure(notFound.error))).toEqual(notFound.error);
    expect(toCallError({ code: 'conflict', message: 'errors.staleVersion' })).toEqual({ code: 'conflict', message: 'errors.staleVersion' });
    expect(toCallError(new TypeError('boom'))).toEqual({ code: 'internal', message: 'errors.internal' });
    expect(callErrorOf('x')).toEqual({ code: 'internal', message: 'errors.internal' });
  });

  it('retries a lost connection twice and an answer of the core never', () => {
    expect(isTransient(new CallFailure(lost.error))).toBe(true);
    expect(shouldRetry(0, new CallFailure(lost.error))).toBe(true);
    expect(shouldRetry(1, new CallFailure(lost.error))).toBe(true);
    expect(shouldRetry(2, new CallFailure(lost.error))).toBe(false);
    for (const code of ['invalid', 'forbidden', 'not_found', 'conflict', 'duplicate', 'internal'] as const) {
      expect(shouldRetry(0, new CallFailure({ code, message: `errors.${code}` }))).toBe(false);
    }
    expect(shouldRetry(0, new Error('not a call'))).toBe(false);
  });
});

describe('queries over the guarded api', () => {
  it('keys a call by its domain, its name and its input', () => {
    expect(callKey('residents.get', { id: 'a' })).toEqual(['residents', 'get', { id: 'a' }]);
    expect(callKey('staff.list', { query: 'x' })).toEqual(['staff', 'list', { query: 'x' }]);
  });

  it('fails a query at once with the typed error when the core refuses', async () => {
    answers.push(notFound);
    const client = createQueryClient();
    await expect(client.fetchQuery(queryOf('residents.get', { id: 'gone' }))).rejects.toMatchObject({ code: 'not_found' });
    expect(asked).toEqual(['residents.get']);
  });

  it('keeps a query answered `locked` pending until unlock, then sends it again', async () => {
    answers.push({ ok: false, error: { code: 'locked', message: 'errors.locked' } }, { ok: true, value: ['Günəş'] });
    const client = createQueryClient();
    const p = client.fetchQuery(queryOf('residents.groups', {}));
    await expect.poll(() => heldCallCount()).toBe(1);
    expect(client.getQueryState(['residents', 'groups', {}])?.fetchStatus).toBe('fetching');
    releaseHeldCalls();
    await expect(p).resolves.toEqual(['Günəş']);
    expect(asked).toEqual(['residents.groups', 'residents.groups']);
  });
});
