import { describe, expect, it } from 'vitest';
import { describe as describeMessage } from '../i18n/describe';
import { createTranslator } from '../i18n/translator';
import { findBuiltInTemplate } from './template-loader';
import { describePlaceholder, placeholderMessage, wordTemplateFillsSection, wordTemplateInfoSchema, wordTemplateNameFromFile } from './word-template-info';

const briefingNote = findBuiltInTemplate('briefing-note')!;
const onePage = findBuiltInTemplate('one-page-summary')!;

describe('Word template info', () => {
  it('says what each placeholder holds with a layout, and which are not filled', () => {
    expect(describePlaceholder('title', briefingNote)).toEqual({ filled: true, text: 'the note’s title' });
    expect(describePlaceholder('File Number', briefingNote)).toEqual({ filled: true, text: 'the file number' });
    expect(describePlaceholder('section:summary', briefingNote)).toEqual({ filled: true, text: 'the section “Summary”' });
    expect(describePlaceholder('condemnations', briefingNote)).toEqual({ filled: true, text: 'the section “Key issues”' });
    expect(describePlaceholder('signature', briefingNote)).toEqual({ filled: false, text: 'not a Briefwright placeholder: left as typed' });
    const background = describePlaceholder('section:background', onePage);
    expect(background.filled).toBe(onePage.sections.some((section) => section.kind === 'background'));
  });

  it('says it in the reader’s language: the French import dialog lists French descriptions', () => {
    const french = createTranslator('fr');
    const inFrench = (key: string) => describeMessage(placeholderMessage(key, briefingNote).message, french);
    expect(inFrench('purpose')).toBe('«\u00a0Pour information\u00a0» ou «\u00a0Pour décision\u00a0»');
    expect(inFrench('file-number')).toBe('le numéro de dossier');
    expect(inFrench('section:summary')).toBe('la section «\u00a0Summary\u00a0»');
    expect(inFrench('signature')).toBe('pas un espace réservé de Briefwright\u00a0: laissé tel quel');
  });

  it('knows which of the note’s sections a Word template’s placeholders reach', () => {
    const summary = { id: 'summary', kind: 'summary' };
    const keyIssues = { id: 'key-issues', kind: 'condemnations' };
    expect(wordTemplateFillsSection(['title', 'Section: Summary', 'participants'], summary)).toBe(true);
    expect(wordTemplateFillsSection(['condemnations'], keyIssues)).toBe(true);
    expect(wordTemplateFillsSection(['section:key-issues'], keyIssues)).toBe(true);
    expect(wordTemplateFillsSection(['title', 'summary'], summary)).toBe(false);
  });

  it('makes a name from a file name and refuses records with bad ids, names or layouts', () => {
    expect(wordTemplateNameFromFile('Letterhead: Asia/Pacific (2024).docx')).toBe('Letterhead Asia Pacific (2024)');
    expect(wordTemplateNameFromFile('...docx')).toBe('Word template');
    const good = { id: 'asia', name: 'Asia', base: 'briefing-note', importedFrom: 'a.docx', placeholders: ['title'] };
    expect(wordTemplateInfoSchema.parse(good)).toEqual(good);
    for (const bad of [{ id: '../x' }, { id: '-x' }, { name: 'a/b' }, { name: '' }, { base: 'my-template' }]) {
      expect(wordTemplateInfoSchema.safeParse({ ...good, ...bad }).success).toBe(false);
    }
  });
});
