/**
 * Feature module: the application menu. Thin on purpose: File items only tell the focused page
 * which command was chosen (menu:command) and the page does the work, exactly as if its own button
 * had been pressed. The page handles the shortcut keys itself (the browser build has no menu), so
 * accelerators are shown but not registered, and a key press never runs a command twice. View and Window use
 * Electron's standard roles.
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
        { label: '&Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: () => send('open-file') },
        { label: 'Paste S&tatement…', accelerator: 'CmdOrCtrl+Shift+V', registerAccelerator: false, click: () => send('paste-statement') },
        { label: 'Open &Sample Statement', click: () => send('open-sample') },
        { type: 'separator' },
        { label: '&Save Draft', accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: () => send('save-draft') },
        { label: 'Save Draft &As…', accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false, click: () => send('save-draft-as') },
        { type: 'separator' },
        { label: 'Export &DOCX…', accelerator: 'CmdOrCtrl+E', registerAccelerator: false, click: () => send('export-docx') },
        { label: 'Export &PDF…', accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false, click: () => send('export-pdf') },
        { type: 'separator' },
        { label: 'Save as &Template…', click: () => send('save-as-template') },
        { label: 'Te&mplates…', click: () => send('open-templates') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Undo and Redo act on the draft (the page's own history), not on one text field; the page
      // handles their keys itself, so the accelerators are shown here but not registered.
      label: '&Edit',
      submenu: [
        { label: '&Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
        { label: '&Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
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
