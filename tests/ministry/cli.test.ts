import { describe, expect, it } from 'vitest';
import { commands } from '../../src-main/cli/commands/index';
import { ministryCommands } from '../../src-main/ministry/cli';

// The ministry's entry lists its commands; `qaygi` registers each of them, under the same words.
describe('the ministry’s commands in qaygi', () => {
  it('are all registered', () => {
    for (const c of Object.values(ministryCommands)) expect(Object.values(commands)).toContain(c);
    expect(Object.values(ministryCommands).map((c) => c.words.join(' '))).toEqual([
      'ministry keygen',
      'verify',
      'inspect',
      'ministry receipt-keygen',
      'ministry receipt',
    ]);
  });
});
