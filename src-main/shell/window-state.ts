import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the app remembers about its window between launches. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where and how big to open the window; no x/y means "let the system centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 };
export const MIN_WINDOW_SIZE = { width: 720, height: 480 };

/**
 * Fits the remembered window onto the displays there are now. The window goes
 * to the display it overlaps most, shrunk to that display's work area if it is
 * too big and moved fully inside it. A window on no current display (a monitor
 * was unplugged) opens centred on the primary display at its old size, if that fits.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowPlacement {
  if (!saved) return { ...fitSize(DEFAULT_WINDOW_SIZE, primary), maximized: false };
  const home = mostOverlapping(saved.bounds, workAreas);
  if (!home) return { ...fitSize(saved.bounds, primary), maximized: saved.maximized };
  const { width, height } = fitSize(saved.bounds, home);
  return {
    x: clamp(saved.bounds.x, home.x, home.x + home.width - width),
    y: clamp(saved.bounds.y, home.y, home.y + home.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

/** Reads a window state written by saveWindowState; anything missing, unreadable or malformed counts as none. */
export function loadWindowState(file: string): WindowState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return parseWindowState(text);
}

export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || !isObject(value.bounds) || typeof value.maximized !== 'boolean') return null;
  const { x, y, width, height } = value.bounds;
  if (![x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if ((width as number) <= 0 || (height as number) <= 0) return null;
  return {
    bounds: { x: Math.round(x as number), y: Math.round(y as number), width: Math.round(width as number), height: Math.round(height as number) },
    maximized: value.maximized,
  };
}

/** Writes the state aside and renames it into place, so a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  writeJsonAtomically(file, state);
}

/** Writes `value` as JSON aside and renames it into place: the shell's small files are whole or absent. */
export function writeJsonAtomically(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(partial, file);
}

function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.min(Math.max(size.width, MIN_WINDOW_SIZE.width), area.width),
    height: Math.min(Math.max(size.height, MIN_WINDOW_SIZE.height), area.height),
  };
}

function mostOverlapping(bounds: Rect, areas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
