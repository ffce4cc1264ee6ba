import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import type { Briefing } from '../model/briefing';
import { structuredFixture } from '../testing/structured-fixture';
import { findBuiltInTemplate, TemplateError } from './template-loader';
import { copyName, parseImportedTemplate, templateFromBriefing, templateIdFromName, templateNameProblem } from './template-library';

const briefingNote = findBuiltInTemplate('briefing-note')!;
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const setSectionIncluded = (briefing: Briefing, id: string, included: boolean): Briefing => ({
  ...briefing,
  sections: briefing.sections.map((section) => (section.id === id ? { ...section, included } : section)),
});
const moveSection = (briefing: Briefing, from: number, to: number): Briefing => {
  const sections = [...briefing.sections];
  sections.splice(to, 0, ...sections.splice(from, 1));
  return { ...briefing, sections };
};
const setMetadata = (briefing: Briefing, change: Partial<Briefing['metadata']>): Briefing => ({ ...briefing, metadata: { ...briefing.metadata, ...change } });
const briefingNoteData = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../templates/briefing-note.json'), 'utf8'));

describe('template names and ids', () => {
  it('refuses empty names, path separators, reserved and control characters, and overlong names', () => {
    expect(templateNameProblem('  ')).toMatch(/Give the template a name/);
    expect(templateNameProblem('Asia/Pacific')).toMatch(/cannot contain “\/”.*path separators/);
    expect(templateNameProblem('C:\\notes')).toMatch(/cannot contain “:”/);
    expect(templateNameProblem('What?')).toMatch(/cannot contain “\?”/);
    expect(templateNameProblem('tab\there')).toMatch(/control character/);
    expect(templateNameProblem('..')).toMatch(/only dots/);
    expect(templateNameProblem('x'.repeat(81))).toMatch(/too long/);
    expect(templateNameProblem('Note de breffage — Asie (v2)')).toBeNull();
  });

  it('derives a safe id that clashes with neither a built-in nor a taken id', () => {
    expect(templateIdFromName('Note de breffage — Asie')).toBe('note-de-breffage-asie');
    expect(templateIdFromName('Briefing note')).toBe('briefing-note-2');
    expect(templateIdFromName('Asia desk', new Set(['asia-desk', 'asia-desk-2']))).toBe('asia-desk-3');
    expect(templateIdFromName('회의 요약')).toBe('template');
    expect(templateIdFromName('a'.repeat(100))).toHaveLength(60);
    expect(copyName('Briefing note', ['Briefing note (copy)'])).toBe('Briefing note (copy 2)');
  });
});

describe('templateFromBriefing', () => {
  it('keeps the ticked sections in the officer’s order with their headings, and the base template’s page and snippets', () => {
    let briefing = composeBriefing(structuredFixture, briefingNote, { today: '2026-11-28' });
    briefing = setSectionIncluded(briefing, 'background', false);
    const quotesAt = briefing.sections.findIndex((section) => section.id === 'quotes');
    briefing = moveSection(briefing, quotesAt, 0);
    briefing = setMetadata(briefing, { sourceComments: true, classification: 'PROTECTED A' });
    const template = templateFromBriefing(briefingNote, briefing, '  Asia desk  ', 'asia-desk');
    expect(template.id).toBe('asia-desk');
    expect(template.name).toBe('Asia desk');
    expect(template.sections.map((section) => section.id)).toEqual(['quotes', 'summary', 'participants', 'condemnations', 'initiatives', 'next-steps', 'recommendation']);
    expect(template.sections.find((section) => section.id === 'summary')!.draft).toBe(briefingNote.sections[0]!.draft);
    expect(template.page).toEqual(briefingNote.page);
    expect(template.output.sourceComments).toBe(true);
    expect(template.defaults.classification).toBe('PROTECTED A');
  });

  it('refuses a note with no section ticked', () => {
    let briefing = composeBriefing(structuredFixture, briefingNote, { today: '2026-11-28' });
    for (const section of briefing.sections) briefing = setSectionIncluded(briefing, section.id, false);
    expect(() => templateFromBriefing(briefingNote, briefing, 'Empty', 'empty')).toThrow(/Tick at least one section/);
  });
});

describe('parseImportedTemplate', () => {
  it('round-trips an exported template', () => {
    const mine = { ...briefingNote, id: 'mine', name: 'Mine' };
    expect(parseImportedTemplate(bytes(JSON.stringify(mine, null, 2)), 'mine.briefwright-template.json')).toEqual(mine);
  });

  it.each([
    ['too large', new Uint8Array(1024 * 1024 + 1), /too large to be a template \(1\.0 MB; the limit is 1 MB\)/],
    ['not JSON', bytes('{ "schemaVersion": 1,'), /is not a Briefwright template: it is not valid JSON/],
    ['not an object', bytes('[1, 2]'), /is not a Briefwright template\.$/],
    ['no version', bytes({ id: 'x' }), /has no schemaVersion/],
    ['a newer version', bytes({ ...briefingNoteData, id: 'x', schemaVersion: 3 }), /made by a newer version of Briefwright \(template schema 3; this version reads 1\)/],
    ['an unknown kind', bytes({ ...briefingNoteData, id: 'x', sections: [{ id: 's', kind: 'horoscope', heading: 'Stars', layout: 'bullets' }] }), /section 1 has an unknown kind “horoscope”/],
    ['a built-in id', bytes(briefingNoteData), /has the id of a built-in template/],
    ['a path for an id', bytes({ ...briefingNoteData, id: '../../x' }), /at "id"/],
    ['a Liquid error', bytes({ ...briefingNoteData, id: 'x', sections: [{ id: 's', kind: 'summary', heading: 'S', layout: 'paragraphs', draft: '{% for %}' }] }), /not valid Liquid/],
  ])('refuses %s with a clear message', (_case, input, message) => {
    expect(() => parseImportedTemplate(input, 'in.briefwright-template.json')).toThrow(TemplateError);
    expect(() => parseImportedTemplate(input, 'in.briefwright-template.json')).toThrow(message);
  });
});
