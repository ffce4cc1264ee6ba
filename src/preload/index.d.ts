// window.briefwright as the preload exposes it. Absent when the renderer runs as a plain web page.
import type { BriefwrightApi } from '../shared/ipc-contract';

declare global {
  interface Window {
    readonly briefwright?: BriefwrightApi;
  }
}

export {};
