/**
 * Where Briefwright keeps the officer's own files outside a project: the same folder the desktop
 * app uses (Electron's userData for "briefwright", ~/.config/briefwright on Linux), so a template
 * imported with the CLI shows up in the app. BRIEFWRIGHT_DATA_DIR overrides it (tests, portable use).
 */
import os from 'node:os';
import path from 'node:path';

export function dataFolder(): string {
  if (process.env.BRIEFWRIGHT_DATA_DIR) return path.resolve(process.env.BRIEFWRIGHT_DATA_DIR);
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'briefwright');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'briefwright');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'briefwright');
}

export const TEMPLATE_FILE_SUFFIX = '.briefwright-template.json';

export function templatesFolder(): string {
  return path.join(dataFolder(), 'templates');
}
