import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_LABEL } from '../../../src-main/core/audit/i18n/labels';
import { az, en, ru } from '../../../src-main/core/i18n/index';

// Every action the core writes to the audit log has words in the three languages: the audit
// screen and a child's History tab name it, never show its code.

const CORE = join(import.meta.dirname, '../../../src-main/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const at = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);

describe('audit actions', () => {
  it('each action written in the core has a label with words in az, en and ru', () => {
    const written = new Set<string>();
    for (const file of sources(CORE)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/action: '([a-z_]+\.[A-Za-z_]+)'/g)) written.add(m[1]!);
    }
    expect(written.size).toBeGreaterThan(50);
    const labels = ACTION_LABEL as Record<string, string>;
    expect([...written].filter((a) => !labels[a]).sort()).toEqual([]);
    for (const a of written) {
      for (const [name, messages] of Object.entries({ az, en, ru })) expect(typeof at(messages, labels[a]!), `${a} in ${name}`).toBe('string');
    }
  });
});
