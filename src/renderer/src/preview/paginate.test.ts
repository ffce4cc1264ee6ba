import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('paginate', () => {
  it('fills pages in order and breaks before a unit that does not fit', () => {
    expect(paginate([40, 40, 40, 40], 100)).toEqual([[0, 1], [2, 3]]);
  });
  it('gives a unit taller than a page a page of its own', () => {
    expect(paginate([10, 250, 10], 100)).toEqual([[0], [1], [2]]);
  });
  it('keeps a heading with what follows it', () => {
    expect(paginate([60, 20, 30], 100, [false, true, false])).toEqual([[0], [1, 2]]);
  });
  it('always has at least one page', () => {
    expect(paginate([], 100)).toEqual([[]]);
  });
});
