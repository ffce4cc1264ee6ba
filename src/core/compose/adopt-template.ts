/**
 * When the template a note uses is edited, the note takes the new sections, headings, layouts and
 * order without losing the officer's work: a section that survives (same id and kind) keeps its
 * items and its tick; a new section arrives as the template drafts it; a removed one goes.
 */
import type { Briefing } from '../model/briefing';
import type { StructuredStatement } from '../model/structured-statement';
import type { Template } from '../model/template';
import { composeBriefing } from './compose-briefing';

export function adoptTemplate(briefing: Briefing, structured: StructuredStatement, template: Template): Briefing {
  const fresh = composeBriefing(structured, template, { today: briefing.metadata.date || undefined });
  const previous = new Map(briefing.sections.map((section) => [section.id, section]));
  const sections = fresh.sections.map((section) => {
    const kept = previous.get(section.id);
    return kept && kept.kind === section.kind ? { ...kept, heading: section.heading, layout: section.layout } : section;
  });
  return { ...briefing, templateId: template.id, language: template.language, sections };
}
