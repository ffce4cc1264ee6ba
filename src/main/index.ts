/**
 * Electron main process: the imperative shell. It only wires feature modules together, one
 * setupX()/registerX() each; the work happens in src/core (pure) and src/node (file access).
 */
import { app, BrowserWindow } from 'electron';
import { appEntryUrl, devServerUrl, rendererDir, resourcesDir } from './app-location';
import { setupAppProtocol } from './app-protocol';
import { createMainWindow } from './main-window';
import { registerDrafts } from './register-drafts';
import { registerExport } from './register-export';
import { registerTemplates } from './register-templates';
import { registerWordTemplates } from './register-word-templates';
import { setupMenu } from './setup-menu';
import { setupSecurity } from './setup-security';

const isDevServer = devServerUrl() !== undefined;

setupSecurity({ devServer: isDevServer });
setupAppProtocol({ rendererDir });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  registerExport({ resourcesDir: resourcesDir(), appEntryUrl: appEntryUrl() });
  registerDrafts({ appEntryUrl: appEntryUrl(), dataDir: app.getPath('userData') });
  registerTemplates({ appEntryUrl: appEntryUrl() });
  registerWordTemplates({ appEntryUrl: appEntryUrl() });
  setupMenu({ devTools: !app.isPackaged, appEntryUrl: appEntryUrl() });
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});
