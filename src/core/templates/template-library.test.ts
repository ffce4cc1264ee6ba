import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import type { Briefing } from '../model/briefing';
import { structuredFixture } from '../testing/structured-fixture';
import { findBuiltInTemplate, TemplateError } from './template-loader';
import { copyName, duplicateTemplate, parseImportedTemplate, templateFileName, templateFromBriefing, templateIdFromName, templateNameProblem } from './template-library';

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

describe('template ids, file names and copies', () => {
  it('drops accents and punctuation at either end, and a hyphen left at the 60-character cut', () => {
    expect(templateIdFromName('Réunion à Séoul')).toBe('reunion-a-seoul');
    expect(templateIdFromName(' --Asia desk!! ')).toBe('asia-desk');
    expect(templateIdFromName(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(templateFileName({ ...briefingNote, id: 'asia-desk' })).toBe('asia-desk.briefwright-template.json');
  });

  it('names a first copy "(copy)" and later ones by the first free number', () => {
    expect(copyName('Briefing note', [])).toBe('Briefing note (copy)');
    expect(copyName('Briefing note', ['Briefing note (copy)', 'Briefing note (copy 2)'])).toBe('Briefing note (copy 3)');
  });

  it('duplicates a template under a new id and the trimmed name, all else the same', () => {
    expect(duplicateTemplate(briefingNote, '  Asia desk ', 'asia-desk')).toEqual({ ...briefingNote, id: 'asia-desk', name: 'Asia desk' });
  });
});

describe('templateFromBriefing, what it takes from the base template', () => {
  const briefing = composeBriefing(structuredFixture, briefingNote, { today: '2026-11-28' });

  it('says which template it was made from and takes the note’s classification, purpose and author as defaults', () => {
    const note = setMetadata(briefing, { classification: 'PROTECTED B', purpose: 'decision', preparedBy: 'J. Tremblay' });
    const template = templateFromBriefing(briefingNote, note, 'Asia desk', 'asia-desk');
    expect(template.description).toBe('Made from “Briefing note”.');
    expect(template.defaults).toEqual({ classification: 'PROTECTED B', purpose: 'decision', preparedBy: 'J. Tremblay' });
    expect(template.output).toEqual({ ...briefingNote.output, sourceComments: false });
  });

  it('keeps a section’s options and snippet, and gives no snippet key to a section that has none', () => {
    const template = templateFromBriefing(briefingNote, briefing, 'Asia desk', 'asia-desk');
    const participants = template.sections.find((section) => section.id === 'participants')!;
    expect(participants.options).toEqual(briefingNote.sections.find((section) => section.id === 'participants')!.options);
    expect(Object.keys(participants).sort()).toEqual(['heading', 'id', 'kind', 'layout', 'options']);
    expect(Object.keys(template.sections.find((section) => section.id === 'condemnations')!).sort()).toEqual(['heading', 'id', 'kind', 'layout']);
  });

  it('takes options and snippet only from the base section with the same id and kind', () => {
    const summary = briefingNote.sections[0]!;
    const base = {
      ...briefingNote,
      sections: [
        { ...summary, id: 'short', draft: 'Short.' },
        { ...summary, id: 'long', draft: 'Long.' },
      ],
    };
    const note = {
      ...briefing,
      sections: [
        { ...briefing.sections[0]!, id: 'long', kind: 'summary' as const, included: true },
        { ...briefing.sections[0]!, id: 'short', kind: 'background' as const, included: true },
      ],
    };
    const template = templateFromBriefing(base, note, 'Two', 'two');
    expect(template.sections.map((section) => [section.id, section.kind, section.draft])).toEqual([
      ['long', 'summary', 'Long.'],
      ['short', 'background', undefined],
    ]);
  });

  it('names the template by its trimmed name when the result is refused', () => {
    expect(() => templateFromBriefing(briefingNote, briefing, ' Asia/Pacific ', 'asia-pacific')).toThrow(
      /^the template "Asia\/Pacific" is not a valid Briefwright template at "name": A template name cannot contain “\/”/,
    );
  });
});

describe('parseImportedTemplate, each refusal', () => {
  const refusal = (input: Uint8Array) => {
    try {
      parseImportedTemplate(input, 'in.json');
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('reads a file of exactly 1 MB (and finds it is no JSON), and shows the JSON error on one line', () => {
    expect(refusal(new Uint8Array(1024 * 1024))).toMatch(/^in\.json is not a Briefwright template: it is not valid JSON \(/);
    const message = refusal(bytes('{\n  "schemaVersion": 1,\r\n\t"id": x\n}'));
    expect(message).toMatch(/^in\.json is not a Briefwright template: it is not valid JSON \(Unexpected token 'x', .*\)\.$/);
    expect([...message].filter((char) => char < ' ' || char === '\u007f')).toEqual([]);
  });

  it('refuses JSON that is no object, a version that is no number, and an older schema', () => {
    expect(refusal(bytes('null'))).toBe('in.json is not a Briefwright template.');
    expect(refusal(bytes('5'))).toBe('in.json is not a Briefwright template.');
    expect(refusal(bytes({ ...briefingNoteData, id: 'x', schemaVersion: '1' }))).toBe('in.json is not a Briefwright template: it has no schemaVersion.');
    expect(refusal(bytes({ ...briefingNoteData, id: 'x', schemaVersion: 0 }))).toBe('in.json uses template schema 0, which this version cannot read.');
  });

  it('leaves sections that are no list, a missing section and a kind that is no text to the schema, which names the field', () => {
    expect(refusal(bytes({ ...briefingNoteData, id: 'x', sections: 'x' }))).toBe('in.json is not a valid Briefwright template at "sections": Invalid input: expected array, received string');
    expect(refusal(bytes({ ...briefingNoteData, id: 'x', sections: [null] }))).toBe('in.json is not a valid Briefwright template at "sections.0": Invalid input: expected object, received null');
    expect(refusal(bytes({ ...briefingNoteData, id: 'x', sections: [briefingNoteData.sections[0], { id: 's', kind: 5, heading: 'S', layout: 'bullets' }] }))).toMatch(
      /^in\.json is not a valid Briefwright template at "sections\.1\.kind": Invalid option/,
    );
    expect(refusal(bytes({ ...briefingNoteData, id: 5 }))).toBe('in.json is not a valid Briefwright template at "id": Invalid input: expected string, received number');
  });

  it('names an unknown kind by its section’s place and lists the known kinds', () => {
    expect(refusal(bytes({ ...briefingNoteData, id: 'x', sections: [briefingNoteData.sections[0], { id: 's', kind: 'horoscope', heading: 'S', layout: 'bullets' }] }))).toBe(
      'in.json: section 2 has an unknown kind “horoscope” (known kinds: summary, background, participants, condemnations, initiatives, quotes, key-messages, next-steps, recommendation).',
    );
  });

  it('reads a byte that is no UTF-8 as U+FFFD instead of refusing the file', () => {
    const data = bytes({ ...briefingNoteData, id: 'mine', description: 'AB' });
    const damaged = new Uint8Array(data);
    damaged[data.indexOf(0x41)] = 0xff; // the first "A" is the description's
    expect(parseImportedTemplate(damaged, 'in.json').description).toBe('\uFFFDB');
  });
});
