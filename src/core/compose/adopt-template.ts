/**
 * When the template a note uses is edited, the note takes the new sections, headings, layouts and
 * order without losing the officer's work: a section that survives (same id and kind) keeps its tick
 * and the officer's order, edits and added items, while text the officer has not touched is drafted
 * afresh (a new Liquid snippet, participants now shown without titles); a new section arrives as the
 * template drafts it; a removed one goes.
 */
import type { Briefing, BriefingItem, BriefingSection } from '../model/briefing';
import type { StructuredStatement } from '../model/structured-statement';
import type { Template } from '../model/template';
import { composeBriefing } from './compose-briefing';

const touched = (item: BriefingItem) => item.text !== item.originalText || (item.source === null && item.originalText === '' && !item.drafted);

function mergeItems(kept: BriefingSection, fresh: BriefingSection): BriefingItem[] {
  const freshById = new Map(fresh.items.map((item) => [item.id, item]));
  const keptIds = new Set(kept.items.map((item) => item.id));
  const items = kept.items.flatMap((item) => {
    if (touched(item)) return [item];
    const redrafted = freshById.get(item.id);
    return redrafted ? [{ ...redrafted, included: item.included }] : [];
  });
  return [...items, ...fresh.items.filter((item) => !keptIds.has(item.id))];
}

export function adoptTemplate(briefing: Briefing, structured: StructuredStatement, template: Template): Briefing {
  // The note keeps its own metadata (its date included): only the fresh sections are used.
  const fresh = composeBriefing(structured, template);
  const previous = new Map(briefing.sections.map((section) => [section.id, section]));
  const sections = fresh.sections.map((section) => {
    const kept = previous.get(section.id);
    return kept && kept.kind === section.kind ? { ...kept, heading: section.heading, layout: section.layout, items: mergeItems(kept, section) } : section;
  });
  return { ...briefing, templateId: template.id, language: template.language, sections };
}
