/**
 * Drafted text over the whole real corpus (corpus/real, both splits: this checks drafting, it tunes
 * no extraction rule). Every statement goes through extraction and each built-in template of its
 * language, and the drafted lines — the template's own words, not the statement sentences a line
 * quotes — are held to issue 13's checks: no uncontracted « de les / à les / de le / à le », no
 * English country name in a French note, no sentence in two sections, the page title never as the
 * name of an event, numbers under ten in words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../src/core/compose/compose-briefing';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importText } from '../src/core/import/text-importer';
import type { Briefing } from '../src/core/model/briefing';
import type { SourceSpan } from '../src/core/model/statement';
import type { StructuredStatement } from '../src/core/model/structured-statement';
import { listBuiltInTemplates } from '../src/core/templates/template-loader';

const corpus = path.resolve(import.meta.dirname, '../corpus/real');
const files = readdirSync(corpus).filter((file) => file.endsWith('.txt')).sort();

const normalise = (text: string) => text.toLowerCase().replace(/[“”"«»‘’'`]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A drafted line with the statement's own sentences it quotes taken out: what is left is the template's wording. */
function templateWords(text: string, structured: StructuredStatement): string {
  let words = normalise(text);
  for (const sentence of [...structured.condemnations, ...structured.initiatives, ...structured.quotes]) words = words.split(normalise(sentence.text)).join(' … ');
  return words;
}

/** English country names CLDR gives differently in French (Australia/Australie, United States/États-Unis). */
const ENGLISH_ONLY_COUNTRY_NAMES = (() => {
  const en = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const fr = new Intl.DisplayNames('fr', { type: 'region', fallback: 'none' });
  const names = new Set<string>(['Republic of Korea', 'Viet Nam', 'Türkiye']);
  // « Mexico » is the French name of Mexico City: a French note writes it.
  const frenchPlaceNames = new Set(['Mexico']);
  for (const a of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    for (const b of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const english = en.of(`${a}${b}`);
      const french = fr.of(`${a}${b}`);
      if (english && french && english !== french && /^[A-Z][A-Za-z .'-]+$/.test(english) && english.length > 3 && !frenchPlaceNames.has(english)) names.add(english);
    }
  }
  return [...names];
})();

const englishCountryIn = (text: string) => ENGLISH_ONLY_COUNTRY_NAMES.filter((name) => new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));

const overlaps = (a: SourceSpan, b: SourceSpan) => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

/** The statement spans each section's items stand for (drafted lines: the sentences they quote). */
function sentencesBySection(briefing: Briefing, structured: StructuredStatement): { section: string; spans: SourceSpan[] }[] {
  const known = [...structured.quotes, ...structured.condemnations, ...structured.initiatives].filter((item) => item.text.length >= 20);
  return briefing.sections
    .filter((section) => section.kind !== 'participants')
    .map((section) => ({
      section: section.id,
      spans: section.items.flatMap((item) => (item.source ? [item.source] : known.filter((sentence) => normalise(item.text).includes(normalise(sentence.text))).map((sentence) => sentence.source))),
    }));
}

/** Dates keep their digits in both languages' style guides: "November 1, 2024", "on 9 November", « 1er novembre 2024 ». */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const DATES = new RegExp(`(?:${MONTHS}) \\d{1,2}(?:, \\d{4})?(?![\\p{L}\\d])|(?<![\\p{L}\\d])(?:1er|\\d{1,2}) (?:${MONTHS})(?: \\d{4})?`, 'giu');

interface Finding {
  readonly file: string;
  readonly template: string;
  readonly problem: string;
}

function checkCorpus(): { findings: Finding[]; notes: number; drafted: number } {
  const findings: Finding[] = [];
  let notes = 0;
  let drafted = 0;
  for (const file of files) {
    const statement = importText(readFileSync(path.join(corpus, file), 'utf8'));
    const structured = extractStatement(statement);
    for (const template of listBuiltInTemplates().filter((candidate) => candidate.language === structured.language)) {
      notes++;
      const briefing = composeBriefing(structured, template, { today: '2026-12-02' });
      const report = (problem: string) => findings.push({ file, template: template.id, problem });
      const lines = briefing.sections.flatMap((section) => section.items.filter((item) => item.drafted).map((item) => item.text));
      drafted += lines.length;
      const own = lines.map((line) => templateWords(line, structured));
      for (const [index, words] of own.entries()) {
        const line = lines[index]!;
        if (template.language === 'fr') {
          const uncontracted = /(?<![\p{L}])(?:de les|à les|de le|à le)(?![\p{L}])/iu.exec(words);
          if (uncontracted) report(`« ${uncontracted[0]} » in: ${line}`);
        }
        const title = structured.meeting.title?.trim();
        if (title && title.length >= 12 && normalise(line).includes(normalise(title))) report(`the page title as an event: ${line}`);
        const digit = /(?<![\p{L}\d.,:/-])[0-9](?![\p{L}\d.,:/%-])/u.exec(words.replace(DATES, ' '));
        if (digit) report(`"${digit[0]}" in digits: ${line}`);
      }
      if (template.language === 'fr') {
        const participantLines = briefing.sections.filter((section) => section.kind === 'participants').flatMap((section) => section.items.map((item) => item.text));
        for (const text of [...own, ...participantLines.map((line) => line.replace(/^[^(]*/, ''))]) {
          const english = englishCountryIn(text);
          if (english.length > 0) report(`English country name ${english.join(', ')} in: ${text}`);
        }
      }
      const sections = sentencesBySection(briefing, structured);
      for (const [i, a] of sections.entries()) {
        for (const b of sections.slice(i + 1)) {
          if (a.spans.some((span) => b.spans.some((other) => overlaps(span, other)))) report(`a sentence in both ${a.section} and ${b.section}`);
        }
      }
    }
  }
  return { findings, notes, drafted };
}

describe('drafting over the real corpus (issue 13)', () => {
  it('passes every check on every statement and built-in template of its language', () => {
    const { findings, notes, drafted } = checkCorpus();
    console.log(`drafting-real-corpus: ${files.length} statements, ${notes} notes, ${drafted} drafted lines, ${findings.length} findings`);
    expect(files.length).toBeGreaterThanOrEqual(130);
    expect(findings.map((finding) => `${finding.file} [${finding.template}] ${finding.problem}`)).toEqual([]);
  }, 120_000);

  it('the checks can fail: they catch what drafting used to write', () => {
    expect(englishCountryIn('se sont réunis à Mexico (Mexico City, United States)')).toEqual(['United States']);
    expect(/(?<![\p{L}])(?:de les|à les|de le|à le)(?![\p{L}])/iu.test('les agissements de les attaques')).toBe(true);
    expect(/(?<![\p{L}\d.,:/-])[0-9](?![\p{L}\d.,:/%-])/u.test('They announced 4 initiatives, listed under Outcomes.'.replace(DATES, ' '))).toBe(true);
    expect(/(?<![\p{L}\d.,:/-])[0-9](?![\p{L}\d.,:/%-])/u.test('On November 1, 2024, they met.'.replace(DATES, ' '))).toBe(false);
  });
});
