/**
 * The security classifications and purposes a note can carry, as plain values: the template and
 * briefing schemas build their enums from them, and code that only needs the list (the CLI's option
 * check, which starts on every run) reads it here without loading the schema library.
 */
export const CLASSIFICATIONS = ['UNCLASSIFIED', 'PROTECTED A', 'PROTECTED B', 'CONFIDENTIAL', 'SECRET'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const PURPOSES = ['information', 'decision'] as const;
export type Purpose = (typeof PURPOSES)[number];

export function isClassification(value: string): value is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(value);
}

export function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}
