import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { applyTemplate } from '../layout/apply-template';
import { structuredFixture } from '../testing/structured-fixture';
import { findBuiltInTemplate, listBuiltInTemplateEntries, listBuiltInTemplates, parseTemplate, parseTemplateText, templateForLanguage, TemplateError } from './template-loader';
import { BUILT_IN_TEMPLATE_IDS, DEFAULT_TEMPLATE_ID } from './built-in-template-ids';

const briefingNoteText = readFileSync(path.resolve(import.meta.dirname, '../../../templates/briefing-note.json'), 'utf8');
const withChange = (change: (template: Record<string, unknown>) => void) => {
  const data = JSON.parse(briefingNoteText);
  change(data);
  return JSON.stringify(data);
};

describe('built-in templates', () => {
  it('lists the ids the CLI names without loading the templates, in the loader\'s order', () => {
    expect(BUILT_IN_TEMPLATE_IDS).toEqual(listBuiltInTemplates().map((t) => t.id));
    expect(findBuiltInTemplate(DEFAULT_TEMPLATE_ID)?.id).toBe('briefing-note');
  });

  it('ships four formats, each in English and in French', () => {
    expect(listBuiltInTemplates().map((t) => `${t.id}:${t.language}`)).toEqual([
      'briefing-note:en',
      'note-information:fr',
      'meeting-readout:en',
      'compte-rendu:fr',
      'media-lines:en',
      'lignes-medias:fr',
      'one-page-summary:en',
      'resume-une-page:fr',
    ]);
    const builtIns = listBuiltInTemplates();
    for (let i = 0; i < builtIns.length; i += 2) {
      expect(builtIns[i + 1]!.sections.map((s) => s.kind), builtIns[i]!.id).toEqual(builtIns[i]!.sections.map((s) => s.kind));
    }
  });

  it('parses a built-in once, when first asked for, and hands back that same template every time', () => {
    const found = findBuiltInTemplate('note-information');
    expect(found?.language).toBe('fr');
    expect(findBuiltInTemplate('note-information')).toBe(found); // templateForLanguage relies on identity
    expect(listBuiltInTemplates()[1]).toBe(found);
    expect(findBuiltInTemplate('no-such-template')).toBeUndefined();
  });

  it('drafts free-text sections, marked as drafted, in the template’s language', () => {
    for (const template of listBuiltInTemplates()) {
      const briefing = composeBriefing(structuredFixture, template, { today: '2026-11-28' });
      const drafted = briefing.sections.filter((s) => !['participants', 'condemnations', 'initiatives', 'quotes'].includes(s.kind));
      expect(drafted.length, template.id).toBeGreaterThan(0);
      for (const section of drafted) {
        expect(section.items.length, `${template.id}/${section.id}`).toBeGreaterThan(0);
        expect(section.items.every((item) => item.drafted === true && item.source === null)).toBe(true);
      }
      const doc = applyTemplate(briefing, template);
      expect(doc.furniture.marking).toBe(template.language === 'fr' ? 'NON CLASSIFIÉ' : 'UNCLASSIFIED');
    }
    const fr = composeBriefing(structuredFixture, listBuiltInTemplates()[1]!, { today: '2026-11-28' });
    expect(fr.sections[0]!.items[0]!.text).toMatch(/^Le 1er novembre 2024, Mélanie Joly \(Minister of Foreign Affairs, Canada\), Bill Blair \(Minister of National Defence, Canada\) et Cho Tae-yul \(Minister of Foreign Affairs, République de Corée\) se sont réunis à Ottawa\. Le Canada et la République de Corée ont condamné les agissements de la Corée du Nord et de la Russie\./);
  });
});

describe('parseTemplateText', () => {
  it.each([
    ['{ not json', /is not valid JSON/],
    [withChange((t) => (t.schemaVersion = 99)), /^my-template\.json was made by a newer version of Briefwright \(template schema 99; this version reads 1\)/],
    [withChange((t) => (t.schemaVersion = 0)), /at "schemaVersion"/],
    [withChange((t) => ((t.sections as { kind: string }[])[0]!.kind = 'horoscope')), /at "sections.0.kind"/],
    [withChange((t) => ((t.sections as { draft: string }[])[0]!.draft = '{% for x in y %}unclosed')), /section "summary": the text snippet is not valid Liquid/],
    [withChange((t) => (t.id = '../evil')), /at "id"/],
    [withChange((t) => (t.id = 'a'.repeat(61))), /at "id": an id has at most 60 characters/],
    [withChange((t) => (t.name = 'Note\u202Efdp.exe')), /at "name": A template name cannot contain a text-direction control \(U\+202E\)/],
    [withChange((t) => (t.name = 'Note\u0000')), /at "name": A template name cannot contain a control character/],
    [withChange((t) => (t.name = 'Asia/Pacific')), /at "name": A template name cannot contain “\/”/],
    [withChange((t) => ((t.sections as { draft: string }[])[0]!.draft = "{% include 'secrets' %}")), /section "summary": the text snippet uses \{% include %\}, which template snippets cannot/],
  ])('rejects bad template files with a clear message (%#)', (text, message) => {
    expect(() => parseTemplateText(text, 'my-template.json')).toThrow(TemplateError);
    expect(() => parseTemplateText(text, 'my-template.json')).toThrow(message);
  });
});

describe('the template a statement opens with', () => {
  it('is the built-in of the same kind in the statement’s language', async () => {
    const { templateForLanguage, findBuiltInTemplate } = await import('./template-loader');
    expect(templateForLanguage(findBuiltInTemplate('briefing-note')!, 'fr').id).toBe('note-information');
    expect(templateForLanguage(findBuiltInTemplate('lignes-medias')!, 'en').id).toBe('media-lines');
    expect(templateForLanguage(findBuiltInTemplate('meeting-readout')!, 'fr').id).toBe('compte-rendu');
    expect(templateForLanguage(findBuiltInTemplate('resume-une-page')!, 'fr').id).toBe('resume-une-page');
    const own = { ...findBuiltInTemplate('briefing-note')!, id: 'my-note' };
    expect(templateForLanguage(own, 'fr')).toBe(own);
  });
});

describe('listBuiltInTemplateEntries', () => {
  it('gives each built-in’s id, name and language as the parsed built-ins have them, in the same order', () => {
    const parsed = listBuiltInTemplates().map(({ id, name, language }) => ({ id, name, language }));
    expect(listBuiltInTemplateEntries()).toEqual(parsed);
    expect(parsed.map((entry) => entry.language)).toEqual(['en', 'fr', 'en', 'fr', 'en', 'fr', 'en', 'fr']);
  });
});

describe('parseTemplate, refusals', () => {
  it('says the data is no template, without a field, when it is not even an object', () => {
    expect(() => parseTemplate(5, 'my-template.json')).toThrow(/^my-template\.json is not a valid Briefwright template: Invalid input: expected object, received number$/);
  });

  it('refuses each tag that reads a file, however it is spaced or trimmed, and only those tags', () => {
    const withDraft = (draft: string) => withChange((t) => ((t.sections as { draft: string }[])[0]!.draft = draft));
    const refusal = (tag: string) => `my-template.json: section "summary": the text snippet uses {% ${tag} %}, which template snippets cannot (they have no files to read)`;
    expect(() => parseTemplateText(withDraft("{%- render 'x' -%}"), 'my-template.json')).toThrow(refusal('render'));
    expect(() => parseTemplateText(withDraft("{%layout 'x'%}"), 'my-template.json')).toThrow(refusal('layout'));
    expect(() => parseTemplateText(withDraft("{%  include 'x' %}"), 'my-template.json')).toThrow(refusal('include'));
    expect(() => parseTemplateText(withDraft('{% layoutx %}'), 'my-template.json')).toThrow(
      'my-template.json: section "summary": the text snippet is not valid Liquid: tag "layoutx" not found, line:1, col:1',
    );
  });
});

describe('the built-in a statement opens with, every pair', () => {
  it.each([
    ['briefing-note', 'fr', 'note-information'],
    ['note-information', 'en', 'briefing-note'],
    ['meeting-readout', 'fr', 'compte-rendu'],
    ['compte-rendu', 'en', 'meeting-readout'],
    ['media-lines', 'fr', 'lignes-medias'],
    ['lignes-medias', 'en', 'media-lines'],
    ['one-page-summary', 'fr', 'resume-une-page'],
    ['resume-une-page', 'en', 'one-page-summary'],
    ['note-information', 'fr', 'note-information'],
    ['one-page-summary', 'en', 'one-page-summary'],
  ] as const)('%s for a statement in %s: %s', (id, language, expected) => {
    expect(templateForLanguage(findBuiltInTemplate(id)!, language)).toBe(findBuiltInTemplate(expected));
  });

  it('keeps a copy of a built-in under its id as chosen: only the built-in itself gives way', () => {
    const copy = { ...findBuiltInTemplate('briefing-note')! };
    expect(templateForLanguage(copy, 'fr')).toBe(copy);
  });
});
