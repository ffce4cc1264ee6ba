/**
 * UI slice: what is selected (an item, linked between the Source and Compose panes) and the notice
 * line that reports what just happened — a file that could not be opened, a draft that was saved.
 * Not tracked by Undo.
 */
import type { StateCreator } from 'zustand';
import type { BriefwrightState, StoreMutators } from './store-types';
import type { FocusTarget } from './undo-focus';

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface UiSlice {
  readonly selectedItemId: string | null;
  /** Which pane asked for the selection, so the other one scrolls to it. */
  readonly selectionOrigin: 'source' | 'compose' | null;
  readonly notice: Notice | null;
  /** Where the Compose pane should put the focus (after Undo or Redo); `serial` makes a repeat a new request. */
  readonly focusRequest: (FocusTarget & { readonly serial: number }) | null;
  selectItem(itemId: string | null, origin: 'source' | 'compose'): void;
  showNotice(notice: Notice | null): void;
  requestFocus(target: FocusTarget | null): void;
}

export const createUiSlice: StateCreator<BriefwrightState, StoreMutators, [], UiSlice> = (set) => ({
  selectedItemId: null,
  selectionOrigin: null,
  notice: null,
  focusRequest: null,
  selectItem: (itemId, origin) => set({ selectedItemId: itemId, selectionOrigin: origin }),
  showNotice: (notice) => set({ notice }),
  requestFocus: (target) => set((state) => ({ focusRequest: target && { ...target, serial: (state.focusRequest?.serial ?? 0) + 1 } })),
});
