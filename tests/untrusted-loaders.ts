/**
 * Every loader of untrusted files with the real files it is fuzzed from and the random damage done to
 * them (bytes changed, inserted, deleted, the file cut short), shared by tests/input-fuzz.test.ts
 * (each case loads or fails with the loader's own error, under 1 GB) and `npm run bench` (the slowest
 * case per loader against its time budget: timings live in the bench, not in unit tests; issue 18).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { composeBriefing } from '../src/core/compose/compose-briefing';
import { DraftFileError, parseDraft, serializeDraft } from '../src/core/draft/draft-file';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importStatement, ImportError } from '../src/core/import/importers';
import { serializeStructuredStatement } from '../src/core/import/structured-statement-file';
import { importText } from '../src/core/import/text-importer';
import { parseImportedTemplate } from '../src/core/templates/template-library';
import { findBuiltInTemplate, TemplateError } from '../src/core/templates/template-loader';
import { detectWordTemplatePlaceholders, WordTemplateError } from '../src/core/templates/word-template';
import { makeDeepDocx, makeDocxBomb, makePdfBomb } from '../src/core/testing/zip-bomb-fixture';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => new Uint8Array(readFileSync(path.join(root, file)));
const sampleText = readFileSync(path.join(root, 'resources/samples/canada-rok-fdmm-2024.txt'), 'utf8');
const template = findBuiltInTemplate('briefing-note')!;
const statement = importText(sampleText);
const structured = extractStatement(statement);
const utf8 = (text: string) => new TextEncoder().encode(text);

const statementSeeds: ReadonlyArray<readonly [string, Uint8Array]> = [
  ['sample.txt', utf8(sampleText)],
  ['page.html', read('tests/fixtures/statements/canada-chile-oceans-2025.html')],
  ['statement.docx', read('tests/fixtures/statements/canada-chile-oceans-2025.docx')],
  ['statement.pdf', read('tests/fixtures/statements/korea-germany-fmm-2025.pdf')],
  ['statement.structured.json', utf8(serializeStructuredStatement({ sourceName: 'sample.txt', statementText: statement.text, structured }))],
  ['bomb.docx', makeDocxBomb(70, { fill: 'paragraphs', declaredSize: 1000 })],
  ['bomb.pdf', makePdfBomb(40)],
];
const draftSeed = utf8(
  serializeDraft({ savedAt: '2026-12-01T00:00:00.000Z', sourceName: 'sample.txt', statementText: statement.text, template: { id: template.id, schemaVersion: 1 }, briefing: composeBriefing(structured, template, { today: '2026-12-01' }) }),
);
const templateSeed = utf8(JSON.stringify({ ...template, id: 'desk-note', name: 'Desk note' }, null, 2));
const wordSeeds = [read('tests/fixtures/word-templates/letterhead.docx'), makeDeepDocx(5_000), makeDocxBomb(8, { fill: 'paragraphs', declaredSize: 100 })];

type Edit = readonly ['set' | 'insert' | 'delete', number, number] | readonly ['cut', number, number];
const edits = fc.array(fc.tuple(fc.constantFrom('set', 'insert', 'delete', 'cut'), fc.nat(), fc.integer({ min: 0, max: 255 })) as fc.Arbitrary<Edit>, { maxLength: 6 });

/** The seed with the edits applied at positions taken modulo its length; a few bytes change, the structure mostly stays. */
function damage(seed: Uint8Array, changes: readonly Edit[]): Uint8Array {
  let bytes = seed;
  for (const [kind, at, value] of changes) {
    const i = bytes.length === 0 ? 0 : at % bytes.length;
    if (kind === 'set') bytes = Uint8Array.from(bytes, (byte, k) => (k === i ? value : byte));
    else if (kind === 'insert') bytes = new Uint8Array([...bytes.subarray(0, i), value, ...bytes.subarray(i)]);
    else if (kind === 'delete') bytes = new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + 1)]);
    else bytes = bytes.subarray(0, i);
  }
  return bytes;
}

export type ErrorClass = new (...args: never[]) => Error;

/** One loader: the damaged files it is fed, how it loads one, and the only errors it may fail with. */
export interface UntrustedLoader {
  readonly name: string;
  readonly inputs: fc.Arbitrary<unknown>;
  readonly load: (input: unknown) => Promise<unknown>;
  readonly expected: readonly ErrorClass[];
}

function loader<T>(name: string, inputs: fc.Arbitrary<T>, load: (input: T) => Promise<unknown>, expected: readonly ErrorClass[]): UntrustedLoader {
  return { name, inputs, load: load as (input: unknown) => Promise<unknown>, expected };
}

export const untrustedLoaders: readonly UntrustedLoader[] = [
  loader('statement importers: every format', fc.tuple(fc.constantFrom(...statementSeeds), edits), ([[name, seed], changes]) => importStatement(damage(seed, changes), name), [ImportError]),
  loader('the draft loader', edits, async (changes) => parseDraft(new TextDecoder().decode(damage(draftSeed, changes)), 'fuzz.briefwright.json'), [DraftFileError]),
  loader('the JSON template importer', edits, async (changes) => parseImportedTemplate(damage(templateSeed, changes), 'fuzz.briefwright-template.json'), [TemplateError]),
  loader('the Word template reader', fc.tuple(fc.constantFrom(...wordSeeds), edits), ([seed, changes]) => detectWordTemplatePlaceholders(damage(seed, changes), template, 'fuzz.docx'), [WordTemplateError]),
];
