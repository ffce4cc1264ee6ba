/**
 * One sentence, one section. The extractors may read the same sentence as a condemnation and an
 * initiative, and a drafted line may quote a sentence another section lists; a note that says it
 * twice reads machine-made. After composing, each statement sentence is kept in the first section
 * that claims it, in this priority (then the template's order):
 *
 *   1. quotes          a quotation stays whole, with its speaker
 *   2. background      a sentence recalling what came before ("This builds on …", "Last year …")
 *   3. condemnations   key issues
 *   4. initiatives     outcomes, agreed items
 *   5. key-messages    drafted lines that quote a sentence (media lines, if pressed)
 *   6. the other drafted sections (summary, next steps, recommendation)
 *
 * A section whose template options say `repeatSentences: true` keeps its items regardless. Background
 * sentences are never outcomes: initiatives that only recall the past go to `background` instead.
 */
import { caselessPattern } from '../extract/caseless-pattern';
import type { BriefingItem, BriefingSection } from '../model/briefing';
import type { SourceSpan } from '../model/statement';
import type { StructuredStatement } from '../model/structured-statement';
import type { SectionKind, Template } from '../model/template';

const BACKGROUND_CUES = [
  /^(?:this|these|it|that|today[’']s\s+\w+)\s+(?:\w+\s+){0,3}?(?:builds?|built)\s+on\b/i,
  /\bbuilds?\s+on\s+(?:the|a|an|his|her|their|our|Minister|Prime|last|previous)\b/i,
  /^(?:last|earlier this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)\b/i,
  /^(?:in|since|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/i,
  /^(?:this|the)\s+(?:\w+\s+){0,3}?(?:follows|comes\s+after|follows\s+on)\b/i,
  /\b(?:previously|to date|since\s+(?:19|20)\d\d)\b.*\b(?:has|have|had)\s+(?:provided|contributed|committed|allocated|given)\b/i,
  caselessPattern(String.raw`^(?:cette|cet|ce|ces)\s+(?:\p{L}+\s+){0,3}?(?:s[’']appuie|s[’']inscri(?:t|vent)|fai(?:t|saient)\s+suite)\b`),
  /^(?:l[’']an\s+dernier|l[’']année\s+dernière|depuis\s+(?:19|20)\d\d|en\s+(?:19|20)\d\d)\b/i,
];

/** "This builds on Minister Joly's visit …", "Last year, …", « Cette annonce s'appuie sur … »: context, not an outcome. */
export function isBackgroundSentence(text: string): boolean {
  const sentence = text.trim();
  return BACKGROUND_CUES.some((cue) => cue.test(sentence));
}

const PRIORITY: Record<SectionKind, number> = {
  quotes: 1,
  background: 2,
  condemnations: 3,
  initiatives: 4,
  'key-messages': 5,
  summary: 6,
  'next-steps': 6,
  recommendation: 6,
  participants: 7,
};

const normalise = (text: string) => text.toLowerCase().replace(/[“”"«»‘’'`]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

interface KnownSentence {
  readonly text: string;
  readonly source: SourceSpan;
}

function knownSentences(structured: StructuredStatement): KnownSentence[] {
  return [...structured.quotes, ...structured.condemnations, ...structured.initiatives]
    .map(({ text, source }) => ({ text: normalise(text), source }))
    .filter((sentence) => sentence.text.length >= 20);
}

/** The statement spans an item stands for: its own source, or the sentences a drafted line quotes. */
function spansOf(item: BriefingItem, known: readonly KnownSentence[]): SourceSpan[] {
  if (item.source) return [item.source];
  const text = normalise(item.text);
  return known.filter((sentence) => text.includes(sentence.text)).map((sentence) => sentence.source);
}

const overlaps = (a: SourceSpan, b: SourceSpan) => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

/** The sections with each statement sentence kept once, in the section of highest priority. */
export function oneSectionPerSentence(sections: readonly BriefingSection[], structured: StructuredStatement, template: Template): BriefingSection[] {
  const known = knownSentences(structured);
  const repeats = new Set(template.sections.filter((section) => section.options?.repeatSentences).map((section) => section.id));
  // Array.prototype.sort is stable: sections of the same priority stay in the template's order.
  const order = [...sections].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  const claimed: SourceSpan[] = [];
  const kept = new Map<string, BriefingItem[]>();
  for (const section of order) {
    const items: BriefingItem[] = [];
    for (const item of section.items) {
      if (section.kind === 'participants') {
        items.push(item);
        continue;
      }
      const spans = spansOf(item, known);
      if (!repeats.has(section.id) && spans.some((span) => claimed.some((taken) => overlaps(span, taken)))) continue;
      claimed.push(...spans);
      items.push(item);
    }
    kept.set(section.id, items);
  }
  return sections.map((section) => ({ ...section, items: kept.get(section.id) ?? section.items }));
}
