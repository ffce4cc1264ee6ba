// `npm start` (electron-vite preview) and `npm run dev` (electron-vite dev): starts the desktop app
// once its Electron binary is there (issue 14). A binary the install could not fetch is fetched now;
// where that fails too, one line says how to get it and that `npm run web` opens the same editor in a
// browser, instead of electron-vite's "Electron uninstall". The binary found (also through
// ELECTRON_OVERRIDE_DIST_PATH, which electron-vite ignores) is handed to electron-vite as its
// ELECTRON_EXEC_PATH. Usage: node scripts/desktop.mjs preview|dev [electron-vite options].
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary, missingElectronLine, projectRoot, runElectronInstaller } from './electron-binary.mjs';
import { runTogether } from './run-together.mjs';

const [command, ...options] = process.argv.slice(2);
if (command !== 'preview' && command !== 'dev') {
  console.error('usage: node scripts/desktop.mjs preview|dev [electron-vite options]');
  process.exit(2);
}

let found = findElectronBinary();
if (found.binary === null && found.fetchable) {
  const fetched = await runElectronInstaller((line) => console.error(line));
  found = findElectronBinary();
  if (!fetched.ok) found = { ...found, reason: fetched.reason };
}
if (found.binary === null) {
  console.error(missingElectronLine(found));
  process.exit(1);
}

const require = createRequire(path.join(projectRoot, 'package.json'));
const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
runTogether(process.execPath, [electronVite, command, ...options], { cwd: projectRoot, env: { ...process.env, ELECTRON_EXEC_PATH: found.binary } });
