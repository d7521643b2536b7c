import { describe, expect, it } from 'vitest';
import { latestError } from '../../src-renderer/src/data/latestError';

describe('latestError', () => {
  it("shows the refusal of the action tried last, none when that one succeeded", () => {
    expect(latestError({ error: 'a', submittedAt: 10 }, { error: 'b', submittedAt: 20 })).toBe('b');
    expect(latestError({ error: 'a', submittedAt: 10 }, { error: null, submittedAt: 20 })).toBe(null);
  });

  it('ignores actions never tried', () => {
    expect(latestError({ error: null, submittedAt: 0 }, { error: 'b', submittedAt: 5 })).toBe('b');
    expect(latestError()).toBe(null);
  });
});
