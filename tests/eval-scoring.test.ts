import { describe, expect, it } from 'vitest';
import type { StructuredStatement } from '../src/core/model/structured-statement';
import { maximumMatching, normaliseForScoring, prf, scoreStatement, type GoldAnnotation } from '../scripts/eval-scoring';

const span = { start: 0, end: 0 };

const gold: GoldAnnotation = {
  id: 'x',
  source: { url: null, title: 'T', date: null, kind: 'statement' },
  meeting: { date: null, location: null },
  participants: [{ name: 'Mélanie Joly', title: 'Minister', country: 'Canada' }],
  quotes: [{ speaker: 'Mélanie Joly', startsWith: 'Canada’s partners\nare here' }],
  condemnations: [
    { target: 'A', contains: 'condemn the attack' },
    { target: 'B', contains: 'call on Russia to withdraw' },
  ],
  initiatives: [{ contains: 'agreed to launch' }],
};

const extracted = (overrides: Partial<StructuredStatement>): StructuredStatement => ({
  meeting: { title: null, date: null, location: null },
  participants: [],
  quotes: [],
  condemnations: [],
  initiatives: [],
  language: 'en',
  ...overrides,
});

describe('eval scoring', () => {
  it('normalises case, accents, whitespace and curly quotes', () => {
    expect(normaliseForScoring(' MÉLANIE\u00a0 Joly’s “x”\n')).toBe('melanie joly\'s "x"');
  });

  it('matches participants by name and quotes by speaker and beginning', () => {
    const result = scoreStatement(
      gold,
      extracted({
        participants: [{ name: 'melanie JOLY', title: '', country: '', source: span }, { name: 'Bill Blair', title: '', country: '', source: span }],
        quotes: [{ speaker: 'Mélanie Joly', text: "Canada's partners are here today.", source: span }],
      }),
    );
    expect(result.participants).toMatchObject({ tp: 1, fp: 1, fn: 0, extras: ['Bill Blair'] });
    expect(result.quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('pairs one-to-one: a glued sentence covers only one gold item', () => {
    const glued = 'We condemn the attack and call on Russia to withdraw.';
    const result = scoreStatement(gold, extracted({ condemnations: [{ text: glued, targets: [], source: span }] }));
    expect(result.condemnations).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('finds the maximum matching, not a greedy one', () => {
    // gold 0 can take 0 or 1, gold 1 only 0: greedy would give 1 pair, the maximum is 2.
    expect(maximumMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });

  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 2 }).f1).toBe(0);
  });
});
