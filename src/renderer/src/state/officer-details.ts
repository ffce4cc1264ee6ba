/**
 * The officer's details (prepared by, title, telephone, from, approved by), remembered between notes
 * in localStorage: in the browser like the interface language, and in the desktop app in Electron's
 * own storage inside the data folder. Saved only when the officer edits one of them (opening a
 * colleague's draft does not overwrite them); a new note starts with them (composeBriefing's
 * `officer`). Storage refused or damaged means nothing remembered, never an error.
 */
import { OFFICER_FIELDS, officerDetailsSchema, type BriefingMetadata, type OfficerDetails } from '../../../core/model/briefing';

export const OFFICER_STORAGE_KEY = 'briefwright.officer';

export function rememberedOfficer(): OfficerDetails {
  try {
    const stored = globalThis.localStorage?.getItem(OFFICER_STORAGE_KEY);
    if (!stored) return {};
    const parsed = officerDetailsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Keeps the officer fields of a metadata change (others are ignored) for the next note. */
export function rememberOfficer(change: Partial<BriefingMetadata>): void {
  const fields = OFFICER_FIELDS.filter((field) => typeof change[field] === 'string');
  if (fields.length === 0) return;
  const next: Record<string, string> = { ...rememberedOfficer() };
  for (const field of fields) next[field] = (change[field] as string).slice(0, 500);
  try {
    globalThis.localStorage?.setItem(OFFICER_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // A full or refused storage: the details are simply not remembered.
  }
}
