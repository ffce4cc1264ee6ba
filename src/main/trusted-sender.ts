/**
 * Every IPC handler's first check: the call must come from the app's own top-level page. Anything
 * else (a frame, a page navigated elsewhere, a destroyed frame) gets no answer at all.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-location';

export function assertTrustedSender(event: IpcMainInvokeEvent, appEntryUrl: string, channel: string): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url, appEntryUrl)) {
    throw new Error(`${channel}: refused a call from an untrusted sender (${frame?.url ?? 'a destroyed frame'})`);
  }
}
