import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, readWindowState, restoreState, writeWindowState } from '../../src-main/electron/window-state';
import { tempDir } from '../helpers/db';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 984 };

describe('the window’s place between runs', () => {
  it('comes back where it was, maximised or not', () => {
    const file = join(tempDir(), 'window-state.json');
    writeWindowState(file, { bounds: { x: 2000, y: 50, width: 1100, height: 800 }, maximized: true });
    expect(restoreState(readWindowState(file), [screen, right])).toEqual({ bounds: { x: 2000, y: 50, width: 1100, height: 800 }, maximized: true });
  });

  it('opens on a screen when the one it was on is gone, and never smaller than the minimum or larger than the screen', () => {
    expect(restoreState({ bounds: { x: 2000, y: 50, width: 1100, height: 800 }, maximized: false }, [screen])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    expect(restoreState({ bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false }, [screen]).bounds).toEqual({ x: 10, y: 10, width: 900, height: 600 });
    expect(restoreState({ bounds: { x: 0, y: 0, width: 4000, height: 3000 }, maximized: false }, [screen]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    // The title bar above the screen's top: it could not be dragged back.
    expect(restoreState({ bounds: { x: 100, y: -300, width: 1000, height: 700 }, maximized: false }, [screen]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('takes a missing, damaged or foreign file for no state', () => {
    const dir = tempDir();
    expect(restoreState(readWindowState(join(dir, 'none.json')), [screen]).bounds).toEqual(DEFAULT_SIZE);
    writeFileSync(join(dir, 'bad.json'), '{"bounds": {"x": "a"');
    expect(restoreState(readWindowState(join(dir, 'bad.json')), [screen]).bounds).toEqual(DEFAULT_SIZE);
    expect(restoreState({ bounds: { x: NaN, y: 0, width: 1, height: 1 } }, [screen]).bounds).toEqual(DEFAULT_SIZE);
  });
});
