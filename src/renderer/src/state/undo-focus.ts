/**
 * Where the officer's focus goes after Undo or Redo: to the place in the draft that the step changed,
 * so a keyboard or screen-reader user lands on what came back (or went away) instead of on the page.
 * Compares the draft before and after the step; the Compose pane focuses the control it names.
 */
import type { Briefing, BriefingItem, BriefingSection } from '../../../core/model/briefing';

export interface FocusTarget {
  readonly sectionId: string;
  /** Null when the focus goes to the section itself (its item is gone, or the section changed). */
  readonly itemId: string | null;
  /** Which control of the item or section: its text, its tick, its speaker, or the section's tick. */
  readonly field: 'text' | 'included' | 'attribution' | 'section';
}

/** The one id of `after` that moved furthest from where it stood in `before`, if any moved. */
function movedFurthest(before: readonly { id: string }[], after: readonly { id: string }[]): string | null {
  const was = new Map(before.map((entry, index) => [entry.id, index]));
  let furthest: string | null = null;
  let distance = 0;
  after.forEach((entry, index) => {
    const from = was.get(entry.id);
    if (from !== undefined && Math.abs(from - index) > distance) {
      distance = Math.abs(from - index);
      furthest = entry.id;
    }
  });
  return furthest;
}

function itemField(before: BriefingItem, after: BriefingItem): FocusTarget['field'] {
  if (before.included !== after.included) return 'included';
  if (before.attribution !== after.attribution && before.text === after.text) return 'attribution';
  return 'text';
}

function sectionChange(before: BriefingSection, after: BriefingSection): FocusTarget | null {
  const was = new Map(before.items.map((item) => [item.id, item]));
  for (const item of after.items) {
    const old = was.get(item.id);
    if (!old) return { sectionId: after.id, itemId: item.id, field: 'text' };
    if (old !== item) return { sectionId: after.id, itemId: item.id, field: itemField(old, item) };
  }
  if (after.items.length < before.items.length) return { sectionId: after.id, itemId: null, field: 'section' };
  const moved = movedFurthest(before.items, after.items);
  if (moved) return { sectionId: after.id, itemId: moved, field: 'text' };
  return { sectionId: after.id, itemId: null, field: 'section' };
}

/** The place Undo or Redo changed going from `before` to `after`; null when only the note's details changed. */
export function changedPlace(before: Briefing | null, after: Briefing | null): FocusTarget | null {
  if (!before || !after || before === after) return null;
  const was = new Map(before.sections.map((section) => [section.id, section]));
  for (const section of after.sections) {
    const old = was.get(section.id);
    if (!old) return { sectionId: section.id, itemId: null, field: 'section' };
    if (old !== section) return sectionChange(old, section);
  }
  const moved = movedFurthest(before.sections, after.sections);
  return moved ? { sectionId: moved, itemId: null, field: 'section' } : null;
}
