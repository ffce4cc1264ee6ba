/**
 * The quality gate of issue 3: extraction on the development corpus must keep F1 at or above the
 * bars (participants 0.95, quotes 0.95, condemnations 0.90, initiatives 0.85) overall and in each
 * language. A failure lists every miss and extra so the regression is visible in the CI log.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { barFailures, evaluateCorpus, meetingAccuracy, QUALITY_BARS } from '../scripts/eval-corpus';
import { CATEGORIES, MEETING_FIELDS, prf } from '../scripts/eval-scoring';

const corpus = path.resolve(import.meta.dirname, '../../shared/corpus/dev');

describe('dev corpus quality bars', () => {
  const result = evaluateCorpus(corpus);

  it('covers the whole corpus in English and French', () => {
    expect(result.files.length).toBeGreaterThanOrEqual(13);
    expect(Object.keys(result.byLanguage).sort()).toEqual(['en', 'fr']);
  });

  it.each(['all', 'en', 'fr'])('%s: every category meets its F1 bar', (scope) => {
    const counts = scope === 'all' ? result.overall : result.byLanguage[scope];
    expect(counts).toBeDefined();
    const problems = result.files
      .filter((f) => scope === 'all' || f.language === scope)
      .flatMap((f) => CATEGORIES.flatMap((c) => [...f.result[c].misses.map((m) => `${f.id} ${c} MISS ${m}`), ...f.result[c].extras.map((e) => `${f.id} ${c} EXTRA ${e}`)]));
    for (const category of CATEGORIES) {
      const { f1 } = prf(counts![category]);
      expect(f1, `${scope} ${category} F1 ${f1.toFixed(3)} < ${QUALITY_BARS[category]}\n${problems.join('\n')}`).toBeGreaterThanOrEqual(QUALITY_BARS[category]);
    }
  });

  it('reads the meeting date, place and kind of nine statements in ten', () => {
    const accuracy = meetingAccuracy(result);
    for (const field of MEETING_FIELDS) {
      const wrong = result.files.filter((f) => !f.meeting[field].correct).map((f) => `${f.id}: expected ${f.meeting[field].gold}, got ${f.meeting[field].extracted}`);
      expect(accuracy[field].correct / accuracy[field].total, `${field}\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('barFailures agrees with the per-scope checks', () => {
    expect(barFailures(result)).toEqual([]);
    const weak = { tp: 8, fp: 2, fn: 2 }; // F1 0.8: under every bar
    const failing = { ...result, byLanguage: { ...result.byLanguage, fr: { ...result.overall, initiatives: weak } } };
    expect(barFailures(failing)).toEqual([{ scope: 'fr', category: 'initiatives', f1: expect.closeTo(0.8, 9), bar: 0.85 }]);
  });
});

describe('genre samples outside the corpus (tests/fixtures/genre-samples)', () => {
  const result = evaluateCorpus(path.resolve(import.meta.dirname, 'fixtures/genre-samples'));

  it('meet the same bars, and get the meeting date, place and kind right', () => {
    const problems = result.files.flatMap((f) => [
      ...CATEGORIES.flatMap((c) => [...f.result[c].misses.map((m) => `${f.id} ${c} MISS ${m}`), ...f.result[c].extras.map((e) => `${f.id} ${c} EXTRA ${e}`)]),
      ...MEETING_FIELDS.flatMap((field) => (f.meeting[field].correct ? [] : [`${f.id} meeting ${field}: expected ${f.meeting[field].gold}, got ${f.meeting[field].extracted}`])),
    ]);
    expect(result.files.length).toBe(22);
    expect(barFailures(result), problems.join('\n')).toEqual([]);
    for (const field of MEETING_FIELDS) expect(meetingAccuracy(result)[field].correct, problems.join('\n')).toBe(result.files.length);
  });
});
