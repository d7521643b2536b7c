import { describe, expect, it } from 'vitest';
import type { RollCallRow } from '../../src-main/core/daily/schema';
import { changedCount, draftOf, gridAction, markAllPresent, marksToSave, moveTo, statusOfKey } from '../../src-renderer/src/daily/rollCallModel';

// The roll call grid's keyboard and draft (daily/rollCallModel.ts).

const row = (id: string, status: RollCallRow['status'] = null, note = ''): RollCallRow => ({
  residentId: id, lastName: id, firstName: 'X', patronymic: '', sex: 'M', dateOfBirth: '2015-01-01', status, note,
});
const key = (code: string, key = '', mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  code, key, ctrlKey: false, metaKey: false, altKey: false, ...mods,
});

describe('roll call keys', () => {
  it('reads digits 1–6 by position (top row and number pad) as the statuses in order, whatever the layout', () => {
    expect(['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Numpad6'].map(statusOfKey)).toEqual([
      'present', 'home_leave', 'hospital', 'school_trip', 'missing', 'other',
    ]);
    expect(statusOfKey('Digit7')).toBeNull();
    expect(statusOfKey('Digit0')).toBeNull();
    // On the Russian layout KeyP types "з": still "every unmarked child present".
    expect(gridAction(key('KeyP', 'з'))).toEqual({ type: 'allPresent' });
    expect(gridAction(key('KeyS', 'ы', { ctrlKey: true }))).toEqual({ type: 'save' });
    expect(gridAction(key('KeyP', 'p', { ctrlKey: true }))).toBeNull();
    expect(gridAction(key('ArrowDown', 'ArrowDown'))).toEqual({ type: 'move', to: 'down' });
    expect(gridAction(key('Enter', 'Enter'))).toEqual({ type: 'note' });
    expect(gridAction(key('KeyQ', 'q'))).toBeNull();
  });

  it('moves within the list and stops at its ends', () => {
    expect(moveTo(0, 'up', 5)).toBe(0);
    expect(moveTo(4, 'down', 5)).toBe(4);
    expect(moveTo(2, 'pageDown', 300)).toBe(12);
    expect(moveTo(2, 'last', 300)).toBe(299);
    expect(moveTo(0, 'down', 0)).toBe(0);
  });
});

describe('roll call draft', () => {
  it('marks only the unmarked present, counts changes against the saved day, and saves every marked child', () => {
    const rows = [row('a', 'hospital', 'ward 3'), row('b'), row('c')];
    let d = draftOf(rows);
    expect(changedCount(d, rows)).toBe(0);
    d = { ...d, c: { status: 'missing', note: '' } };
    d = markAllPresent(d, rows);
    expect(d).toEqual({ a: { status: 'hospital', note: 'ward 3' }, b: { status: 'present', note: '' }, c: { status: 'missing', note: '' } });
    expect(changedCount(d, rows)).toBe(2);
    expect(marksToSave({ ...d, b: { status: null, note: ' x ' } }, rows)).toEqual([
      { residentId: 'a', status: 'hospital', note: 'ward 3' },
      { residentId: 'c', status: 'missing', note: '' },
    ]);
  });
});
