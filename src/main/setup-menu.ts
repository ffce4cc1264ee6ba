/**
 * Feature module: the application menu. Thin on purpose: File items only tell the focused page
 * which command was chosen (menu:command) and the page does the work, exactly as if its own button
 * had been pressed. The page handles the shortcut keys itself (the browser build has no menu), so
 * accelerators are shown but not registered, and a key press never runs a command twice. View and Window use
 * Electron's standard roles.
 *
 * The menu speaks the interface's language: the system's at start (the first English or French of
 * the OS's preferred languages), then whatever the page reports (ui:set-language) when the officer
 * switches, from the top bar or from View ▸ Language, which asks the page to switch
 * (ui:language-chosen) so the page, its remembered choice and the menu never disagree.
 */
import { app, BrowserWindow, ipcMain, Menu, type MenuItemConstructorOptions } from 'electron';
import { isUiLanguage, uiLanguageFor, type UiLanguage } from '../core/i18n/languages';
import { createTranslator } from '../core/i18n/translator';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc-contract';
import { setDesktopLanguage } from './desktop-language';
import { assertTrustedSender } from './trusted-sender';

export interface MenuOptions {
  readonly devTools: boolean;
  /** The app's own page: the only sender whose language report is listened to. */
  readonly appEntryUrl: string;
}

function focusedWindow() {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

function send(command: MenuCommand): void {
  focusedWindow()?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

/** The menu's items in one language; `platform` decides the macOS app menu and Close vs Quit. */
export function menuTemplate(language: UiLanguage, options: { readonly devTools: boolean; readonly platform?: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const t = createTranslator(language).getFixedT(language, 'menu');
  const isMac = (options.platform ?? process.platform) === 'darwin';
  const chooseLanguage = (chosen: UiLanguage) => focusedWindow()?.webContents.send(IPC_CHANNELS.uiLanguageChosen, chosen);
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: t('file'),
      submenu: [
        { label: t('open'), accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: () => send('open-file') },
        { label: t('pasteStatement'), accelerator: 'CmdOrCtrl+Shift+V', registerAccelerator: false, click: () => send('paste-statement') },
        { label: t('openSample'), click: () => send('open-sample') },
        { type: 'separator' },
        { label: t('saveDraft'), accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: () => send('save-draft') },
        { label: t('saveDraftAs'), accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false, click: () => send('save-draft-as') },
        { type: 'separator' },
        { label: t('exportDocx'), accelerator: 'CmdOrCtrl+E', registerAccelerator: false, click: () => send('export-docx') },
        { label: t('exportPdf'), accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false, click: () => send('export-pdf') },
        { type: 'separator' },
        { label: t('saveAsTemplate'), click: () => send('save-as-template') },
        { label: t('templates'), click: () => send('open-templates') },
        { type: 'separator' },
        isMac ? { role: 'close', label: t('close') } : { role: 'quit', label: t('quit') },
      ],
    },
    {
      // Undo and Redo act on the draft (the page's own history), not on one text field; the page
      // handles their keys itself, so the accelerators are shown here but not registered.
      label: t('edit'),
      submenu: [
        { label: t('undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
        { label: t('redo'), accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        ...(options.devTools
          ? ([{ role: 'reload', label: t('reload') }, { role: 'toggleDevTools', label: t('toggleDevTools') }, { type: 'separator' }] as MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('toggleFullScreen') },
        { type: 'separator' },
        {
          label: t('language'),
          submenu: [
            { label: t('languageEn'), type: 'radio', checked: language === 'en', click: () => chooseLanguage('en') },
            { label: t('languageFr'), type: 'radio', checked: language === 'fr', click: () => chooseLanguage('fr') },
          ],
        },
      ],
    },
    {
      label: t('window'),
      role: 'windowMenu',
      submenu: [{ role: 'minimize', label: t('minimize') }, ...(isMac ? [{ role: 'zoom', label: t('zoom') } as MenuItemConstructorOptions] : []), { role: 'close', label: t('close') }],
    },
  ];
}

/** The language the menus start in: the OS's preferred languages, then Electron's locale. */
export function systemUiLanguage(): UiLanguage {
  return uiLanguageFor([...app.getPreferredSystemLanguages(), app.getLocale()]);
}

export function setupMenu(options: MenuOptions): void {
  let language = systemUiLanguage();
  // Main's dialogs and messages follow the same language as the menu (desktop-language.ts).
  const build = () => {
    setDesktopLanguage(language);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, options)));
  };
  build();
  app.setName('Briefwright');

  ipcMain.handle(IPC_CHANNELS.setUiLanguage, (event, payload: unknown): void => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.setUiLanguage);
    if (!isUiLanguage(payload)) throw new Error(`${IPC_CHANNELS.setUiLanguage}: not an interface language`);
    if (payload === language) return;
    language = payload;
    build();
  });
}
