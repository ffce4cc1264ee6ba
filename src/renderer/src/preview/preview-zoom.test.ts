// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parseZoomSetting, readZoomSetting, stepZoom, writeZoomSetting, zoomCommandForKey, zoomFactor, ZOOM_STORAGE_KEY } from './preview-zoom';

const key = (key: string, modifiers: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>> = { ctrlKey: true }) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('preview zoom', () => {
  afterEach(() => sessionStorage.clear());

  it('draws Fit width at the pane’s factor and a level at its percentage', () => {
    expect(zoomFactor('fit', 0.62)).toBe(0.62);
    expect(zoomFactor(150, 0.62)).toBe(1.5);
  });

  it('steps from Fit width to the level past what is shown, and stops at the ends', () => {
    expect(stepZoom('fit', 0.62, 'in')).toBe(75);
    expect(stepZoom('fit', 0.62, 'out')).toBe(50);
    expect(stepZoom('fit', 1, 'in')).toBe(125);
    expect(stepZoom(100, 0.62, 'in')).toBe(125);
    expect(stepZoom(150, 0.62, 'out')).toBe(125);
    expect(stepZoom(200, 0.62, 'in')).toBe(200);
    expect(stepZoom(50, 0.62, 'out')).toBe(50);
    expect(stepZoom('fit', 0.3, 'out')).toBe(50);
  });

  it('reads Ctrl/Cmd +, =, −, 0 and nothing else', () => {
    expect(zoomCommandForKey(key('+'))).toBe('in');
    expect(zoomCommandForKey(key('='))).toBe('in');
    expect(zoomCommandForKey(key('-'))).toBe('out');
    expect(zoomCommandForKey(key('0'))).toBe('fit');
    expect(zoomCommandForKey(key('0', { metaKey: true }))).toBe('fit');
    expect(zoomCommandForKey(key('0', {}))).toBeNull();
    expect(zoomCommandForKey(key('+', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(zoomCommandForKey(key('s'))).toBeNull();
  });

  it('remembers the setting for the session and ignores what it did not write', () => {
    expect(readZoomSetting()).toBe('fit');
    writeZoomSetting(150);
    expect(readZoomSetting()).toBe(150);
    writeZoomSetting('fit');
    expect(readZoomSetting()).toBe('fit');
    sessionStorage.setItem(ZOOM_STORAGE_KEY, '9000');
    expect(readZoomSetting()).toBe('fit');
    expect(parseZoomSetting('125')).toBe(125);
    expect(parseZoomSetting('')).toBeNull();
  });
});
