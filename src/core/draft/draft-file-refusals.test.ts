/**
 * What parseDraft refuses, each with the message the officer reads (issue 18: mutation testing found
 * these branches unheld, as the suite checked only one refusal of each kind, or none).
 */
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { extractStatement } from '../extract/extract-statement';
import { importText } from '../import/text-importer';
import { findBuiltInTemplate } from '../templates/template-loader';
import { DraftFileError, migrateDraft, parseDraft, serializeDraft } from './draft-file';

const template = findBuiltInTemplate('briefing-note')!;
const text = 'Joint statement\n\nCanada and Korea condemned the missile launches by North Korea. They agreed to meet again.';
const briefing = composeBriefing(extractStatement(importText(text)), template, { today: '2026-01-02' });
const draft = { savedAt: '2026-01-02T03:04:05.000Z', sourceName: 'statement.txt', statementText: text, template: { id: template.id, schemaVersion: template.schemaVersion }, briefing };
const NAME = 'note.briefwright.json';

/** The draft file's JSON with `change` applied to it. */
function edited(change: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(serializeDraft(draft)) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
}

/** The error parseDraft throws, or null. */
function refusal(source: string, name?: string): DraftFileError | null {
  try {
    if (name === undefined) parseDraft(source);
    else parseDraft(source, name);
  } catch (error) {
    return error as DraftFileError;
  }
  return null;
}

describe('parseDraft refuses', () => {
  it('JSON that is not an object with the draft format, as not a draft', () => {
    for (const source of ['null', '[]', '"briefwright-draft"', '42', '{"format":"briefwright-template"}', edited((d) => delete d.format)]) {
      const error = refusal(source, NAME);
      expect(error, source.slice(0, 40)).toBeInstanceOf(DraftFileError);
      expect(error?.message, source.slice(0, 40)).toBe(`${NAME} is not a Briefwright draft.`);
    }
  });

  it('a missing, textual, fractional, zero or negative format version, as damaged', () => {
    for (const version of [undefined, '1', 1.5, 0, -1]) {
      expect(refusal(edited((d) => (d.formatVersion = version)), NAME)?.message, String(version)).toBe(`${NAME} is damaged: its format version is missing.`);
    }
  });

  it('a newer format version, naming it and the one this version reads', () => {
    expect(refusal(edited((d) => (d.formatVersion = 2)), NAME)?.message).toBe(
      `${NAME} was saved by a newer version of Briefwright (draft format 2; this version reads up to 1). Please update Briefwright to open it.`,
    );
  });

  it('an item whose source starts after it ends, but not an empty source or one ending at the statement’s end', () => {
    const withSource = (start: number, end: number) =>
      serializeDraft({
        ...draft,
        briefing: {
          ...briefing,
          sections: briefing.sections.map((section, s) => (s === 0 ? { ...section, items: section.items.map((item, i) => (i === 0 ? { ...item, source: { start, end } } : item)) } : section)),
        },
      });
    expect(briefing.sections[0]!.items.length).toBeGreaterThan(0);
    expect(refusal(withSource(20, 10), NAME)?.message).toBe(
      `${NAME} is damaged and cannot be opened (at "briefing.sections.0.items.0.source": the offsets lie outside the statement text).`,
    );
    expect(parseDraft(withSource(10, 10), NAME).briefing.sections[0]!.items[0]!.source).toEqual({ start: 10, end: 10 });
    expect(parseDraft(withSource(0, text.length), NAME).briefing.sections[0]!.items[0]!.source).toEqual({ start: 0, end: text.length });
  });

  it('with an error named DraftFileError, and "The draft" when no file name is given', () => {
    const error = refusal('{"hello": 1}');
    expect(error?.name).toBe('DraftFileError');
    expect(error?.message).toBe('The draft is not a Briefwright draft.');
  });
});

describe('migrateDraft', () => {
  const record = { format: 'briefwright-draft', formatVersion: 1, steps: [] as string[] };
  const step = (label: string) => (data: Record<string, unknown>) => ({ ...data, steps: [...(data.steps as string[]), label], formatVersion: (data.formatVersion as number) + 1 });

  it('leaves a record of the current version as it is, migrations or not', () => {
    expect(migrateDraft(record, 1, NAME)).toBe(record);
    expect(migrateDraft(record, 3, NAME, { 3: step('never') }, 3)).toBe(record);
  });

  it('applies every step from the file’s version to the target, in order', () => {
    expect(migrateDraft(record, 1, NAME, { 1: step('1→2'), 2: step('2→3') }, 3)).toEqual({ format: 'briefwright-draft', formatVersion: 3, steps: ['1→2', '2→3'] });
    expect(migrateDraft({ ...record, formatVersion: 2 }, 2, NAME, { 1: step('1→2'), 2: step('2→3') }, 3)).toEqual({ format: 'briefwright-draft', formatVersion: 3, steps: ['2→3'] });
  });

  it('refuses a version with a missing step, naming the file and its version', () => {
    const missing = () => migrateDraft(record, 1, NAME, { 2: step('2→3') }, 3);
    expect(missing).toThrow(DraftFileError);
    expect(missing).toThrow(`${NAME} uses draft format 1, which this version cannot convert.`);
  });
});

describe('parseDraft names where a damaged draft is damaged', () => {
  it('a field of the wrong type, by its path', () => {
    expect(refusal(edited((d) => (d.sourceName = 42)), NAME)?.message).toBe(`${NAME} is damaged and cannot be opened (at "sourceName").`);
    expect(refusal(edited((d) => ((d.template as Record<string, unknown>).schemaVersion = 0)), NAME)?.message).toBe(`${NAME} is damaged and cannot be opened (at "template.schemaVersion").`);
  });
});
