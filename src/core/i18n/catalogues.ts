/**
 * The message catalogues: one folder per language (locales/en, locales/fr), one JSON file per area
 * (namespace). A namespace is registered here once, in both languages; tests/i18n checks that both
 * languages hold the same keys. Imported statically so the CLI bundle, the renderer and workers all
 * carry them without any file access at run time.
 */
import enUi from './locales/en/ui.json';
import frUi from './locales/fr/ui.json';
import enMenu from './locales/en/menu.json';
import frMenu from './locales/fr/menu.json';
import enMessages from './locales/en/messages.json';
import frMessages from './locales/fr/messages.json';
import enCli from './locales/en/cli.json';
import frCli from './locales/fr/cli.json';
import enSession from './locales/en/session.json';
import frSession from './locales/fr/session.json';
import enSource from './locales/en/source.json';
import frSource from './locales/fr/source.json';
import enFurniture from './locales/en/furniture.json';
import frFurniture from './locales/fr/furniture.json';
import enDesktop from './locales/en/desktop.json';
import frDesktop from './locales/fr/desktop.json';

export const catalogues = {
  en: { ui: enUi, menu: enMenu, messages: enMessages, cli: enCli, session: enSession, source: enSource, furniture: enFurniture, desktop: enDesktop },
  fr: { ui: frUi, menu: frMenu, messages: frMessages, cli: frCli, session: frSession, source: frSource, furniture: frFurniture, desktop: frDesktop },
} as const;

export type Namespace = keyof (typeof catalogues)['en'];
export const NAMESPACES = Object.keys(catalogues.en) as Namespace[];
