/**
 * Fuzzing every loader of untrusted files (fast-check): the statement importers (text, HTML, Word,
 * PDF, Briefwright JSON), the draft loader, the JSON template importer and the Word template reader,
 * fed real files with random damage (bytes changed, inserted, deleted, the file cut short) and files
 * that unpack far beyond their size. Each case must either load or fail with the loader's own
 * user-facing error (never a TypeError, a RangeError or a stack overflow), within 5 s, and the
 * process must stay under 1 GB.
 *
 * FUZZ_RUNS cases in all, shared by the four loaders: `npm test` runs 400 (~a minute); the full run
 * is `FUZZ_RUNS=10000 npx vitest run tests/input-fuzz.test.ts` (issue 17).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../src/core/compose/compose-briefing';
import { DraftFileError, parseDraft, serializeDraft } from '../src/core/draft/draft-file';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importStatement, ImportError } from '../src/core/import/importers';
import { serializeStructuredStatement } from '../src/core/import/json-importer';
import { importText } from '../src/core/import/text-importer';
import { parseImportedTemplate } from '../src/core/templates/template-library';
import { findBuiltInTemplate, TemplateError } from '../src/core/templates/template-loader';
import { detectWordTemplatePlaceholders, WordTemplateError } from '../src/core/templates/word-template';
import { makeDeepDocx, makeDocxBomb, makePdfBomb } from '../src/core/testing/zip-bomb-fixture';

const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 400) / 4);
const MAX_CASE_MS = 5_000;
const MAX_RSS = 1024 * 1024 * 1024;

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

/** Runs one case: it loads, or fails with one of `expected`; in under 5 s; under 1 GB. */
async function withinBounds(run: () => Promise<unknown>, expected: readonly (new (...args: never[]) => Error)[]): Promise<void> {
  const started = performance.now();
  try {
    await run();
  } catch (error) {
    if (!expected.some((kind) => error instanceof kind)) throw error;
    expect((error as Error).message).not.toMatch(/\n|Maximum call stack|\[object /);
  }
  expect(performance.now() - started).toBeLessThan(MAX_CASE_MS);
  expect(process.memoryUsage().rss).toBeLessThan(MAX_RSS);
}

const timeout = Math.max(120_000, RUNS * 1_000);

describe(`loaders of untrusted files under random damage (${RUNS} cases each)`, () => {
  it('statement importers: every format', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...statementSeeds), edits, async ([name, seed], changes) => {
        await withinBounds(() => importStatement(damage(seed, changes), name), [ImportError]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the draft loader', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        await withinBounds(async () => parseDraft(new TextDecoder().decode(damage(draftSeed, changes)), 'fuzz.briefwright.json'), [DraftFileError]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the JSON template importer', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        await withinBounds(async () => parseImportedTemplate(damage(templateSeed, changes), 'fuzz.briefwright-template.json'), [TemplateError]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the Word template reader', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...wordSeeds), edits, async (seed, changes) => {
        await withinBounds(() => detectWordTemplatePlaceholders(damage(seed, changes), template, 'fuzz.docx'), [WordTemplateError]);
      }),
      { numRuns: RUNS },
    );
  });
});
