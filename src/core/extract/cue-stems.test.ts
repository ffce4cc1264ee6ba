import { describe, expect, it } from 'vitest';
import { cueStems } from './cue-stems';

describe('cue stems found in one scan', () => {
  const stems = cueStems([/sign|exchang/i, /signed|concluded/i, /agree/i, /établi|mise en place/i]);

  it('finds every stem a sentence holds, case-insensitively, overlapping and nested ones too', () => {
    const found = stems.in('The Ministers SIGNED a memorandum; they disagreed on nothing and ÉTABLIRONT a mise en place.');
    expect([...found].sort()).toEqual(['agree', 'mise en place', 'sign', 'signed', 'établi']);
  });

  it('gates each cue by its own stems', () => {
    const found = stems.in('The two sides exchanged letters.');
    expect([0, 1, 2, 3].map((index) => stems.gates(index, found))).toEqual([true, false, false, false]);
  });

  it('refuses a stem that is not literal alternatives, or not case-insensitive', () => {
    expect(() => cueStems([/sign(?:ed)?/i])).toThrow(/not case-insensitive literal alternatives/);
    expect(() => cueStems([/sign/])).toThrow(/not case-insensitive literal alternatives/);
  });
});
