/**
 * Feature module: the application menu. Thin on purpose: File items only tell the focused page
 * which command was chosen (menu:command) and the page does the work, exactly as if its own button
 * had been pressed. Edit, View and Window use Electron's standard roles.
 */
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc-contract';

function send(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

export function setupMenu(options: { readonly devTools: boolean }): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open &Sample Statement', click: () => send('open-sample') },
        { type: 'separator' },
        { label: 'Export &DOCX…', accelerator: 'CmdOrCtrl+E', click: () => send('export-docx') },
        { label: 'Export &PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export-pdf') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(options.devTools ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  app.setName('Briefwright');
}
