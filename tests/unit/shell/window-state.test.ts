import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
  type Rect,
} from '../../../src-main/shell/window-state';
import { tempDir } from '../../support/temp-journal';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 }; // work area, below the menu bar
const monitorOnRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('placing the window', () => {
  test('a first launch opens at the default size, centred by the system', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  test('a window that fits where it was opens exactly there', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitorOnRight], laptop)).toEqual({ ...saved.bounds, maximized: false });
  });

  test('a window hanging off the edge of its display is moved fully onto it', () => {
    const saved = { bounds: { x: 1000, y: 600, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ x: 440, y: 175, width: 1000, height: 700, maximized: false });
  });

  test('a window on a monitor that was unplugged opens on the primary display, centred, still maximized if it was', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1800, height: 1200 }, maximized: true };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ width: 1440, height: 875, maximized: true });
  });

  test('a window goes to the display it mostly covers and is shrunk to fit it', () => {
    const saved = { bounds: { x: 1300, y: -40, width: 3000, height: 1600 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitorOnRight], laptop)).toEqual({ x: 1440, y: 0, width: 2560, height: 1400, maximized: false });
  });

  test('a remembered window smaller than the minimum opens at the minimum', () => {
    const saved = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toMatchObject(MIN_WINDOW_SIZE);
  });
});

describe('remembering the window', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  test('what is saved is what is loaded, and no partial file is left behind', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'nested', 'window-state.json');
    const state = { bounds: { x: -1200, y: 30, width: 1100, height: 760 }, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(readdirSync(join(t.dir, 'nested'))).toEqual(['window-state.json']);
  });

  test('a missing, corrupt or odd file counts as nothing remembered', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'window-state.json');
    expect(existsSync(file)).toBe(false);
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(loadWindowState(file)).toBeNull();
    for (const text of [
      '[]',
      '{"bounds": {"x": 0, "y": 0, "width": 800, "height": 600}}',
      '{"bounds": {"x": 0, "y": 0, "width": -5, "height": 600}, "maximized": false}',
      '{"bounds": {"x": "0", "y": 0, "width": 800, "height": 600}, "maximized": false}',
      '{"bounds": {"x": 0, "y": 0, "width": 1e999, "height": 600}, "maximized": false}',
    ]) {
      expect(parseWindowState(text), text).toBeNull();
    }
  });
});
