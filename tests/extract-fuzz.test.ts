/**
 * Property-based robustness of import + extraction (fast-check): whatever text arrives — empty, one
 * megabyte on one line, binary-looking, unbalanced quotes, only punctuation, or fragments of real
 * statements shuffled — importText + extractStatement return a StructuredStatement that passes its
 * zod schema, every offset lies inside the text, and nothing throws. Arbitrary bytes through the
 * format registry either import or fail with an ImportError, never anything else. Run counts are
 * bounded so the whole file stays within a few seconds; the megabyte cases guard against hangs
 * (quadratic scans) by their test timeout, not by a timed assertion.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importStatement, ImportError } from '../src/core/import/importers';
import { importText } from '../src/core/import/text-importer';
import type { SourceSpan, Statement } from '../src/core/model/statement';
import { structuredStatementSchema, type StructuredStatement } from '../src/core/model/structured-statement';

/** Spans outside [0, length] or reversed, as readable strings (one expect per check keeps megabyte cases fast). */
function badSpans(spans: readonly SourceSpan[], length: number, label: string): string[] {
  return spans
    .filter((span) => !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start || span.end > length)
    .map((span) => `${label} ${span.start}-${span.end} (text length ${length})`);
}

function checkStatement(statement: Statement): void {
  const n = statement.text.length;
  expect([...badSpans(statement.paragraphs, n, 'paragraph'), ...badSpans(statement.sentences, n, 'sentence'), ...badSpans(statement.boilerplate ?? [], n, 'boilerplate')]).toEqual([]);
}

function checkStructured(structured: StructuredStatement, textLength: number): void {
  structuredStatementSchema.parse(structured);
  const items = [...structured.participants, ...structured.quotes, ...structured.condemnations, ...structured.initiatives];
  expect(badSpans(items.map((item) => item.source), textLength, 'item')).toEqual([]);
  expect(items.filter((item) => item.confidence === undefined || item.confidence < 0 || item.confidence > 1)).toEqual([]);
}

function roundTrip(text: string): void {
  const statement = importText(text);
  checkStatement(statement);
  checkStructured(extractStatement(statement), statement.text.length);
}

/** Pieces of the genre: names, titles, honorifics, cue verbs, quote marks of every kind, bullets, spaces. */
const FRAGMENTS = [
  'The Honourable ', 'H.E. Mr. ', 'S.E. Mme ', 'Dr. ', 'Mélanie Joly', 'MIYAZONO Kenji', 'Minister of Foreign Affairs', ', Minister', 'Secretary Rubio met with Foreign Minister Tsahkna',
  ' condemn ', ' denounce ', ' deplore ', ' call on Russia to withdraw', ' urge ', ' gravely concerned ', ' condamnent ', ' exhortent ',
  ' agreed to establish a working group', ' signed a memorandum of understanding', ' $4 million ', ' will be held in Ottawa', ' ont convenu de ',
  '“', '”', '"', '«', '»', '\u00a0', '\u202f', '‘', '’', ' – ', '--', ' said', ', a déclaré ', ' said, “', '.” – ',
  '\n', '\n\n', '• ', '- ', '1. ', '(a) ', 'Quick facts', 'Contacts', 'Faits en bref', 'Page details', '&amp;', ':', ';', '. ', '! ', '?', '…', 'U.S. ', 'July 25, 2024', 'le 22 mai 2025',
];

const genreText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));

describe('extraction never fails (fast-check)', () => {
  it('any Unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), roundTrip), { numRuns: 200 });
  });

  it('any string of UTF-16 code units, lone surrogates and controls included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), roundTrip), { numRuns: 200 });
  });

  it('shuffled fragments of real statements: quotes unbalanced, cues and names everywhere', () => {
    fc.assert(fc.property(genreText, roundTrip), { numRuns: 400 });
  });

  it('only punctuation and quote marks', () => {
    const punctuation = fc.array(fc.constantFrom(...'.,;:!?…“”"«»‘’\'()[]–—-•*/\\ \n'.split('')), { maxLength: 300 }).map((chars) => chars.join(''));
    fc.assert(fc.property(punctuation, roundTrip), { numRuns: 200 });
  });
});

describe('arbitrary bytes through the format registry (fast-check)', () => {
  it('import or fail with an ImportError, whatever the bytes and the name', async () => {
    const names = fc.constantFrom(undefined, 'statement.txt', 'page.html', 'statement.json', 'statement', 'note.md');
    const prefixes = fc.constantFrom('', '<html>', '{', '\ufeff', '<!DOCTYPE html><main><p>', '{"format":"briefwright-structured-statement","formatVersion":1,');
    await fc.assert(
      fc.asyncProperty(prefixes, fc.uint8Array({ maxLength: 300 }), names, async (prefix, tail, name) => {
        const head = new TextEncoder().encode(prefix);
        const bytes = new Uint8Array(head.length + tail.length);
        bytes.set(head);
        bytes.set(tail, head.length);
        try {
          const imported = await importStatement(bytes, name);
          checkStatement(imported.statement);
          checkStructured(imported.structured ?? extractStatement(imported.statement), imported.statement.text.length);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('damaged DOCX and PDF files fail with an ImportError', async () => {
    const zip = [0x50, 0x4b, 0x03, 0x04];
    const pdf = [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(zip, pdf), fc.uint8Array({ maxLength: 200 }), async (magic, tail) => {
        await expect(importStatement(new Uint8Array([...magic, ...tail]), 'file')).rejects.toBeInstanceOf(ImportError);
      }),
      { numRuns: 30 },
    );
  });
});

describe('a megabyte of hostile text finishes (the test timeout is the hang guard)', () => {
  const MB = 1_000_000;
  it.each([
    ['one line of prose', 'The ministers agreed to meet and condemn Mr. Smith “quoted words here” '.repeat(Math.ceil(MB / 70))],
    ['only opening quotes', '“'.repeat(MB)],
    ['alternating guillemets', '« a »'.repeat(MB / 5)],
    ['only full stops', '.'.repeat(MB)],
    ['abbreviations without end', 'Mr. H.E. U.S. Dr. '.repeat(MB / 18)],
    ['binary-looking', Array.from({ length: MB / 10 }, (_, i) => String.fromCharCode(1 + (i % 30)) + 'x\u0000yz“"«\u00a0').join('')],
    ['one long name run', 'Anna '.repeat(MB / 5)],
    ['newlines', '\n'.repeat(MB)],
    ['bullets', '• agreed to launch\n'.repeat(MB / 19)],
  ])('%s', (_label, text) => {
    roundTrip(text);
  }, 20_000);
});
