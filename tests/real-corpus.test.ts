/**
 * The real-statement corpus (corpus/real, issue 12): its annotations follow the conventions, none of
 * its statements is reserved for measuring the product, it has the spread the issue asks for, its
 * README table matches the files, and extraction on its tune split does not fall under the floor
 * measured when the corpus landed. The test split is scored by `npm run eval -- corpus/real`, never
 * gated here, so nobody tunes rules on it by reading a CI log.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, splitOf, splitResult } from '../scripts/eval-corpus';
import { CATEGORIES, goldAnnotationSchema, prf, type Category } from '../scripts/eval-scoring';
import { statementTable } from '../scripts/real-corpus-readme.mjs';
import { findExclusionsChecker, validateAnnotation, validateCorpus } from '../scripts/validate-real-corpus.mjs';

const corpus = path.resolve(import.meta.dirname, '../corpus/real');
const ids = readFileSync(path.join(corpus, 'README.md'), 'utf8').match(/^\| `[a-z0-9-]+` \|/gm) ?? [];

describe('real corpus: annotations', () => {
  it('finds the reserved-statement checker beside the checkout', () => {
    expect(findExclusionsChecker(), 'shared/eval-exclusions/check-url.mjs must be beside the repository').not.toBeNull();
  });

  it('every annotation follows the conventions and no statement is reserved', async () => {
    const { files, problems } = await validateCorpus([corpus]);
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThanOrEqual(100);
  });

  it('the validator refuses a statement whose URL or title is reserved', () => {
    const [first] = ids;
    const file = path.join(corpus, `${first!.slice(3, first!.indexOf('`', 3))}.json`);
    expect(validateAnnotation(file, { isReservedUrl: () => false, isReservedTitle: () => false })).toEqual([]);
    expect(validateAnnotation(file, { isReservedUrl: () => true, isReservedTitle: () => false }).join('\n')).toMatch(/RESERVED statement \(url /);
    expect(validateAnnotation(file, { isReservedUrl: () => false, isReservedTitle: () => true }).join('\n')).toMatch(/RESERVED statement \(title\)/);
  });

  /** A one-statement annotation in a scratch folder: the text under a title line, and the items given. */
  const writeAnnotation = (dir: string, id: string, body: string, items: { kind?: string; quotes?: object[]; condemnations?: object[] }) => {
    writeFileSync(path.join(dir, `${id}.txt`), `Title\n\n${body}\n`);
    writeFileSync(
      path.join(dir, `${id}.json`),
      JSON.stringify({
        id,
        source: { url: 'https://example.org/x', originalUrl: null, title: 'Title', date: null, kind: items.kind ?? 'readout', issuer: 'Test', language: 'en', licence: 'test' },
        meeting: { date: null, location: null },
        participants: [],
        quotes: items.quotes ?? [],
        condemnations: items.condemnations ?? [],
        initiatives: [],
      }),
    );
    return path.join(dir, `${id}.json`);
  };
  const none = { isReservedUrl: () => false, isReservedTitle: () => false };

  it('the validator takes a quotation opened with ” (Swedish style, or a release’s slip) and refuses one with no mark before it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bw-validate-'));
    const write = (id: string, body: string, startsWith: string) => writeAnnotation(dir, id, body, { quotes: [{ speaker: 'Anwar', startsWith }] });
    expect(validateAnnotation(write('closing-mark-opens', 'Anwar said: ”I appreciate Malaysia-Japan relations and am happy with the progress.”', 'I appreciate Malaysia-Japan relations and am happy with'), none)).toEqual([]);
    expect(validateAnnotation(write('no-mark', 'Anwar said that I appreciate Malaysia-Japan relations and am happy with the progress.', 'I appreciate Malaysia-Japan relations and am happy with'), none).join('\n')).toMatch(/neither right after an opening quote mark/);
  });

  it('the validator takes a sentence shorter than eight words when it is given whole, and no shorter piece of one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bw-validate-'));
    const write = (id: string, body: string, contains: string) => writeAnnotation(dir, id, body, { kind: 'statement', condemnations: [{ target: 'terrorism', contains }] });
    const body = 'Terrorism cannot be justified for any reason. Japan strongly condemns all forms of terrorism. Japan will continue its efforts.';
    expect(validateAnnotation(write('whole', body, 'Japan strongly condemns all forms of terrorism.'), none)).toEqual([]);
    expect(validateAnnotation(write('whole-without-stop', body, 'Japan strongly condemns all forms of terrorism'), none)).toEqual([]);
    expect(validateAnnotation(write('piece', body, 'strongly condemns all forms of terrorism'), none).join('\n')).toMatch(/has 6 words \(8-20, or a shorter sentence whole\)/);
    expect(validateAnnotation(write('start-only', body, 'Japan strongly condemns all forms'), none).join('\n')).toMatch(/has 5 words/);
  });

  it('has the spread of issuers, languages, quotations and joint statements the issue asks for', () => {
    const golds = ids.map((cell) => cell.slice(3, cell.indexOf('`', 3))).map((id) => goldAnnotationSchema.parse(JSON.parse(readFileSync(path.join(corpus, `${id}.json`), 'utf8'))));
    expect(golds.length).toBeGreaterThanOrEqual(100);
    expect(new Set(golds.map((g) => g.source.issuer)).size).toBeGreaterThanOrEqual(14);
    expect(golds.filter((g) => g.source.language === 'fr').length).toBeGreaterThanOrEqual(25);
    expect(golds.filter((g) => g.quotes.length > 0).length).toBeGreaterThanOrEqual(30);
    expect(golds.filter((g) => g.source.kind === 'joint-statement').length).toBeGreaterThanOrEqual(10);
  });

  it('its README table lists every statement as the annotations say', () => {
    const readme = readFileSync(path.join(corpus, 'README.md'), 'utf8');
    expect(readme).toContain(statementTable());
  });

  it('splits by id alone, about 60 % tune', () => {
    expect(splitOf('canada-rok-fdmm-2024', 0.6)).toBe(splitOf('canada-rok-fdmm-2024', 0.6));
    const sample = Array.from({ length: 2000 }, (_, i) => splitOf(`statement-${i}`, 0.6));
    const tuneShare = sample.filter((s) => s === 'tune').length / sample.length;
    expect(tuneShare).toBeGreaterThan(0.57);
    expect(tuneShare).toBeLessThan(0.63);
  });
});

/**
 * Floors on the tune split: the F1 measured when the corpus landed, rounded down. They stop a
 * regression; the issue's bars (QUALITY_BARS) are reported by `npm run eval -- corpus/real` and are
 * raised here as extraction reaches them.
 */
const TUNE_FLOORS: Readonly<Record<Category, number>> = { participants: 0.95, quotes: 0.96, condemnations: 0.94, initiatives: 0.85 };

describe('real corpus: extraction on the tune split', () => {
  const result = evaluateCorpus(corpus);
  const tune = splitResult(result, 'tune');

  it('scores both splits', () => {
    expect(tune.files.length).toBeGreaterThan(0);
    expect(splitResult(result, 'test').files.length).toBeGreaterThan(0);
    expect(tune.files.length + splitResult(result, 'test').files.length).toBe(result.files.length);
  });

  it.each(CATEGORIES)('%s stays at or above its floor', (category) => {
    const { f1 } = prf(tune.overall[category]);
    const misses = tune.files.flatMap((f) => [...f.result[category].misses.map((m) => `${f.id} MISS ${m}`), ...f.result[category].extras.map((e) => `${f.id} EXTRA ${e}`)]);
    expect(f1, misses.join('\n')).toBeGreaterThanOrEqual(TUNE_FLOORS[category]);
  });
});
