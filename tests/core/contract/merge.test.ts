import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, Empty, mergeFragments } from '../../../src-main/core/contract/define';
import { checkHandlers } from '../../../src-main/core/contract/handler';
import { contract } from '../../../src-main/core/contract/calls';
import { handlers } from '../../../src-main/core/contract/handlers';

// The contract lists domains, not calls: each domain's fragment is merged here, and the merge is
// what keeps two domains from claiming one name or a call from going unanswered.

describe('merging the domains into one contract', () => {
  const a = { 'a.one': call<number>()(Empty, 'app.read'), 'a.two': call<string>()(z.object({ x: z.string() }), 'app.read') };
  const b = { 'b.one': call<number>()(Empty, 'public') };

  it('keeps every call of every fragment', () => {
    const merged = mergeFragments('call', [a, b] as const);
    expect(Object.keys(merged).sort()).toEqual(['a.one', 'a.two', 'b.one']);
    expect(merged['b.one'].permission).toBe('public');
  });

  it('refuses a name declared by two fragments', () => {
    const clash = { 'a.two': call<number>()(Empty, 'public') };
    expect(() => mergeFragments('call', [a, b, clash] as const)).toThrow('call "a.two" is declared twice');
  });

  it('refuses a call without a handler and a handler without a call', () => {
    const merged = mergeFragments('call', [a, b] as const);
    const answer = async () => 1;
    expect(() => checkHandlers(merged, { 'a.one': answer, 'a.two': answer })).toThrow('calls without a handler: b.one');
    expect(() => checkHandlers(merged, { 'a.one': answer, 'a.two': answer, 'b.one': answer, 'c.x': answer })).toThrow(
      'handlers for undeclared calls: c.x',
    );
  });

  it('the real contract: every call answered, and each call named after its domain', () => {
    expect(() => checkHandlers(contract, handlers)).not.toThrow();
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    expect(Object.keys(contract).length).toBeGreaterThan(50);
  });
});
