/**
 * Where the officer's own files live on each platform (the folder Electron's userData gives the
 * desktop app, so the CLI and the app share templates), and the override for tests and portable use.
 * process.platform is set per test, so each platform's branch runs here on any machine (issue 18).
 */
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFolder, templatesFolder } from './data-folder';

const realPlatform = process.platform;
const onPlatform = (platform: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: platform, configurable: true });

afterEach(() => {
  onPlatform(realPlatform);
  vi.unstubAllEnvs();
});

describe('data folder', () => {
  it('is BRIEFWRIGHT_DATA_DIR, made absolute, whatever the platform', () => {
    vi.stubEnv('BRIEFWRIGHT_DATA_DIR', 'portable/data');
    onPlatform('win32');
    expect(dataFolder()).toBe(path.resolve('portable/data'));
    expect(templatesFolder()).toBe(path.join(path.resolve('portable/data'), 'templates'));
  });

  it('is %APPDATA%\\briefwright on Windows, or AppData\\Roaming in the home folder without it', () => {
    vi.stubEnv('BRIEFWRIGHT_DATA_DIR', '');
    onPlatform('win32');
    vi.stubEnv('APPDATA', '/roaming');
    expect(dataFolder()).toBe(path.join('/roaming', 'briefwright'));
    delete process.env.APPDATA;
    expect(dataFolder()).toBe(path.join(os.homedir(), 'AppData', 'Roaming', 'briefwright'));
  });

  it('is ~/Library/Application Support/briefwright on macOS', () => {
    vi.stubEnv('BRIEFWRIGHT_DATA_DIR', '');
    vi.stubEnv('XDG_CONFIG_HOME', '/xdg');
    onPlatform('darwin');
    expect(dataFolder()).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'briefwright'));
  });

  it('is $XDG_CONFIG_HOME/briefwright on Linux, or ~/.config/briefwright without it', () => {
    vi.stubEnv('BRIEFWRIGHT_DATA_DIR', '');
    onPlatform('linux');
    vi.stubEnv('XDG_CONFIG_HOME', '/xdg');
    expect(dataFolder()).toBe(path.join('/xdg', 'briefwright'));
    delete process.env.XDG_CONFIG_HOME;
    expect(dataFolder()).toBe(path.join(os.homedir(), '.config', 'briefwright'));
  });
});
