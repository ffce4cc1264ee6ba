import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cueStems } from './cue-stems';

describe('cue stems found in one scan', () => {
  // Built in each test, not once when the file is read: a mutation test changes the code between tests.
  const cues = () => cueStems([/sign|exchang/i, /signed|concluded/i, /agree/i, /établi|mise en place/i]);

  it('finds every stem a sentence holds, case-insensitively, overlapping and nested ones too', () => {
    const stems = cues();
    const found = stems.in('The Ministers SIGNED a memorandum; they disagreed on nothing and ÉTABLIRONT a mise en place.');
    expect([...found].sort()).toEqual(['agree', 'mise en place', 'sign', 'signed', 'établi']);
  });

  it('gates each cue by its own stems', () => {
    const stems = cues();
    const found = stems.in('The two sides exchanged letters.');
    expect([0, 1, 2, 3].map((index) => stems.gates(index, found))).toEqual([true, false, false, false]);
  });

  it('lists the cues a sentence opens, in order, as in then gates would', () => {
    const stems = cues();
    const sentences = ['The two sides exchanged letters.', 'They signed and agreed.', 'Nothing here.', 'Mise en place, établie, signée, échangée.', 'They disagreed; SIGNING.'];
    for (const sentence of sentences) {
      const found = stems.in(sentence);
      expect(stems.cuesIn(sentence), sentence).toEqual([0, 1, 2, 3].filter((index) => stems.gates(index, found)));
    }
    expect(stems.cuesIn('They signed and agreed.')).toEqual([0, 1, 2]);
    expect(stems.cuesIn('Nothing here.')).toEqual([]);
  });

  it('gives each call its own answer (the buffer of opened cues is cleared after every call)', () => {
    const stems = cues();
    expect(stems.cuesIn('They signed, exchanged, agreed and ÉTABLIRENT a mise en place.')).toEqual([0, 1, 2, 3]);
    expect(stems.cuesIn('They agreed.')).toEqual([2]);
    expect(stems.cuesIn('Nothing here.')).toEqual([]);
    expect(stems.cuesIn('They exchanged letters.')).toEqual([0]);
  });

  it('refuses a stem that is not literal alternatives, or not case-insensitive', () => {
    expect(() => cueStems([/sign(?:ed)?/i])).toThrow(/not case-insensitive literal alternatives/);
    expect(() => cueStems([/sign/])).toThrow(/not case-insensitive literal alternatives/);
    expect(() => cueStems([/sign||agree/i])).toThrow(/not case-insensitive literal alternatives/);
    expect(() => cueStems([/sign|agree./i])).toThrow(/not case-insensitive literal alternatives/);
    // Literal alternatives with spaces and accents are fine.
    expect(cueStems([/mise en place|établi/i]).cuesIn('Une mise en place.')).toEqual([0]);
  });
});

describe('cue stems as a case-insensitive pattern finds them', () => {
  /** The reference: each cue's own stem pattern, tested on the sentence (what the stems stand for). */
  const reference = (stems: readonly RegExp[], sentence: string) => stems.flatMap((stem, index) => (stem.test(sentence) ? [index] : []));
  // Letters whose lower case is one code unit that the pattern matches case-insensitively (not "İ" or the Kelvin sign: the stems
  // are lower-cased first, and every stem in the code is lower case).
  const letters = ['a', 'b', 's', 'k', 'i', 'e', 'é', 'É', 'ı', 'ß', 'S', 'A', ' ', 'œ', 'Œ', '’', 'ï'];
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }).map((chars) => chars.join('').replace(/[\\^$.*+?()[\]{}|]/g, ''));

  it('opens the same cues as each stem pattern tested alone, whatever the letters and their case', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word.filter((w) => w.length > 0), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (cueWords, chars) => {
        const stems = cueWords.map((words) => new RegExp(words.join('|'), 'i'));
        const sentence = chars.join('');
        expect(cueStems(stems).cuesIn(sentence)).toEqual(reference(stems, sentence));
      }),
      { numRuns: 2000 },
    );
  });
});
