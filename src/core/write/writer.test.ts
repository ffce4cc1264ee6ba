import { describe, expect, it } from 'vitest';
import { splitPageNumberFormat } from './writer';

describe('splitPageNumberFormat', () => {
  it('splits a page-number format into text and the two fields, in order, with no empty pieces', () => {
    expect(splitPageNumberFormat('Page {page} of {pages}')).toEqual(['Page ', { field: 'page' }, ' of ', { field: 'pages' }]);
    expect(splitPageNumberFormat('{page}/{pages}')).toEqual([{ field: 'page' }, '/', { field: 'pages' }]);
    expect(splitPageNumberFormat('Page {page} de {pages}')).toEqual(['Page ', { field: 'page' }, ' de ', { field: 'pages' }]);
    expect(splitPageNumberFormat('{pages} pages')).toEqual([{ field: 'pages' }, ' pages']);
    expect(splitPageNumberFormat('No fields')).toEqual(['No fields']);
    expect(splitPageNumberFormat('')).toEqual([]);
  });
});
