import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { extractStatement } from '../extract/extract-statement';
import { importText } from '../import/text-importer';
import { listBuiltInTemplates } from '../templates/template-loader';
import { DRAFT_FORMAT_VERSION, DraftFileError, isDraftFileName, parseDraft, serializeDraft } from './draft-file';

const template = listBuiltInTemplates()[0]!;
const text = 'Joint statement\n\nCanada and Korea condemned the missile launches by North Korea. They agreed to meet again.';
const briefing = composeBriefing(extractStatement(importText(text)), template, { today: '2026-01-02' });
const draft = { savedAt: '2026-01-02T03:04:05.000Z', sourceName: 'statement.txt', statementText: text, template: { id: template.id, schemaVersion: template.schemaVersion }, briefing };

describe('draft file', () => {
  it('reads back exactly what it wrote', () => {
    const parsed = parseDraft(serializeDraft(draft));
    expect(parsed).toEqual({ format: 'briefwright-draft', formatVersion: DRAFT_FORMAT_VERSION, ...draft });
  });

  it('refuses a draft from a newer version with a message that says so', () => {
    const newer = serializeDraft(draft).replace(`"formatVersion": ${DRAFT_FORMAT_VERSION}`, '"formatVersion": 99');
    expect(() => parseDraft(newer, 'note.briefwright.json')).toThrow(/newer version of Briefwright/);
  });

  it('refuses damaged or foreign files', () => {
    expect(() => parseDraft('{"format": "briefwright-draft"', 'x')).toThrow(DraftFileError);
    expect(() => parseDraft('{"hello": 1}', 'x')).toThrow(/not a Briefwright draft/);
    const damaged = JSON.parse(serializeDraft(draft));
    damaged.briefing.sections = 'none';
    expect(() => parseDraft(JSON.stringify(damaged), 'x')).toThrow(/damaged.*briefing\.sections/);
  });

  it('refuses a draft whose item offsets lie outside its statement', () => {
    const withSource = briefing.sections.findIndex((section) => section.items.some((item) => item.source));
    expect(withSource).toBeGreaterThanOrEqual(0);
    const sections = briefing.sections.map((section, s) =>
      s === withSource ? { ...section, items: section.items.map((item, i) => (i === 0 ? { ...item, source: { start: 10, end: text.length + 500 } } : item)) } : section,
    );
    const damaged = serializeDraft({ ...draft, briefing: { ...briefing, sections } });
    expect(() => parseDraft(damaged, 'd.briefwright.json')).toThrow(
      new DraftFileError(`d.briefwright.json is damaged and cannot be opened (at "briefing.sections.${withSource}.items.0.source": the offsets lie outside the statement text).`),
    );
  });

  it('recognises draft file names', () => {
    expect(isDraftFileName('Note.Briefwright.JSON')).toBe(true);
    expect(isDraftFileName('note.json')).toBe(false);
  });
});
