/**
 * The ids of the built-in templates (templates/*.json), in the order the loader lists them, as plain
 * strings: the CLI's usage text names them on every run, and reading them from the templates would
 * load the template schema, the Liquid engine and all eight files first. A test holds this list to
 * the loader's.
 */
export const BUILT_IN_TEMPLATE_IDS = [
  'briefing-note',
  'note-information',
  'meeting-readout',
  'compte-rendu',
  'media-lines',
  'lignes-medias',
  'one-page-summary',
  'resume-une-page',
] as const;

export const DEFAULT_TEMPLATE_ID = 'briefing-note';
