// Where the desktop app's Electron binary is, and fetching it when it is not there (issue 14).
//
// Since Electron 42 the `electron` package downloads nothing when it is installed: the binary comes
// on the first `require('electron')`, or from the package's own installer (`npx install-electron`,
// its install.js), which writes node_modules/electron/dist and path.txt. electron-vite 6 reads
// path.txt itself and throws "Electron uninstall" when it is missing, a message that tells a user
// nothing. So `postinstall` (scripts/postinstall.mjs) and `npm start` (scripts/desktop.mjs) call the
// package's installer themselves and, where it cannot download (offline), say in one line what to do.
//
// The binary is looked for where the electron package would run it from, with its override:
// ELECTRON_OVERRIDE_DIST_PATH (a folder holding the executable), else dist/ + path.txt. electron-vite's
// own ELECTRON_EXEC_PATH (the executable itself) is honoured first, as electron-vite does.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(projectRoot, 'package.json'));

/** The installed electron package's folder and version, or null (a production install has no devDependencies). */
export function electronPackage() {
  try {
    const manifest = require.resolve('electron/package.json');
    return { dir: path.dirname(manifest), version: JSON.parse(readFileSync(manifest, 'utf8')).version };
  } catch {
    return null;
  }
}

/** The executable's path inside Electron's zip, as the package's install.js names it. */
function platformPath(env) {
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || os.platform();
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * `{ binary }` when an executable is there; otherwise `{ binary: null, reason, fetchable }`, where
 * `fetchable` says whether the package's installer would put it where it is looked for (not when an
 * override variable names another place).
 */
export function findElectronBinary(env = process.env) {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { binary: env.ELECTRON_EXEC_PATH }
      : { binary: null, fetchable: false, reason: `ELECTRON_EXEC_PATH names ${env.ELECTRON_EXEC_PATH}, which does not exist` };
  }
  const electron = electronPackage();
  if (electron === null) return { binary: null, fetchable: false, reason: 'the electron package is not installed (run `npm install`)' };
  const pathFile = path.join(electron.dir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded || platformPath(env));
    return existsSync(binary)
      ? { binary }
      : { binary: null, fetchable: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${binary} does not exist` };
  }
  const binary = recorded && path.join(electron.dir, 'dist', recorded);
  return binary && existsSync(binary) ? { binary } : { binary: null, fetchable: true, reason: 'it has not been downloaded' };
}

/**
 * Runs the electron package's own installer (what `npx install-electron` runs). Its output is kept:
 * on failure it is a stack trace, of which the user gets the first line. A download that takes a
 * while is announced, so a long wait is not silent.
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function runElectronInstaller(announce) {
  const electron = electronPackage();
  if (electron === null) return Promise.resolve({ ok: false, reason: 'the electron package is not installed' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electron.dir, 'install.js')], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const slow = setTimeout(() => announce?.(`Briefwright: downloading the Electron ${electron.version} binary for the desktop app (once, about 100 MB)…`), 3000);
    child.on('error', (error) => {
      clearTimeout(slow);
      resolve({ ok: false, reason: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(slow);
      if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: `its download failed: ${output.split('\n').find((line) => line.trim() !== '')?.trim() ?? `exit code ${code}`}` });
    });
  });
}

/** The one line a user gets when the desktop app cannot start: why, how to get the binary, and the browser alternative. */
export function missingElectronLine(found) {
  const get = found.fetchable === false ? 'fix that' : 'get it with `npx install-electron` when online';
  return `Briefwright: the desktop app needs the Electron binary, and ${found.reason}; ${get}, then \`npm start\`. \`npm run web\` opens the same editor in a browser.`;
}
