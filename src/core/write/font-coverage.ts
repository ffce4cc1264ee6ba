/**
 * Which bundled font can draw which character. The PDF writer uses it to hand characters the
 * template's font lacks (Hangul, for instance) to a bundled fallback font, and the CLI and editor use
 * it to warn about characters no bundled font has, so text is never silently blank.
 */
import * as fontkit from 'fontkit';
import type { DocModel } from '../model/doc-model';
import { docTexts, isCommonLatin } from './doc-text';
import { FALLBACK_FAMILIES, type FontFiles } from './writer';

type Coverage = (codePoint: number) => boolean;
const coverageCache = new WeakMap<Uint8Array, Coverage>();

function coverageOf(bytes: Uint8Array): Coverage {
  let coverage = coverageCache.get(bytes);
  if (!coverage) {
    const font = fontkit.create(bytes as Buffer);
    const face = 'fonts' in font ? font.fonts[0]! : font;
    const known = new Map<number, boolean>();
    coverage = (codePoint) => {
      let has = known.get(codePoint);
      if (has === undefined) {
        has = face.hasGlyphForCodePoint(codePoint);
        known.set(codePoint, has);
      }
      return has;
    };
    coverageCache.set(bytes, coverage);
  }
  return coverage;
}

/** Whitespace and control characters never need a glyph. */
const needsGlyph = (codePoint: number): boolean => codePoint > 0x20 && !(codePoint >= 0x7f && codePoint <= 0xa0) && codePoint !== 0x2028 && codePoint !== 0x2029;

export interface FontSegment {
  readonly text: string;
  /** The fallback family to draw this segment with, or null for the document's font. */
  readonly fallback: string | null;
}

/** Splits text into runs of the document's font and runs of the first fallback font that has the glyphs. */
export function segmentByFont(text: string, family: keyof FontFiles, fonts: FontFiles): FontSegment[] {
  const primary = fonts[family];
  // Fast path: the overwhelming majority of notes are Latin script.
  if (!primary || isCommonLatin(text)) return [{ text, fallback: null }];
  const has = coverageOf(primary.normal);
  const fallbacks = FALLBACK_FAMILIES.flatMap((name) => (fonts[name] ? [{ name, has: coverageOf(fonts[name]!.normal) }] : []));
  const segments: { text: string; fallback: string | null }[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    const fallback = !needsGlyph(codePoint) || has(codePoint) ? null : (fallbacks.find((candidate) => candidate.has(codePoint))?.name ?? null);
    const last = segments[segments.length - 1];
    // Spaces join the segment they sit in, so a Korean name stays one run.
    if (last && (last.fallback === fallback || (!needsGlyph(codePoint) && last.fallback !== null))) last.text += character;
    else segments.push({ text: character, fallback });
  }
  return segments;
}

/** Characters in the note that neither the document's font nor any bundled fallback can draw. */
export function findUnsupportedCharacters(doc: DocModel, fonts: FontFiles): string[] {
  const primary = fonts[doc.styles.font];
  if (!primary) return [];
  const missing = new Set<string>();
  // The fonts' character maps are decoded only if some text is not common Latin (most notes are).
  let has: Coverage | undefined;
  let fallbacks: Coverage[] = [];
  for (const text of docTexts(doc)) {
    if (isCommonLatin(text)) continue;
    if (!has) {
      has = coverageOf(primary.normal);
      fallbacks = FALLBACK_FAMILIES.flatMap((name) => (fonts[name] ? [coverageOf(fonts[name]!.normal)] : []));
    }
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (needsGlyph(codePoint) && !has(codePoint) && !fallbacks.some((fallback) => fallback(codePoint))) missing.add(character);
    }
  }
  return [...missing];
}
