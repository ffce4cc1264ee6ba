/**
 * Placeholders a template drafts for the officer to complete ("[Add context: …]", « [Ajouter la
 * prochaine rencontre …] »): a bracket opening on an instruction verb. A note that still holds one
 * is unfinished, so export asks first (the app) or warns (the CLI) instead of sending it without a
 * word (issue 13 item 7). Only what the note prints counts: ticked sections and items (a
 * Recommendation only on a decision note, model/briefing.ts sectionPrints). Pure.
 */
import { sectionPrints, type Briefing } from '../model/briefing';

/** "[Add …]", "[add …]", "[Insert …]", "[Ajouter …]", "[Insérer …]", "[Compléter …]", "[Préciser …]", "[Indiquer …]". */
const PLACEHOLDER = /\[(?:add|insert|ajouter|insérer|compléter|préciser|indiquer)\b[^[\]]*\]/giu;

export interface DraftPlaceholder {
  readonly sectionId: string;
  readonly sectionHeading: string;
  readonly itemId: string;
  /** The placeholder as written, brackets included. */
  readonly text: string;
}

export function findDraftPlaceholders(briefing: Briefing): DraftPlaceholder[] {
  return briefing.sections.flatMap((section) =>
    sectionPrints(section, briefing.metadata.purpose)
      ? section.items.flatMap((item) =>
          item.included ? [...item.text.matchAll(PLACEHOLDER)].map((match) => ({ sectionId: section.id, sectionHeading: section.heading, itemId: item.id, text: match[0] })) : [],
        )
      : [],
  );
}

/** One sentence naming them, for a warning: 2 placeholders still to complete: "[Add …]" (Background), … */
export function describeDraftPlaceholders(placeholders: readonly DraftPlaceholder[]): string {
  const shown = placeholders.slice(0, 3).map((placeholder) => `"${placeholder.text.length > 60 ? `${placeholder.text.slice(0, 57)}…]` : placeholder.text}" (${placeholder.sectionHeading})`);
  const more = placeholders.length > 3 ? ` and ${placeholders.length - 3} more` : '';
  return `the note still holds ${placeholders.length === 1 ? 'a placeholder' : `${placeholders.length} placeholders`} the template drafted for you to complete: ${shown.join(', ')}${more}`;
}
