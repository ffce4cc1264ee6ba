import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './person-names';
import { foldForComparison } from './sentence-helpers';

/** The definition tokenize's scanner must follow: every match of this pattern from `start`, cut at `end`. */
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*['’]?|[^\s\p{L}\p{M}\p{N}]/gu;

function matchesOfPattern(text: string, start: number, end: number): [number, string][] {
  const pattern = new RegExp(TOKEN_PATTERN.source, 'gu');
  pattern.lastIndex = start;
  const out: [number, string][] = [];
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) out.push([match.index, match[0].slice(0, end - match.index)]);
  return out;
}

/** The tokens as tokenize built them from the pattern's matches before it had a scanner. */
function tokensOfPattern(text: string, start: number, end: number): Token[] {
  let previousEnd = start;
  return matchesOfPattern(text, start, end).map(([index, raw]) => {
    const first = raw.charCodeAt(0);
    const isWord = raw.length > 1 || (first < 0x80 ? (first >= 0x30 && first <= 0x39) || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a) : /[\p{L}\p{M}\p{N}]/u.test(raw));
    const hasApostrophe = isWord && raw.length > 1 && (raw.includes("'") || raw.includes('’'));
    const possessive = hasApostrophe && /['’]s$|s['’]$/u.test(raw) && raw.length > 2;
    const base = !hasApostrophe ? raw : possessive ? raw.replace(/['’]s$|['’]$/u, '') : raw.replace(/['’]$/u, '');
    const gap = index - previousEnd;
    const newline = gap === 1 ? text.charCodeAt(previousEnd) === 10 : gap > 1 && text.slice(previousEnd, index).includes('\n');
    previousEnd = index + raw.length;
    const key = !isWord ? base : /^[\x20-\x7e]*$/.test(base) ? base.toLowerCase() : foldForComparison(base).replace(/’/g, "'");
    return { text: base, key, start: index, end: index + base.length, isWord, possessive, newlineBefore: newline };
  });
}

function expectSameAsPattern(text: string, start = 0, end = text.length): void {
  expect(tokenize(text, start, end)).toEqual(tokensOfPattern(text, start, end));
}

// Characters that exercise every branch: ASCII, accented and decomposed letters, marks, digits and number signs, separators
// (' ’ - ‑), whitespace of every kind, punctuation, astral letters and symbols, lone surrogates.
const ALPHABET = ['a', 'Z', '9', 's', 'S', "'s", '’s', 'é', 'e\u0301', '\u0301', '²', '½', 'Ж', 'ß', "'", '’', '-', '‑', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '.', ',', '“', '(', '𝐀', '😀', '𠀀', '\ud800', '\udc00', '\u0663', '_', 'ǅ'];

describe('tokenize', () => {
  it('matches TOKEN_PATTERN on random text, from and to every offset', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + random(14) }, () => ALPHABET[random(ALPHABET.length)]).join('');
      const start = random(text.length + 2);
      const end = start + random(text.length + 3 - start);
      expectSameAsPattern(text, start, end);
      expectSameAsPattern(text);
    }
  });

  it('matches TOKEN_PATTERN on the sample statements', () => {
    const dir = path.join(__dirname, '../../../resources/samples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expectSameAsPattern(text);
      expectSameAsPattern(text, 17, text.length - 23);
    }
  });

  it('keeps offsets, keys and the possessive', () => {
    const tokens = tokenize('Chile’s Minister  Ban Ki-moon, O’Brien’s. Élysée');
    expect(tokens.map((t) => [t.text, t.key, t.start, t.possessive])).toEqual([
      ['Chile', 'chile', 0, true],
      ['Minister', 'minister', 8, false],
      ['Ban', 'ban', 18, false],
      ['Ki-moon', 'ki-moon', 22, false],
      [',', ',', 29, false],
      ['O’Brien', "o'brien", 31, true],
      ['.', '.', 40, false],
      ['Élysée', 'elysee', 42, false],
    ]);
  });
});
