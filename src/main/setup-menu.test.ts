import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS } from '../shared/ipc-contract';
import { appEntryUrl, appEvent, fakeElectron, invoke, strangerEvent } from './testing/fake-electron';

// Electron has no binary here (and unit tests should not need one): a fake of the parts main uses.
vi.mock('electron', () => import('./testing/fake-electron'));

const { setupMenu } = await import('./setup-menu');
const { desktopLanguage } = await import('./desktop-language');

/** The labels of the menu bar, and of one menu's items (separators left out). */
function menuLabels(): string[] {
  return (fakeElectron.applicationMenu?.template ?? []).map((item) => item.label ?? `(${item.role})`);
}

function item(...labels: string[]): MenuItemConstructorOptions {
  let items = fakeElectron.applicationMenu?.template ?? [];
  let found: MenuItemConstructorOptions | undefined;
  for (const label of labels) {
    found = items.find((candidate) => candidate.label === label);
    if (!found) throw new Error(`no menu item "${label}" among ${items.map((candidate) => candidate.label).join(', ')}`);
    items = (found.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
  }
  return found!;
}

function click(menuItem: MenuItemConstructorOptions): void {
  menuItem.click?.({} as never, undefined, {} as never);
}

beforeEach(() => {
  fakeElectron.reset();
});

describe('setupMenu', () => {
  it('builds the menus in the system language: English on an English system', () => {
    setupMenu({ devTools: false, appEntryUrl });
    expect(menuLabels()).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Window']));
    click(item('&File', '&Open…'));
    expect(fakeElectron.sent).toEqual([{ channel: IPC_CHANNELS.menuCommand, args: ['open-file'] }]);
  });

  it('builds them in French when the system prefers French (fr-CA before en-US), every label translated', () => {
    fakeElectron.preferredLanguages = ['fr-CA', 'en-US'];
    setupMenu({ devTools: true, appEntryUrl });
    expect(menuLabels()).toEqual(expect.arrayContaining(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre']));
    expect(item('&Fichier', '&Enregistrer l\'ébauche').accelerator).toBe('CmdOrCtrl+S');
    click(item('&Fichier', 'Exporter en &PDF…'));
    expect(fakeElectron.sent.at(-1)).toEqual({ channel: IPC_CHANNELS.menuCommand, args: ['export-pdf'] });
    // Role items too carry French labels: Electron's own defaults are English.
    const labelsOf = (menu: MenuItemConstructorOptions): string[] =>
      ((menu.submenu as MenuItemConstructorOptions[]) ?? []).flatMap((entry) => (entry.type === 'separator' ? [] : [entry.label ?? `missing label for ${entry.role}`, ...labelsOf(entry)]));
    const all = (fakeElectron.applicationMenu?.template ?? []).flatMap((menu) => labelsOf(menu));
    expect(all.filter((label) => label.startsWith('missing label'))).toEqual([]);
    expect(all).toContain('C&oller');
    expect(all).toContain('Zoom avant');
  });

  it('falls back to Electron\'s locale, then to English for a language it does not speak', () => {
    fakeElectron.preferredLanguages = [];
    fakeElectron.locale = 'fr';
    setupMenu({ devTools: false, appEntryUrl });
    expect(menuLabels()).toContain('&Fichier');
    fakeElectron.reset();
    fakeElectron.preferredLanguages = ['de-DE'];
    fakeElectron.locale = 'de';
    setupMenu({ devTools: false, appEntryUrl });
    expect(menuLabels()).toContain('&File');
  });

  it('rebuilds the menus when the page reports a switch, and View ▸ Language asks the page to switch', async () => {
    setupMenu({ devTools: false, appEntryUrl });
    const english = item('&View', '&Language / Langue');
    expect((english.submenu as MenuItemConstructorOptions[]).map((entry) => [entry.label, entry.checked])).toEqual([
      ['English', true],
      ['Français', false],
    ]);
    expect(desktopLanguage()).toBe('en');
    click((english.submenu as MenuItemConstructorOptions[])[1]!);
    expect(fakeElectron.sent.at(-1)).toEqual({ channel: IPC_CHANNELS.uiLanguageChosen, args: ['fr'] });
    // The page switches, and tells main: the menus follow, and so do main's dialogs and messages.
    await invoke(IPC_CHANNELS.setUiLanguage, appEvent, 'fr');
    expect(menuLabels()).toContain('&Fichier');
    expect(desktopLanguage()).toBe('fr');
    expect((item('&Affichage', '&Langue / Language').submenu as MenuItemConstructorOptions[]).map((entry) => entry.checked)).toEqual([false, true]);
  });

  it('refuses a language report from another page or that is no interface language', async () => {
    setupMenu({ devTools: false, appEntryUrl });
    await expect(invoke(IPC_CHANNELS.setUiLanguage, strangerEvent, 'fr')).rejects.toThrow(/untrusted sender/);
    await expect(invoke(IPC_CHANNELS.setUiLanguage, appEvent, 'de')).rejects.toThrow(/not an interface language/);
    await expect(invoke(IPC_CHANNELS.setUiLanguage, appEvent, { language: 'fr' })).rejects.toThrow(/not an interface language/);
    expect(menuLabels()).toContain('&File');
  });
});
