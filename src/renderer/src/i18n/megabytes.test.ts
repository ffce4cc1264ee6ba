import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../core/i18n/translator';
import { megabytes } from './megabytes';

const MiB = 1024 * 1024;

describe('megabytes', () => {
  it('writes the size with the decimal sign of the interface language: 1.1 MB, 1,1 Mo (a no-break space before the French unit)', () => {
    expect(megabytes(1.1 * MiB, createTranslator('en').t)).toBe('1.1 MB');
    expect(megabytes(1.1 * MiB, createTranslator('fr').t)).toBe('1,1\u00a0Mo');
  });

  it('keeps one decimal, rounded, and groups thousands as each language does', () => {
    expect(megabytes(50 * MiB, createTranslator('en').t)).toBe('50.0 MB');
    expect(megabytes(1.26 * MiB, createTranslator('fr').t)).toBe('1,3\u00a0Mo');
    expect(megabytes(1234.5 * MiB, createTranslator('en').t)).toBe('1,234.5 MB');
    expect(megabytes(1234.5 * MiB, createTranslator('fr').t)).toBe('1\u202f234,5\u00a0Mo');
  });
});
