/**
 * Behaviour the StrykerJS run over src/core/templates/ showed no test pinned (its surviving and
 * not-covered mutants): each test here fails with one or more of those mutants applied by hand.
 * Equivalent and unreachable mutants have no test here (docs/mutation-survivors.md says why).
 *
 * The snippet renderer keeps one Liquid engine per language and the loader one parse per built-in
 * for the whole process, so with Stryker's per-test coverage a mutant in the engine's set-up was
 * only run against the one test that happened to build the engine first. The tests of that set-up
 * therefore load the module afresh (vi.resetModules) and build the engine themselves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { describe as describeMessage } from '../i18n/describe';
import { createTranslator } from '../i18n/translator';
import type { Template } from '../model/template';
import { structuredFixture } from '../testing/structured-fixture';
import { makeDocxBomb } from '../testing/zip-bomb-fixture';
import { makeWordTemplate } from '../testing/word-template-fixture';
import { parseSnippet, SnippetError } from './snippet-renderer';
import { parseImportedTemplate } from './template-library';
import { findBuiltInTemplate, parseTemplate, parseTemplateText, TemplateError } from './template-loader';
import { detectWordTemplatePlaceholders, findParagraphStyleId, readParagraphs, readWordTemplateParts, WordTemplateError } from './word-template';
import { placeholderProblem, resolvePlaceholder } from './word-template-fields';
import { describePlaceholder, wordTemplateFillsSection, wordTemplateNameFromFile } from './word-template-info';

const briefingNote = findBuiltInTemplate('briefing-note')!;
const french = createTranslator('fr');

/** What `run` throws (it must throw). */
function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

/** The snippet renderer as a new process has it: no Liquid engine built yet. */
async function freshRenderer(): Promise<typeof import('./snippet-renderer')> {
  vi.resetModules();
  return import('./snippet-renderer');
}

describe('errors say what kind they are', () => {
  it('names a snippet, template and Word template error by its class', () => {
    const snippet = thrownBy(() => parseSnippet('{% if x %}never closed', 'en', 'section "summary"'));
    expect(snippet).toBeInstanceOf(SnippetError);
    expect(snippet.name).toBe('SnippetError');
    expect(String(snippet)).toMatch(/^SnippetError: section "summary": the text snippet is not valid Liquid: /);
    const template = thrownBy(() => parseTemplate(5, 'my.json'));
    expect(template.name).toBe('TemplateError');
    expect(String(template)).toBe('TemplateError: my.json is not a valid Briefwright template: Invalid input: expected object, received number');
    const word = thrownBy(() => readWordTemplateParts(new Uint8Array([1, 2, 3, 4]), 'letter.docx'));
    expect(word.name).toBe('WordTemplateError');
    expect(String(word)).toBe('WordTemplateError: letter.docx is not a Word document (.docx): it is not a zip file');
  });
});

describe('snippets, from the first one a process renders', () => {
  it('have every filter: in_words, to, country, in_country and contract, in English and in French', async () => {
    const { renderSnippet } = await freshRenderer();
    expect(renderSnippet('[{{ 3 | in_words }}][{{ targets | to }}][{{ "Republic of Korea" | in_country }}][{{ "de le Canada" | contract }}]', structuredFixture, 'en', 'x')).toEqual([
      '[three][to North Korea and Russia][in the Republic of Korea][de le Canada]',
    ]);
    expect(renderSnippet('[{{ 3 | in_words }}][{{ targets | country | to }}][{{ "Republic of Korea" | country }}][{{ "Republic of Korea" | in_country }}][{{ "de le Canada" | contract }}]', structuredFixture, 'fr', 'x')).toEqual([
      '[trois][à la Corée du Nord et à la Russie][la République de Corée][en République de Corée][du Canada]',
    ]);
  });

  it('refuse an unknown filter and read the statement’s own properties only', async () => {
    const { parseSnippet: parse, renderSnippet } = await freshRenderer();
    expect(() => parse('{{ meeting.date | nofilter }}', 'en', 'section "summary"')).toThrow(/^section "summary": the text snippet is not valid Liquid: undefined filter: nofilter, line:1, col:1$/);
    expect(renderSnippet('[{{ meeting.constructor }}][{{ meeting.hasOwnProperty }}][{{ participants.first.__proto__ }}]', structuredFixture, 'en', 'x')).toEqual(['[][][]']);
  });

  it('write dates in French in a French note', async () => {
    const { renderSnippet } = await freshRenderer();
    expect(renderSnippet('{{ meeting.date | date: "%B %A" }}', structuredFixture, 'fr', 'x')).toEqual(['novembre vendredi']);
  });

  // liquidjs takes the machine's locale (Intl's default) when it is given none: an engine that named no
  // locale would write French month names in an English note on a French machine.
  it('write dates in English in an English note on a machine set to French', async () => {
    const { parseSnippet: parse, renderSnippet } = await freshRenderer();
    const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
    const frenchMachine = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...resolvedOptions.call(this), locale: 'fr-FR' };
    });
    try {
      expect(Intl.DateTimeFormat().resolvedOptions().locale).toBe('fr-FR');
      parse('{{ meeting.date }}', 'en', 'x'); // builds the English engine on the "French" machine
    } finally {
      frenchMachine.mockRestore();
    }
    expect(renderSnippet('{{ meeting.date | date: "%B %A" }}', structuredFixture, 'en', 'x')).toEqual(['November Friday']);
  });
});

describe('template files: what the refusal says', () => {
  const briefingNoteData = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../templates/briefing-note.json'), 'utf8')) as Record<string, unknown>;

  it('calls a template given without a name "template"', () => {
    expect(() => parseTemplate({ ...briefingNoteData, id: 5 })).toThrow(/^template is not a valid Briefwright template at "id": /);
    expect(() => parseTemplateText('{')).toThrow(/^template is not valid JSON: /);
  });

  it('says "null" is no template, as for any data that is no object', () => {
    const error = thrownBy(() => parseTemplate(null, 'my.json'));
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.message).toBe('my.json is not a valid Briefwright template: Invalid input: expected object, received null');
  });

  it('leaves a schema version written as text to the schema, not taking it for a newer version', () => {
    expect(() => parseTemplate({ ...briefingNoteData, schemaVersion: '99' }, 'my.json')).toThrow(
      'my.json is not a valid Briefwright template at "schemaVersion": Invalid input: expected 1',
    );
  });

  it('gives a snippet’s error in the reader’s language inside the template’s', () => {
    const sections = (briefingNoteData.sections as Record<string, unknown>[]).map((section, index) => (index === 0 ? { ...section, draft: '{% if x %}never closed' } : section));
    const error = thrownBy(() => parseTemplate({ ...briefingNoteData, sections }, 'my.json'));
    expect(error.message).toMatch(/^my\.json: section "summary": the text snippet is not valid Liquid: /);
    expect(describeMessage(error, french)).toBe(
      "my.json\u00a0: section «\u00a0summary\u00a0»\u00a0: l'extrait de texte n'est pas du Liquid valide\u00a0: tag {% if x %} not closed, line:1, col:1",
    );
  });

  it('folds each run of line breaks and control characters in a JSON error into one space', () => {
    // V8 quotes the text before the error: `,\r\n\t"id": x\n}`.
    const error = thrownBy(() => parseImportedTemplate(strToU8('{\n  "schemaVersion": 1,\r\n\t"id": x\n}'), 'in.json'));
    expect(error.message).toBe('in.json is not a Briefwright template: it is not valid JSON (Unexpected token \'x\', ...", "id": x }" is not valid JSON).');
  });

  it('names the file and the built-in’s id when an imported template takes a built-in’s id', () => {
    const error = thrownBy(() => parseImportedTemplate(strToU8(JSON.stringify(briefingNoteData)), 'in.json'));
    expect(error.message).toBe('in.json has the id of a built-in template (“briefing-note”); give it another id to import it.');
  });
});

describe('adopting the build’s parse of a built-in', () => {
  const freshLoader = async () => {
    vi.resetModules();
    return import('./template-loader');
  };

  it('takes the first parse it is given for a built-in as the process’s, and hands that one back from then on', async () => {
    const { adoptParsedBuiltIn, findBuiltInTemplate: find } = await freshLoader();
    const fromBuild = { ...briefingNote };
    expect(adoptParsedBuiltIn(fromBuild)).toBe(fromBuild);
    expect(find('briefing-note')).toBe(fromBuild);
    expect(adoptParsedBuiltIn({ ...briefingNote })).toBe(fromBuild);
  });

  it('keeps the parse of a built-in already looked up', async () => {
    const { adoptParsedBuiltIn, findBuiltInTemplate: find } = await freshLoader();
    const parsed = find('compte-rendu')!;
    expect(adoptParsedBuiltIn({ ...parsed })).toBe(parsed);
  });

  it('refuses a template that is not built in, by its id', async () => {
    const { adoptParsedBuiltIn, findBuiltInTemplate: find } = await freshLoader();
    expect(() => adoptParsedBuiltIn({ ...briefingNote, id: 'my-own' })).toThrow(new Error('"my-own" is not a built-in template.'));
    expect(find('my-own')).toBeUndefined();
  });
});

describe('Word templates: reading the file', () => {
  it('calls a Word template given without a name "the Word template"', async () => {
    const notZip = 'the template is not a Word document (.docx): it is not a zip file';
    expect(thrownBy(() => readWordTemplateParts(new Uint8Array([1, 2, 3, 4]))).message).toBe(notZip);
    expect((await rejectionOf(detectWordTemplatePlaceholders(new Uint8Array([1, 2, 3, 4]), briefingNote))).message).toBe(notZip);
  });

  it('refuses a document whose picture unpacks to more than its size says, though the picture is never read', () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>{{title}}</w:t></w:r></w:p></w:body></w:document>'),
      'word/media/image1.png': new Uint8Array(33 * 1024 * 1024),
    });
    lieAboutSize(docx, 'word/media/image1.png', 1024);
    const error = thrownBy(() => readWordTemplateParts(docx, 'letter.docx'));
    expect(error).toBeInstanceOf(WordTemplateError);
    expect(error.message).toBe('letter.docx is refused: it unpacks to more than 32 MB, far more than a letterhead holds (the limit keeps Briefwright from running out of memory)');
  });

  it('gives the reason a zip is refused or unreadable in the reader’s language', () => {
    const bomb = thrownBy(() => readWordTemplateParts(makeDocxBomb(1, { fill: 'spaces', declaredSize: 100 * 1024 * 1024 }), 'letter.docx'));
    expect(describeMessage(bomb, french)).toBe(
      'letter.docx est refusé\u00a0: il se décompresse en plus de 32\u00a0Mo (100\u00a0Mo déclarés), bien plus que ne contient un papier à en-tête (la limite évite que Briefwright manque de mémoire)',
    );
    const damaged = thrownBy(() => readWordTemplateParts(strToU8('PK\u0003\u0004 not a zip after all'), 'letter.docx'));
    expect(describeMessage(damaged, french)).toBe(
      "letter.docx n'est pas un document Word (.docx)\u00a0: l'archive ZIP ne peut pas être lue (l'archive ZIP n'a pas de répertoire central (elle est tronquée ou n'est pas une archive ZIP))",
    );
  });

  it('names the file when the zip holds no word/document.xml', () => {
    expect(() => readWordTemplateParts(zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }), 'letter.docx')).toThrow(
      'letter.docx is a zip file but not a Word document: it has no word/document.xml',
    );
  });
});

/** Sets the size the central directory gives the entry `name` (a zip bomb's lie). */
function lieAboutSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const found = zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true));
    if (found.length === wanted.length && found.every((byte, i) => byte === wanted[i])) view.setUint32(at + 24, size, true);
  }
}

describe('Word templates: paragraphs and styles', () => {
  it('reads a tab before a paragraph’s first text, and not the spaces between its tags', () => {
    expect(readParagraphs('<w:body>\n  <w:p>\n    <w:r><w:tab/><w:t>Ottawa</w:t></w:r>\n  </w:p>\n</w:body>')).toEqual([{ text: '\tOttawa', styleId: null }]);
  });

  it('keeps the last paragraph of a part cut short', () => {
    expect(readParagraphs('<w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{{title}}</w:t></w:r>')).toEqual([{ text: '{{title}}', styleId: 'Title' }]);
  });

  it('finds a style whose name is on a line of its own, and skips styles without a name or an id', () => {
    const styles = [
      '<w:styles>',
      '<w:style w:type="paragraph" w:styleId="Unnamed"><w:basedOn w:val="Normal"/></w:style>',
      '<w:style w:type="paragraph"><w:name w:val="List Bullet"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Puces">\n  <w:name\n    w:val="List Bullet"/>\n</w:style>',
      '</w:styles>',
    ].join('');
    expect(findParagraphStyleId(styles, 'List Bullet')).toBe('Puces');
  });
});

describe('Word templates: placeholders', () => {
  it('takes a placeholder with spaces around it in its paragraph as standing alone', async () => {
    const scan = await detectWordTemplatePlaceholders(await makeWordTemplate({ body: [['   {{title}}   ']], furniture: false }), briefingNote);
    expect(scan.placeholders).toEqual([{ key: 'title', unknown: false, uses: [{ part: 'body', alone: true, styleId: 'BodyCopy' }] }]);
  });

  it('lists no placeholder for empty braces', async () => {
    const scan = await detectWordTemplatePlaceholders(await makeWordTemplate({ body: [['{{title}} {{   }}']], furniture: false }), briefingNote);
    expect(scan.placeholders.map((placeholder) => placeholder.key)).toEqual(['title']);
    expect(scan.warnings).toEqual([]);
  });

  it('reads a section placeholder with spaces before it, and none that runs on past a line break', () => {
    expect(resolvePlaceholder('  section:summary')).toEqual({ kind: 'section', selector: 'summary' });
    expect(resolvePlaceholder('section:summary\nnotes')).toBeNull();
  });

  const withSections = (...sections: Partial<Template['sections'][number]>[]): Template => ({
    ...briefingNote,
    sections: sections.map((section) => ({ ...briefingNote.sections[0]!, ...section })),
  });

  it('hints at "section:" for a bare id or kind typed with spaces around it, in a layout of several sections', () => {
    expect(placeholderProblem(' summary ', briefingNote)?.message).toBe('unknown placeholder {{summary}}; did you mean {{section:summary}}?');
    const layout = withSections({ id: 'overview', kind: 'summary' }, { id: 'asia-outlook', kind: 'background' });
    expect(placeholderProblem('Asia Outlook', layout)?.message).toBe('unknown placeholder {{Asia Outlook}}; did you mean {{section:asia-outlook}}?');
  });

  it('fills a section placeholder by the kind of a section whose id is another, and by the id', () => {
    const layout = withSections({ id: 'overview', kind: 'summary', heading: 'Overview' }, { id: 'context', kind: 'background', heading: 'Context' });
    expect(placeholderProblem('section:summary', layout)).toBeNull();
    expect(describePlaceholder('section:summary', layout)).toEqual({ filled: true, text: 'the section “Overview”' });
    expect(describePlaceholder('section:context', layout)).toEqual({ filled: true, text: 'the section “Context”' });
  });

  it('fills a section of the note only from a placeholder naming its id or kind', () => {
    expect(wordTemplateFillsSection(['section:summary', 'participants'], { id: 'key-issues', kind: 'condemnations' })).toBe(false);
  });
});

describe('Word templates: a name from the file name', () => {
  it('drops only the final ".docx", and cuts the name at 80 characters after dropping leading spaces', () => {
    expect(wordTemplateNameFromFile('Letterhead.docx (old).docx')).toBe('Letterhead.docx (old)');
    expect(wordTemplateNameFromFile(`   ${'a'.repeat(100)}.docx`)).toBe('a'.repeat(80));
  });
});
