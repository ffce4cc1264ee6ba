import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../core/i18n/translator';

describe('numbers in the interface', () => {
  it('an unsure item’s confidence is written with the decimal sign of the interface language', () => {
    expect(createTranslator('en').t('compose.weakTitle', { confidence: 0.456 })).toContain('(confidence 0.46)');
    expect(createTranslator('fr').t('compose.weakTitle', { confidence: 0.456 })).toContain('(confiance 0,46)');
  });
});
