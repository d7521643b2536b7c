import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, package0003, seed0002, signingKey0003, soundness, strictTables } from './old-rows';

describe('migration 0003: signing keys, ministry recipient, packages, closed periods', () => {
  it('keeps every row of a 0002 database and adds empty tables beside them', async () => {
    const { sqlite, to } = await tempDbAt(2);
    seed0002(sqlite);
    const before = allRows(sqlite);

    expect(await to(3)).toEqual(['0003_packages']);
    expect(allRows(sqlite)).toEqual({ ...before, signing_keys: [], ministry_recipient: [], packages: [], closed_periods: [] });
    expect(strictTables(sqlite)).toEqual(expect.arrayContaining(['closed_periods', 'ministry_recipient', 'packages', 'signing_keys']));
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('allows one active key, and a retired key only with its retirement time', async () => {
    const { sqlite } = await tempDbAt(3);
    signingKey0003(sqlite, 'k1', 'active');
    expect(() => signingKey0003(sqlite, 'k2', 'active')).toThrow(/UNIQUE/);
    signingKey0003(sqlite, 'k0', 'retired');
    expect(() => sqlite.prepare("UPDATE signing_keys SET retired_at = NULL WHERE key_id = 'k0'").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE signing_keys SET sealed_by = 'plain' WHERE key_id = 'k1'").run()).toThrow(/CHECK/);
    expect(sqlite.prepare("SELECT rotation FROM signing_keys WHERE key_id = 'k1'").get()).toEqual({ rotation: null });
  });

  it('chains packages by sequence, to a registered key, and closes periods on them', async () => {
    const { sqlite } = await tempDbAt(3);
    expect(() => package0003(sqlite, 1, 'nokey')).toThrow(/FOREIGN KEY/);
    signingKey0003(sqlite, 'k1', 'active');
    package0003(sqlite, 1, 'k1');
    expect(() => package0003(sqlite, 1, 'k1')).toThrow(/UNIQUE/);
    expect(() => package0003(sqlite, 0, 'k1')).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE packages SET status = 'lost'").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare('UPDATE packages SET supersedes = 7').run()).toThrow(/FOREIGN KEY/);
    expect(sqlite.prepare('SELECT accepted_problems, status_reason, supersedes FROM packages').get()).toEqual({
      accepted_problems: null, status_reason: null, supersedes: null,
    });

    const close = sqlite.prepare(
      "INSERT INTO closed_periods (period, start_date, end_date, package_sequence, closed_at, updated_at) VALUES ('2026-Q3', '2026-07-01', '2026-09-30', ?, 'x', 'x')",
    );
    expect(() => close.run(2)).toThrow(/FOREIGN KEY/);
    close.run(1);
    expect(sqlite.prepare('SELECT needs_correction FROM closed_periods').pluck().get()).toBe(0);
    expect(() => sqlite.prepare('UPDATE closed_periods SET needs_correction = 2').run()).toThrow(/CHECK/);

    const recipient = sqlite.prepare("INSERT INTO ministry_recipient (id, recipient, fingerprint, imported_at) VALUES (?, 'age1x', 'f', 'x')");
    expect(() => recipient.run(2)).toThrow(/CHECK/);
    recipient.run(1);
  });
});
