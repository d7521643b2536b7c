import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pagesCovering } from '../../src-renderer/src/residents/listState';
import { residentKeys } from '../../src-renderer/src/residents/queryKeys';

// The residents cache keys (a change invalidates by prefix) and the pages a table window needs.

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) => prefix.every((p, i) => key[i] === p);

describe('residentKeys', () => {
  it('puts every key of the domain under its prefix, and each kind under its own', () => {
    const list = residentKeys.list({ query: 'x', offset: 200, limit: 200 });
    expect(list).toEqual(['residents', 'list', { query: 'x', offset: 200, limit: 200 }]);
    expect(startsWith(list, residentKeys.lists())).toBe(true);
    expect(startsWith(residentKeys.detail('a'), residentKeys.details())).toBe(true);
    expect(startsWith(residentKeys.history('a'), residentKeys.histories())).toBe(true);
    for (const k of [list, residentKeys.detail('a'), residentKeys.history('a'), residentKeys.groups(), residentKeys.searches()]) {
      expect(startsWith(k, residentKeys.all)).toBe(true);
    }
    // A child's record is not one of the lists: invalidating the lists leaves it alone.
    expect(startsWith(residentKeys.detail('a'), residentKeys.lists())).toBe(false);
  });
});

describe('pagesCovering', () => {
  it('names the pages of the rows in view, within the rows there are', () => {
    expect(pagesCovering(0, 30, 10_000)).toEqual([0]);
    expect(pagesCovering(190, 230, 10_000)).toEqual([0, 1]);
    expect(pagesCovering(9_990, 10_020, 10_000)).toEqual([49]);
    expect(pagesCovering(0, 30, 12)).toEqual([0]);
    expect(pagesCovering(0, 0, 0)).toEqual([]);
    expect(pagesCovering(5, 2, 100)).toEqual([0]);
    expect(pagesCovering(0, 25, 100, 10)).toEqual([0, 1, 2]);
    expect(PAGE_SIZE).toBe(200);
  });
});
