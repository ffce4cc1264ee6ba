import { describe, expect, it } from 'vitest';
import sampleFile from '../../../../resources/samples/canada-rok-fdmm-2024.txt?raw';
import { composeBriefing, composeContent } from '../../../core/compose/compose-briefing';
import briefingNoteFile from '../../../../templates/briefing-note.json';
import { findBuiltInTemplate, parseTemplate } from '../../../core/templates/template-loader';
import { extractStatement } from '../../../core/extract/extract-statement';
import { importText } from '../../../core/import/text-importer';
import { SAMPLE_CONTENT, SAMPLE_STATEMENT, SAMPLE_STATEMENT_TEXT, SAMPLE_STRUCTURED, SAMPLE_TEMPLATE } from './sample-statement';
import { useBriefwrightStore } from './store';

// The sample comes from the build (scripts/sample-statement-plugin.ts, also this test run's plugin):
// it must be exactly what importing and extracting the file gives at run time, so the two can never drift.
describe('the sample statement computed at build time', () => {
  const statement = importText(sampleFile);
  const structured = extractStatement(statement);

  it('is the sample file, imported and extracted as at run time', () => {
    expect(SAMPLE_STATEMENT_TEXT).toBe(sampleFile);
    // toStrictEqual: a property set to undefined, which JSON would drop, counts as a difference.
    expect(SAMPLE_STATEMENT).toStrictEqual(statement);
    expect(SAMPLE_STRUCTURED).toStrictEqual(structured);
    expect(SAMPLE_STRUCTURED.quotes.length).toBeGreaterThan(0);
  });

  it('comes with the default template as parseTemplate gives it, adopted as the page’s own parse of that built-in', () => {
    expect(SAMPLE_TEMPLATE.id).toBe('briefing-note');
    expect(SAMPLE_TEMPLATE).toStrictEqual(parseTemplate(briefingNoteFile));
    // The same object every lookup returns: templateForLanguage and the template picker tell built-ins by identity.
    expect(findBuiltInTemplate('briefing-note')).toBe(SAMPLE_TEMPLATE);
  });

  it('comes with the note composed from the two, before its date and officer', () => {
    expect(SAMPLE_CONTENT).toStrictEqual(composeContent(structured, parseTemplate(briefingNoteFile)));
    expect(SAMPLE_CONTENT.metadata.date).toBe('');
  });

  it('gives the store the first state a run-time extraction gives', () => {
    const state = useBriefwrightStore.getState();
    expect(state.sourceName).toBe('canada-rok-fdmm-2024.txt');
    expect(state.statement).toStrictEqual(statement);
    expect(state.structured).toStrictEqual(structured);
    expect(state.briefing).toStrictEqual(composeBriefing(structured, state.template, { officer: {} }));
  });
});
