/**
 * Pure edits of the draft briefing, one function per thing the officer can do in the Compose pane
 * (and Add to… in the Source pane).
 * Each returns a new Briefing (or the same one when nothing changes), so the store stays a thin
 * layer and undo sees plain values.
 */
import type { Briefing, BriefingItem, BriefingMetadata, BriefingSection } from '../../../core/model/briefing';
import type { SourceSpan } from '../../../core/model/statement';

function updateSection(briefing: Briefing, sectionId: string, update: (section: BriefingSection) => BriefingSection): Briefing {
  let changed = false;
  const sections = briefing.sections.map((section) => {
    if (section.id !== sectionId) return section;
    const next = update(section);
    changed ||= next !== section;
    return next;
  });
  return changed ? { ...briefing, sections } : briefing;
}

function updateItem(briefing: Briefing, sectionId: string, itemId: string, update: (item: BriefingItem) => BriefingItem): Briefing {
  return updateSection(briefing, sectionId, (section) => {
    let changed = false;
    const items = section.items.map((item) => {
      if (item.id !== itemId) return item;
      const next = update(item);
      changed ||= next !== item;
      return next;
    });
    return changed ? { ...section, items } : section;
  });
}

/** Moves the element at `from` to `to` (both clamped); the same array when nothing moves. */
export function moveElement<T>(list: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return list;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

export function setSectionIncluded(briefing: Briefing, sectionId: string, included: boolean): Briefing {
  return updateSection(briefing, sectionId, (section) => (section.included === included ? section : { ...section, included }));
}

export function setItemIncluded(briefing: Briefing, sectionId: string, itemId: string, included: boolean): Briefing {
  return updateItem(briefing, sectionId, itemId, (item) => (item.included === included ? item : { ...item, included }));
}

export function setItemText(briefing: Briefing, sectionId: string, itemId: string, text: string): Briefing {
  return updateItem(briefing, sectionId, itemId, (item) => (item.text === text ? item : { ...item, text }));
}

export function setItemAttribution(briefing: Briefing, sectionId: string, itemId: string, attribution: string): Briefing {
  return updateItem(briefing, sectionId, itemId, (item) => (item.attribution === attribution ? item : { ...item, attribution }));
}

export function restoreItemText(briefing: Briefing, sectionId: string, itemId: string): Briefing {
  return updateItem(briefing, sectionId, itemId, (item) => (item.text === item.originalText ? item : { ...item, text: item.originalText }));
}

/** A new, empty item at the end of the section; its id is unique within the draft. */
export function addCustomItem(briefing: Briefing, sectionId: string): { briefing: Briefing; itemId: string } {
  const itemId = unusedItemId(briefing, `${sectionId}-custom`);
  const item: BriefingItem = { id: itemId, text: '', originalText: '', attribution: '', included: true, source: null };
  return { briefing: updateSection(briefing, sectionId, (section) => ({ ...section, items: [...section.items, item] })), itemId };
}

/**
 * A passage of the statement the extractors missed, added to a section: its text is the passage with
 * its runs of white space made one space, and it keeps the offsets of what it came from, trimmed to
 * the words, so it links back to the source like an extracted item. Null when the span holds no words.
 */
export function addItemFromSource(briefing: Briefing, sectionId: string, sourceText: string, span: SourceSpan): { briefing: Briefing; itemId: string } | null {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, sourceText.length));
  end = Math.max(start, Math.min(end, sourceText.length));
  while (start < end && /\s/.test(sourceText[start]!)) start++;
  while (end > start && /\s/.test(sourceText[end - 1]!)) end--;
  if (start === end || !briefing.sections.some((section) => section.id === sectionId)) return null;
  const text = sourceText.slice(start, end).replace(/\s+/g, ' ');
  const itemId = unusedItemId(briefing, `${sectionId}-source`);
  const item: BriefingItem = { id: itemId, text, originalText: text, attribution: '', included: true, source: { start, end } };
  return { briefing: updateSection(briefing, sectionId, (section) => ({ ...section, items: [...section.items, item] })), itemId };
}

function unusedItemId(briefing: Briefing, prefix: string): string {
  const ids = new Set(briefing.sections.flatMap((section) => section.items.map((item) => item.id)));
  let n = 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Removes any item, added, drafted or extracted alike (Undo brings it back). */
export function removeItem(briefing: Briefing, sectionId: string, itemId: string): Briefing {
  return updateSection(briefing, sectionId, (section) => {
    const items = section.items.filter((item) => item.id !== itemId);
    return items.length === section.items.length ? section : { ...section, items };
  });
}

export function moveSection(briefing: Briefing, from: number, to: number): Briefing {
  const sections = moveElement(briefing.sections, from, to);
  return sections === briefing.sections ? briefing : { ...briefing, sections };
}

export function moveItem(briefing: Briefing, sectionId: string, from: number, to: number): Briefing {
  return updateSection(briefing, sectionId, (section) => {
    const items = moveElement(section.items, from, to);
    return items === section.items ? section : { ...section, items };
  });
}

export function setMetadata(briefing: Briefing, change: Partial<BriefingMetadata>): Briefing {
  const entries = Object.entries(change) as Array<[keyof BriefingMetadata, unknown]>;
  if (entries.every(([key, value]) => briefing.metadata[key] === value)) return briefing;
  return { ...briefing, metadata: { ...briefing.metadata, ...change } };
}
