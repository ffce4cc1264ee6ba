/**
 * The preview's zoom: Fit width (the default: the page as wide as the pane) or a fixed percentage.
 * Ctrl/Cmd + and − step through fixed levels from whatever is shown now, Ctrl/Cmd 0 goes back to
 * Fit width. The choice is remembered for the session (sessionStorage: a reload keeps it, a new
 * window starts at Fit width), as a proofreading aid rather than a preference.
 */

export type ZoomSetting = 'fit' | number;

/** The levels Ctrl +/− step through, in percent; the control offers 100 and 150 directly. */
export const ZOOM_LEVELS: readonly number[] = [50, 75, 100, 125, 150, 200];
const SMALLEST = 50;
const LARGEST = 200;

export const ZOOM_STORAGE_KEY = 'briefwright.previewZoom';

/** The scale the pages are drawn at, given what Fit width would be in the pane now. */
export function zoomFactor(setting: ZoomSetting, fitFactor: number): number {
  return setting === 'fit' ? fitFactor : setting / 100;
}

/** One step in or out from what is shown now (from Fit width, the level past its percentage). */
export function stepZoom(setting: ZoomSetting, fitFactor: number, direction: 'in' | 'out'): ZoomSetting {
  const current = Math.round(zoomFactor(setting, fitFactor) * 100);
  if (direction === 'in') return ZOOM_LEVELS.find((level) => level > current) ?? LARGEST;
  return [...ZOOM_LEVELS].reverse().find((level) => level < current) ?? SMALLEST;
}

/**
 * The zoom a key press asks for: Ctrl/Cmd with + (or =, the same key unshifted on most layouts, and
 * the keypad's +), − (- or the keypad's), or 0. Null for any other key.
 */
export function zoomCommandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): 'in' | 'out' | 'fit' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '+' || event.key === '=') return 'in';
  if (event.key === '-' || event.key === '_' || event.key === '−') return 'out';
  if (event.key === '0') return 'fit';
  return null;
}

export function parseZoomSetting(value: string | null | undefined): ZoomSetting | null {
  if (value === 'fit') return 'fit';
  const level = Number(value);
  return ZOOM_LEVELS.includes(level) ? level : null;
}

export function readZoomSetting(): ZoomSetting {
  try {
    return parseZoomSetting(globalThis.sessionStorage?.getItem(ZOOM_STORAGE_KEY)) ?? 'fit';
  } catch {
    // Storage may be refused (a locked-down profile): Fit width, not remembered.
    return 'fit';
  }
}

export function writeZoomSetting(setting: ZoomSetting): void {
  try {
    globalThis.sessionStorage?.setItem(ZOOM_STORAGE_KEY, String(setting));
  } catch {
    // Not remembered, but applied all the same.
  }
}
