import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMPILED_PATTERNS, caselessPattern, compiledPatternCount, withoutUnicodeFlag } from './caseless-pattern';
import { wordPattern } from './condemnation-extractor';

describe('withoutUnicodeFlag', () => {
  it('spells a property class out inside a bracket class and wraps it in one outside', () => {
    expect(withoutUnicodeFlag(String.raw`[\p{N}]x`)).toBe(String.raw`[0-9\u00B2\u00B3\u00B9\u00BC-\u00BE]x`);
    expect(withoutUnicodeFlag(String.raw`a\p{N}+`)).toBe(String.raw`a[0-9\u00B2\u00B3\u00B9\u00BC-\u00BE]+`);
    // An escaped bracket neither opens nor closes a class.
    expect(withoutUnicodeFlag(String.raw`\[\p{N}\]`)).toBe(String.raw`\[[0-9\u00B2\u00B3\u00B9\u00BC-\u00BE]\]`);
  });

  it('refuses what means something else without the u flag', () => {
    expect(() => withoutUnicodeFlag(String.raw`\P{L}`)).toThrow('needs the u flag');
    expect(() => withoutUnicodeFlag(String.raw`\u{1F600}`)).toThrow('needs the u flag');
    expect(() => withoutUnicodeFlag(String.raw`\p{Script=Han}`)).toThrow('no spelled-out form for \\p{Script=Han}');
  });
});

describe('caselessPattern', () => {
  it('drops the u flag only for a case-insensitive pattern', () => {
    expect(caselessPattern(String.raw`\p{L}+`, 'giu').flags).toBe('gi');
    expect(caselessPattern(String.raw`\p{Lu}`, 'u').flags).toBe('u');
    // Case-sensitive: a capital condition still holds.
    expect(caselessPattern(String.raw`\p{Lu}`, 'u').test('a')).toBe(false);
  });

  it('bounds a cue by the letters of French, Vietnamese names, Greek and Cyrillic', () => {
    const cue = wordPattern('minist(?:re|er)');
    expect(cue.test('Le Ministre a dit')).toBe(true);
    expect(cue.test('ministres')).toBe(false);
    expect(cue.test('éminister')).toBe(false);
    expect(wordPattern('minh').test('Phạm Bình Minhạ')).toBe(false);
    expect(wordPattern('minh').test('Phạm Bình Minh,')).toBe(true);
    expect(wordPattern('sofia').test('Софияsofia')).toBe(false);
    expect(wordPattern('sofia').test('Σsofia')).toBe(false);
    // A decomposed accent (e + U+0301) is part of its word.
    expect(wordPattern('condamn').test('condamn\u0301')).toBe(false);
  });

  it('matches what the u pattern matches on English, French, Greek and Cyrillic text', () => {
    const alphabet = [...'aAeEéÉèçÇœŒîïôûüÿ’\'-.,;: 0123456789²ạẠσΣжЖ\u0301', 'e\u0301'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((parts) => parts.join(''));
    const sources = [String.raw`(?<![\p{L}\p{M}])[\p{L}\p{M}]+(?![\p{L}\p{M}])`, String.raw`\p{Lu}\p{L}*`, String.raw`[^\p{L}\p{N}]+`, String.raw`é\p{L}{0,3}`];
    fc.assert(
      fc.property(text, fc.constantFrom(...sources), (sample, source) => {
        const expected = [...sample.matchAll(new RegExp(source, 'giu'))].map((m) => `${m.index}:${m[0]}`);
        const actual = [...sample.matchAll(caselessPattern(source, 'giu'))].map((m) => `${m.index}:${m[0]}`);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 2000, seed: 16 },
    );
  });

  it('treats a letter outside those scripts as a boundary (the limit of the spelled-out classes)', () => {
    expect(wordPattern('seoul').test('서울seoul')).toBe(true);
  });
});

describe('no case-insensitive Unicode property pattern in the core', () => {
  it('writes every /…\\p{…}…/iu of src/core through caselessPattern (each cost milliseconds on first use: the app’s start, the CLI’s)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '..');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const literal of line.matchAll(/\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([dgimsuyv]+)/g)) {
            if ((literal[2] ?? '').includes('i') && (literal[2] ?? '').includes('u') && (literal[1] ?? '').includes('\\p{')) offenders.push(`${file}:${index + 1}`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });
});

describe('caselessPattern asked again for the same pattern', () => {
  it('returns the pattern it compiled (an inline pattern is not rebuilt on every call), but never shares a g or y one', () => {
    expect(caselessPattern(String.raw`(?<![\p{L}])today`, 'iu')).toBe(caselessPattern(String.raw`(?<![\p{L}])today`, 'iu'));
    expect(caselessPattern(String.raw`today`, 'iu')).not.toBe(caselessPattern(String.raw`today`, 'i'));
    expect(caselessPattern(String.raw`\p{L}+`, 'giu')).not.toBe(caselessPattern(String.raw`\p{L}+`, 'giu'));
    expect(caselessPattern(String.raw`\p{L}+`, 'iuy')).not.toBe(caselessPattern(String.raw`\p{L}+`, 'iuy'));
  });
});

describe('caselessPattern over a long session', () => {
  it('keeps at most MAX_COMPILED_PATTERNS compiled patterns however many distinct sources it is asked for (titles from statements)', () => {
    for (let index = 0; index < MAX_COMPILED_PATTERNS * 2 + 7; index++) caselessPattern(`(?:^|\\s)Minister ${index}(?:\\s|$)`, 'iu');
    expect(compiledPatternCount()).toBeGreaterThan(0);
    expect(compiledPatternCount()).toBeLessThanOrEqual(MAX_COMPILED_PATTERNS);
    // Still right after the cache starts again.
    expect(caselessPattern(String.raw`(?:^|\s)minister 5(?:\s|$)`, 'iu').test('Foreign MINISTER 5')).toBe(true);
  });
});
