/**
 * Electron when the preload has exposed window.briefwright, the browser otherwise. The desktop
 * build defines BRIEFWRIGHT_DESKTOP_ONLY, which drops the browser host — and with it the in-page
 * writers and font files it would load — from the Electron renderer bundle.
 */
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';
import { uiI18n } from '../i18n/ui-i18n';

function missingBridge(): never {
  throw new Error(uiI18n.t('host.missingBridge'));
}

export function selectHost(): Host {
  if (window.briefwright) return createElectronHost(window.briefwright);
  // A constant condition after `define`, so the bundler drops the branch that is not taken.
  return import.meta.env.BRIEFWRIGHT_DESKTOP_ONLY ? missingBridge() : createBrowserHost();
}
