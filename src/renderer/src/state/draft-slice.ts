/**
 * Draft slice: the officer's briefing — the only part of the state that Undo and Redo track (see
 * store.ts). Every action is a pure edit from draft-edits.ts; text edits carry an undo group key so
 * a run of keystrokes is one step.
 */
import type { StateCreator } from 'zustand';
import type { Briefing, BriefingMetadata } from '../../../core/model/briefing';
import type { SourceSpan } from '../../../core/model/statement';
import * as edits from './draft-edits';
import { temporalOf, type BriefwrightState, type StoreMutators } from './store-types';
import { changedPlace } from './undo-focus';
import { breakUndoGroup, markUndoGroup } from './undo-grouping';

export interface TrackedDraft {
  readonly briefing: Briefing | null;
}

export interface DraftSlice extends TrackedDraft {
  /** Changed since the draft was opened or saved (drives autosave). */
  readonly dirty: boolean;
  setSectionIncluded(sectionId: string, included: boolean): void;
  setItemIncluded(sectionId: string, itemId: string, included: boolean): void;
  setItemText(sectionId: string, itemId: string, text: string): void;
  setItemAttribution(sectionId: string, itemId: string, attribution: string): void;
  restoreItemText(sectionId: string, itemId: string): void;
  /** Returns the new item's id, so the view can focus it. */
  addCustomItem(sectionId: string): string | null;
  /**
   * Adds the statement's text between the span's offsets to a section, keeping the offsets as the
   * item's source (one undo step). Returns the new item's id, or null when the span holds no words.
   */
  addItemFromSource(sectionId: string, span: SourceSpan): string | null;
  /** Removes any item (Undo brings it back). */
  removeItem(sectionId: string, itemId: string): void;
  moveSection(from: number, to: number): void;
  moveItem(sectionId: string, from: number, to: number): void;
  setMetadata(change: Partial<BriefingMetadata>): void;
  undo(): void;
  redo(): void;
  resetHistory(): void;
}

export const createDraftSlice: StateCreator<BriefwrightState, StoreMutators, [], DraftSlice> = (set, get, store) => {
  /** Applies a pure edit; `group` joins it to the previous step when the keys match. */
  const edit = (change: (briefing: Briefing) => Briefing, group: string | null = null) => {
    const { briefing } = get();
    if (!briefing) return;
    const next = change(briefing);
    if (next === briefing) return;
    markUndoGroup(group);
    set({ briefing: next, dirty: true });
  };
  return {
    briefing: null,
    dirty: false,
    setSectionIncluded: (sectionId, included) => edit((b) => edits.setSectionIncluded(b, sectionId, included)),
    setItemIncluded: (sectionId, itemId, included) => edit((b) => edits.setItemIncluded(b, sectionId, itemId, included)),
    setItemText: (sectionId, itemId, text) => edit((b) => edits.setItemText(b, sectionId, itemId, text), `text:${itemId}`),
    setItemAttribution: (sectionId, itemId, attribution) =>
      edit((b) => edits.setItemAttribution(b, sectionId, itemId, attribution), `attribution:${itemId}`),
    restoreItemText: (sectionId, itemId) => edit((b) => edits.restoreItemText(b, sectionId, itemId)),
    addCustomItem(sectionId) {
      const { briefing } = get();
      if (!briefing) return null;
      const added = edits.addCustomItem(briefing, sectionId);
      edit(() => added.briefing);
      return added.itemId;
    },
    addItemFromSource(sectionId, span) {
      const { briefing, statement } = get();
      const added = briefing && statement ? edits.addItemFromSource(briefing, sectionId, statement.text, span) : null;
      if (!added) return null;
      edit(() => added.briefing);
      return added.itemId;
    },
    removeItem: (sectionId, itemId) => edit((b) => edits.removeItem(b, sectionId, itemId)),
    moveSection: (from, to) => edit((b) => edits.moveSection(b, from, to)),
    moveItem: (sectionId, from, to) => edit((b) => edits.moveItem(b, sectionId, from, to)),
    setMetadata: (change) => edit((b) => edits.setMetadata(b, change), `metadata:${Object.keys(change).join(',')}`),
    undo() {
      breakUndoGroup();
      const before = get().briefing;
      temporalOf(store).getState().undo();
      set({ dirty: true });
      get().requestFocus(changedPlace(before, get().briefing));
    },
    redo() {
      breakUndoGroup();
      const before = get().briefing;
      temporalOf(store).getState().redo();
      set({ dirty: true });
      get().requestFocus(changedPlace(before, get().briefing));
    },
    resetHistory() {
      breakUndoGroup();
      temporalOf(store).getState().clear();
    },
  };
};
