/**
 * What a briefing note may hold (core/limits.ts): sections, items per section, items and characters
 * in all, characters per item. A briefing past a bound is cut (sections and items from the end, an
 * over-long item shortened) and every cut is described in a sentence the user is shown, so a 5 MB
 * statement gives a note of at most ~100 pages and says what it left out, instead of a 4,000-page PDF
 * and 1.5 GB of memory. The same function bounds a composed draft (compose), the laid-out note
 * (applyTemplate) and so every DocModel the CLI, the browser and the desktop export; the IPC schema
 * checks the same constants. Pure.
 */
import type { Briefing, BriefingItem, BriefingMetadata, BriefingSection } from '../model/briefing';
import { MAX_ITEM_CHARS, MAX_ITEMS_PER_SECTION, MAX_NOTE_CHARS, MAX_NOTE_ITEMS, MAX_SECTIONS } from '../limits';
import { englishText } from '../i18n/describe';
import { userMessage, type UserMessage } from '../i18n/user-message';

export interface BoundedBriefing {
  readonly briefing: Briefing;
  /** One sentence per cut, e.g. "Initiatives: 3,000 items; the note holds the first 500." Empty when nothing was cut. */
  readonly cuts: readonly string[];
  /** The same sentences as messages, to show in the reader's language (describe). */
  readonly cutNotices: readonly UserMessage[];
}

function shorten(text: string): string {
  return text.length <= MAX_ITEM_CHARS ? text : `${text.slice(0, MAX_ITEM_CHARS - 1)}…`;
}

function shortenItem(item: BriefingItem): BriefingItem {
  if (item.text.length <= MAX_ITEM_CHARS && item.originalText.length <= MAX_ITEM_CHARS && item.attribution.length <= MAX_ITEM_CHARS) return item;
  return { ...item, text: shorten(item.text), originalText: shorten(item.originalText), attribution: shorten(item.attribution) };
}

function boundMetadata(metadata: BriefingMetadata): BriefingMetadata {
  const fields = ['title', 'date', 'fileNumber', 'preparedBy', 'preparedByTitle', 'preparedByPhone', 'to', 'from', 'approvedBy', 'approvedByTitle'] as const;
  if (fields.every((field) => (metadata[field]?.length ?? 0) <= MAX_ITEM_CHARS)) return metadata;
  const shortened: Record<string, unknown> = { ...metadata };
  for (const field of fields) if (metadata[field] !== undefined) shortened[field] = shorten(metadata[field]);
  return shortened as unknown as BriefingMetadata;
}

/** The briefing within the bounds, and what was cut to get there (nothing, usually: the same object comes back). */
export function boundBriefing(briefing: Briefing): BoundedBriefing {
  const cuts: UserMessage[] = [];
  let sections = briefing.sections;
  if (sections.length > MAX_SECTIONS) {
    cuts.push(userMessage('cuts.sections', { count: sections.length, limit: MAX_SECTIONS }));
    sections = sections.slice(0, MAX_SECTIONS);
  }
  let items = 0;
  let characters = 0;
  let shortened = 0;
  let changed = sections !== briefing.sections;
  const bounded: BriefingSection[] = sections.map((section) => {
    const name = section.heading.trim() || section.kind;
    let kept: BriefingItem[] = [];
    for (const item of section.items) {
      if (kept.length >= MAX_ITEMS_PER_SECTION || items >= MAX_NOTE_ITEMS) break;
      const short = shortenItem(item);
      if (short !== item) shortened++;
      const size = short.text.length + short.attribution.length;
      if (characters + size > MAX_NOTE_CHARS) break;
      characters += size;
      items++;
      kept.push(short);
    }
    if (kept.length < section.items.length) {
      const why =
        kept.length >= MAX_ITEMS_PER_SECTION
          ? userMessage('cuts.perSection', { limit: MAX_ITEMS_PER_SECTION })
          : items >= MAX_NOTE_ITEMS
            ? userMessage('cuts.perNote', { limit: MAX_NOTE_ITEMS })
            : userMessage('cuts.noteChars', { limit: MAX_NOTE_CHARS });
      cuts.push(userMessage('cuts.items', { section: name, count: section.items.length, kept: kept.length, why }));
    } else if (kept.every((item, i) => item === section.items[i])) {
      kept = section.items as BriefingItem[];
    }
    const heading = shorten(section.heading);
    if (kept === section.items && heading === section.heading) return section;
    changed = true;
    return { ...section, heading, items: kept };
  });
  const metadata = boundMetadata(briefing.metadata);
  if (metadata !== briefing.metadata) {
    changed = true;
    cuts.push(userMessage('cuts.field', { limit: MAX_ITEM_CHARS }));
  }
  if (shortened > 0) cuts.push(userMessage('cuts.itemsShortened', { count: shortened, limit: MAX_ITEM_CHARS }));
  return { briefing: changed ? { ...briefing, metadata, sections: bounded } : briefing, cuts: cuts.map(englishText), cutNotices: cuts };
}
