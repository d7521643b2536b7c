import { describe, expect, it } from 'vitest';
import { ariaSort, nextRowIndex, toggleSort } from '../../src-renderer/src/ui/tableModel';

// ui/DataTable's logic: which sort a header click asks for, and where the keyboard moves.

describe('sorting by a header', () => {
  it('turns the same column around and starts another ascending', () => {
    expect(toggleSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(toggleSort({ key: 'name', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(toggleSort({ key: 'name', dir: 'desc' }, 'dateOfBirth')).toEqual({ key: 'dateOfBirth', dir: 'asc' });
  });

  it('tells screen readers which column sorts, and which way', () => {
    expect(ariaSort({ key: 'name', dir: 'asc' }, 'name')).toBe('ascending');
    expect(ariaSort({ key: 'name', dir: 'desc' }, 'name')).toBe('descending');
    expect(ariaSort({ key: 'name', dir: 'asc' }, 'dateOfBirth')).toBe('none');
    expect(ariaSort(undefined, 'name')).toBe('none');
  });
});

describe('moving between rows by keyboard', () => {
  it('starts at the first row and stays within the table', () => {
    expect(nextRowIndex('ArrowDown', null, 10, 5)).toBe(0);
    expect(nextRowIndex('ArrowUp', null, 10, 5)).toBe(0);
    expect(nextRowIndex('ArrowDown', 3, 10, 5)).toBe(4);
    expect(nextRowIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10, 5)).toBe(0);
  });

  it('jumps a screen with Page Up/Down and to the ends with Home/End', () => {
    expect(nextRowIndex('PageDown', 2, 10_000, 12)).toBe(14);
    expect(nextRowIndex('PageUp', 5, 10_000, 12)).toBe(0);
    expect(nextRowIndex('PageDown', 9_995, 10_000, 12)).toBe(9_999);
    expect(nextRowIndex('Home', 500, 10_000, 12)).toBe(0);
    expect(nextRowIndex('End', null, 10_000, 12)).toBe(9_999);
  });

  it('ignores other keys and empty tables', () => {
    expect(nextRowIndex('a', 2, 10, 5)).toBeNull();
    expect(nextRowIndex('Enter', 2, 10, 5)).toBeNull();
    expect(nextRowIndex('ArrowDown', null, 0, 5)).toBeNull();
  });
});
