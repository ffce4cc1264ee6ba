/**
 * The `template` field of a draft file (which built-in or saved template the note was made with, and
 * the schema version of that template) is checked like every other field: a draft whose field is
 * missing or of the wrong shape is refused as damaged, naming the field, rather than opened with a
 * template reference the editor cannot resolve. Mutation testing found that a schema accepting
 * anything there passed the whole suite (issue 18).
 */
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { extractStatement } from '../extract/extract-statement';
import { importText } from '../import/text-importer';
import { findBuiltInTemplate } from '../templates/template-loader';
import { DraftFileError, parseDraft, serializeDraft } from './draft-file';

const template = findBuiltInTemplate('briefing-note')!;
const text = 'Joint statement\n\nCanada and Korea condemned the missile launches by North Korea. They agreed to meet again.';
const briefing = composeBriefing(extractStatement(importText(text)), template, { today: '2026-01-02' });
const draft = { savedAt: '2026-01-02T03:04:05.000Z', sourceName: 'statement.txt', statementText: text, template: { id: template.id, schemaVersion: template.schemaVersion }, briefing };

/** The draft file's text with its `template` field replaced (undefined: left out). */
function withTemplateField(value: unknown): string {
  const data = JSON.parse(serializeDraft(draft)) as Record<string, unknown>;
  if (value === undefined) delete data.template;
  else data.template = value;
  return JSON.stringify(data);
}

const damagedAt = (path: string) => new DraftFileError(`note.briefwright.json is damaged and cannot be opened (at "${path}").`);

describe('a draft’s template field', () => {
  it('keeps the template id and schema version it was saved with', () => {
    expect(parseDraft(withTemplateField({ id: 'briefing-note', schemaVersion: 3 }), 'note.briefwright.json').template).toEqual({ id: 'briefing-note', schemaVersion: 3 });
  });

  it('refuses a draft without one', () => {
    expect(() => parseDraft(withTemplateField(undefined), 'note.briefwright.json')).toThrow(damagedAt('template'));
  });

  it('refuses a template given as a bare string instead of { id, schemaVersion }', () => {
    expect(() => parseDraft(withTemplateField('briefing-note'), 'note.briefwright.json')).toThrow(damagedAt('template'));
  });

  it('refuses a missing or non-text id', () => {
    expect(() => parseDraft(withTemplateField({ schemaVersion: 1 }), 'note.briefwright.json')).toThrow(damagedAt('template.id'));
    expect(() => parseDraft(withTemplateField({ id: 7, schemaVersion: 1 }), 'note.briefwright.json')).toThrow(damagedAt('template.id'));
  });

  it('refuses a schema version that is missing, text, zero, negative or fractional', () => {
    for (const schemaVersion of [undefined, '1', 0, -1, 1.5]) {
      expect(() => parseDraft(withTemplateField({ id: 'briefing-note', schemaVersion }), 'note.briefwright.json'), String(schemaVersion)).toThrow(damagedAt('template.schemaVersion'));
    }
  });
});
