// `postinstall` of the project itself: fetches the Electron binary with the electron package's own
// installer, so `npm install && npm start` works on a machine with internet (issue 14; see
// scripts/electron-binary.mjs for why electron no longer does this by itself). It never fails the
// install: where the download cannot happen (offline) it says in one line what to do, because the
// CLI, the tests and `npm run web` need no binary. Silent when the binary is already there.
import { electronPackage, findElectronBinary, missingElectronLine, runElectronInstaller } from './electron-binary.mjs';

const say = (line) => console.log(line);

try {
  const found = findElectronBinary();
  // No electron package: an install without devDependencies, which has no desktop app to start.
  if (found.binary === null && electronPackage() !== null) {
    if (!found.fetchable) say(missingElectronLine(found));
    else {
      const fetched = await runElectronInstaller(say);
      const after = findElectronBinary();
      if (fetched.ok && after.binary) say(`Briefwright: the Electron ${electronPackage().version} binary is installed; \`npm start\` opens the desktop app.`);
      else say(missingElectronLine({ ...after, reason: fetched.ok ? after.reason : fetched.reason }));
    }
  }
} catch (error) {
  say(`Briefwright: could not check for the Electron binary (${error.message}); \`npm start\` will try again, and \`npm run web\` opens the same editor in a browser.`);
}
