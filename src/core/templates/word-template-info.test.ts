import { describe, expect, it } from 'vitest';
import { describe as describeMessage } from '../i18n/describe';
import { createTranslator } from '../i18n/translator';
import { findBuiltInTemplate } from './template-loader';
import { describePlaceholder, placeholderMessage, wordTemplateBase, wordTemplateFillsSection, wordTemplateInfoSchema, wordTemplateNameFromFile } from './word-template-info';

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

describe('Word template records', () => {
  const good = { id: 'asia', name: 'Asia', base: 'briefing-note', importedFrom: 'a.docx', placeholders: ['title'] };
  const accepts = (change: Record<string, unknown>) => wordTemplateInfoSchema.safeParse({ ...good, ...change }).success;

  it('take ids of 1 to 60 lower-case letters, digits and inner hyphens', () => {
    expect(['a', 'a1', 'a-b', 'x'.repeat(60), `a${'-'.repeat(58)}b`].map((id) => accepts({ id }))).toEqual([true, true, true, true, true]);
    expect(['', 'x'.repeat(61), 'A', 'a-', 'a_b', 'a b'].map((id) => accepts({ id }))).toEqual([false, false, false, false, false, false]);
  });

  it('bound the name, the file it came from and the placeholders', () => {
    expect([accepts({ name: 'x'.repeat(80) }), accepts({ name: 'x'.repeat(81) })]).toEqual([true, false]);
    expect([accepts({ importedFrom: 'x'.repeat(260) }), accepts({ importedFrom: 'x'.repeat(261) })]).toEqual([true, false]);
    expect([accepts({ placeholders: ['x'.repeat(200)] }), accepts({ placeholders: ['x'.repeat(201)] })]).toEqual([true, false]);
    expect([accepts({ placeholders: Array(500).fill('x') }), accepts({ placeholders: Array(501).fill('x') })]).toEqual([true, false]);
  });

  it('name their built-in layout, and a record naming another is refused when its layout is asked for', () => {
    expect(wordTemplateBase({ id: 'asia', base: 'media-lines' })).toBe(findBuiltInTemplate('media-lines'));
    expect(() => wordTemplateBase({ id: 'asia', base: 'mine' })).toThrow(/^the Word template "asia" names the layout "mine", which is not built in$/);
  });

  it('get a name from the file name: no .docx in any case, no reserved or control characters, spaces folded, at most 80 characters', () => {
    expect(wordTemplateNameFromFile('Note.DOCX')).toBe('Note');
    expect(wordTemplateNameFromFile('a.docx.docx')).toBe('a.docx');
    expect(wordTemplateNameFromFile('a\u0001b\tc.docx')).toBe('a b c');
    expect(wordTemplateNameFromFile('  a   b  .docx')).toBe('a b');
    expect(wordTemplateNameFromFile(`${'x'.repeat(79)} y.docx`)).toBe('x'.repeat(79));
    expect(wordTemplateNameFromFile('.docx')).toBe('Word template');
  });

  it('say why a section placeholder holds nothing: the layout has no section of that kind', () => {
    expect(placeholderMessage('section:key-messages', briefingNote)).toEqual({ filled: false, message: { code: 'placeholder.noSection', params: { template: 'Briefing note' } } });
    expect(placeholderMessage('signature', briefingNote)).toEqual({ filled: false, message: { code: 'placeholder.unknown' } });
  });
});
