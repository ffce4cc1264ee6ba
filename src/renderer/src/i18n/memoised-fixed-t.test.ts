import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../core/i18n/translator';
import { memoiseFixedT } from './memoised-fixed-t';

function memoised(language: 'en' | 'fr' = 'en') {
  const instance = createTranslator(language);
  const t = vi.spyOn(instance, 't');
  memoiseFixedT(instance);
  return { instance, t };
}

describe('memoiseFixedT', () => {
  it('gives what i18next gives, asking it once per language, key and option values', () => {
    const plain = createTranslator('en').getFixedT('en', 'ui');
    const { instance, t } = memoised();
    const fixed = instance.getFixedT('en', 'ui');
    const label = { heading: 'Summary', number: 2 };
    expect(fixed('compose.itemLabel', label)).toBe(plain('compose.itemLabel', label));
    expect(fixed('compose.itemLabel', { ...label })).toBe('Summary item 2');
    expect(fixed('compose.itemLabel', { heading: 'Summary', number: 3 })).toBe('Summary item 3');
    // A number and the same digits as a string are different values.
    expect(fixed('compose.itemLabel', { heading: 'Summary', number: '3' })).toBe('Summary item 3');
    expect(fixed('app.drop')).toBe(plain('app.drop'));
    expect(fixed('app.drop')).toBe(plain('app.drop'));
    expect(t).toHaveBeenCalledTimes(4);
  });

  it('keeps languages apart, and a function fixed to no language follows the instance', () => {
    const { instance } = memoised('en');
    const english = instance.getFixedT('en', 'ui')('app.drop');
    const french = instance.getFixedT('fr', 'ui')('app.drop');
    expect(french).not.toBe(english);
    const current = instance.getFixedT(null, 'ui');
    expect(current('app.drop')).toBe(english);
    void instance.changeLanguage('fr');
    expect(current('app.drop')).toBe(french);
  });

  it('passes calls it cannot key (an object or function option, several keys) to i18next every time', () => {
    const { instance, t } = memoised();
    const fixed = instance.getFixedT('en', 'ui');
    fixed('compose.itemLabel', { heading: 'Summary', number: 1, nested: { a: 1 } });
    fixed('compose.itemLabel', { heading: 'Summary', number: 1, nested: { a: 1 } });
    fixed(['app.drop', 'app.missing']);
    fixed(['app.drop', 'app.missing']);
    expect(t).toHaveBeenCalledTimes(4);
  });

  it('forgets what it knew when a catalogue changes', () => {
    const { instance } = memoised();
    const fixed = instance.getFixedT('en', 'ui');
    const before = fixed('app.drop');
    instance.addResource('en', 'ui', 'app.drop', 'Changed');
    expect(fixed('app.drop')).toBe('Changed');
    expect(before).not.toBe('Changed');
  });
});
