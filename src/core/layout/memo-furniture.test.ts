import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { findDraftPlaceholders } from '../compose/draft-placeholders';
import type { Briefing, BriefingMetadata } from '../model/briefing';
import type { Block } from '../model/doc-model';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { applyTemplate } from './apply-template';
import { keepWithNextFlags } from './pagination-rules';
import { resolvePlaceholder } from '../templates/word-template-fields';
import { memoOfficerFixture } from '../testing/memo-officer-fixture';

const NBSP = '\u00a0';
const english = findBuiltInTemplate('briefing-note')!;
const french = findBuiltInTemplate('note-information')!;

const officer: Partial<BriefingMetadata> = {
  ...memoOfficerFixture,
};

function note(template: typeof english, change: Partial<BriefingMetadata>): Briefing {
  const structured = template.language === 'fr' ? { ...structuredFixture, language: 'fr' as const } : structuredFixture;
  const briefing = composeBriefing(structured, template, { today: '2026-12-02' });
  return { ...briefing, metadata: { ...briefing.metadata, ...change } };
}

const texts = (block: Block | undefined): string => {
  if (!block) return '';
  if (block.kind === 'paragraph') return block.runs.map((run) => run.text).join('');
  if (block.kind === 'table') return block.rows.map((row) => row.join(' | ')).join('\n');
  if (block.kind === 'title') return `${block.label ?? ''} ${block.text}`;
  return 'text' in block ? block.text : '';
};
const headings = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
const approval = (blocks: readonly Block[]) => blocks.find((b) => b.kind === 'table' && b.role === 'approval');

describe('GC memo furniture (issue 13 item 5)', () => {
  it('an English information note: MEMORANDUM TO, FOR INFORMATION, FROM, SUBJECT; no recommendation, no approval block', () => {
    const doc = applyTemplate(note(english, officer), english);
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', role: 'memo-addressee', runs: [{ text: 'MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS', bold: true }] });
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', role: 'memo-purpose', runs: [{ text: 'FOR INFORMATION', bold: true }] });
    expect(doc.blocks[2]).toMatchObject({ kind: 'table', role: 'memo', rows: [['FROM:', 'Assistant Deputy Minister, Asia Pacific'], ['DATE:', 'December 2, 2026'], expect.anything(), expect.anything()] });
    expect(doc.blocks[3]).toMatchObject({ kind: 'title', label: 'SUBJECT:', text: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting' });
    expect(headings(doc.blocks)).not.toContain('Recommendation');
    expect(approval(doc.blocks)).toBeUndefined();
    expect(texts(doc.blocks.at(-2))).toBe('Prepared by: Jane Doe, Senior Policy Analyst, 613-555-0100');
    expect(texts(doc.blocks.at(-1))).toBe('Approved by: John Smith, Director General');
  });

  it('an English decision note: FOR DECISION, a Recommendation section, then the approval block before the prepared-by block', () => {
    const doc = applyTemplate(note(english, { ...officer, purpose: 'decision' }), english);
    expect(texts(doc.blocks[1])).toBe('FOR DECISION');
    expect(headings(doc.blocks).at(-1)).toBe('Recommendation');
    const block = approval(doc.blocks)!;
    expect(block).toMatchObject({
      columnWidths: [0.55, 0.45],
      header: null,
      rows: [['\u25a1 Approved', '\u25a1 Not approved'], [NBSP, NBSP], [expect.stringMatching(/^_{20,}$/), expect.stringMatching(/^_{10,}$/)], ['The Minister of Foreign Affairs', 'Date']],
    });
    const at = doc.blocks.indexOf(block);
    expect(doc.blocks[at - 1]).toMatchObject({ kind: 'paragraph', runs: [{ text: '[Add the recommendation: that you approve …]' }] });
    expect(doc.blocks[at + 1]).toMatchObject({ kind: 'paragraph', role: 'closing' });
    // The recommendation's last paragraph, the approval block and the prepared-by block stay on one page.
    const keep = keepWithNextFlags(doc.blocks);
    expect([keep[at - 1], keep[at]]).toEqual([true, true]);
  });

  it('a French decision note: NOTE À, POUR DÉCISION, DE, OBJET, RECOMMANDATION, Approuvé / Non approuvé, dates « le 2 décembre 2026 »', () => {
    const doc = applyTemplate(note(french, { ...officer, to: 'la ministre des Affaires étrangères', from: 'Sous-ministre adjoint, Asie-Pacifique', preparedByTitle: 'Analyste principale', purpose: 'decision' }), french);
    expect(texts(doc.blocks[0])).toBe('NOTE À LA MINISTRE DES AFFAIRES ÉTRANGÈRES');
    expect(texts(doc.blocks[1])).toBe('POUR DÉCISION');
    expect(doc.blocks[2]).toMatchObject({ role: 'memo', rows: [[`DE${NBSP}:`, 'Sous-ministre adjoint, Asie-Pacifique'], [`DATE${NBSP}:`, 'le 2 décembre 2026'], expect.anything(), expect.anything()] });
    expect(doc.blocks[3]).toMatchObject({ kind: 'title', label: `OBJET${NBSP}:` });
    expect(headings(doc.blocks).at(-1)).toBe('Recommandation');
    expect(approval(doc.blocks)).toMatchObject({ rows: [['\u25a1 Approuvé', '\u25a1 Non approuvé'], expect.anything(), expect.anything(), ['La ministre des Affaires étrangères', 'Date']] });
    expect(texts(doc.blocks.at(-2))).toBe(`Préparée par${NBSP}: Jane Doe, Analyste principale, 613-555-0100`);
    expect(texts(doc.blocks.at(-1))).toBe(`Approuvée par${NBSP}: John Smith, Director General`);
  });

  it('a French information note without officer details: POUR INFORMATION alone heads it, no FROM line, no Recommandation', () => {
    const doc = applyTemplate(note(french, {}), french);
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', role: 'memo-purpose', runs: [{ text: 'POUR INFORMATION', bold: true }] });
    expect(doc.blocks[1]).toMatchObject({ kind: 'table', role: 'memo' });
    expect(texts(doc.blocks[1])).not.toContain('DE\u00a0:');
    expect(headings(doc.blocks)).not.toContain('Recommandation');
    expect(approval(doc.blocks)).toBeUndefined();
    expect(texts(doc.blocks.at(-1))).toBe(`Préparée par${NBSP}: ____________________`);
  });

  it('the recommendation placeholder counts only on a decision note, where it prints', () => {
    const information = findDraftPlaceholders(note(english, {}));
    const decision = findDraftPlaceholders(note(english, { purpose: 'decision' }));
    expect(information.map((placeholder) => placeholder.sectionId)).not.toContain('recommendation');
    expect(decision.map((placeholder) => placeholder.sectionId)).toContain('recommendation');
  });

  it('a template without memo furniture keeps its heading block and ignores the decision-only parts', () => {
    const plain = { ...english, furniture: { ...english.furniture, memo: false } };
    const doc = applyTemplate(note(plain, { ...officer, purpose: 'decision' }), plain);
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: 'BRIEFING NOTE', bold: true }, { text: ' — For decision' }] });
    expect(doc.blocks[1]).toEqual({ kind: 'title', text: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting' });
    expect(doc.blocks[2]).toMatchObject({ rows: [['To', 'the Minister of Foreign Affairs'], ['From', 'Assistant Deputy Minister, Asia Pacific'], ['Date', 'December 2, 2026'], expect.anything(), expect.anything()] });
    expect(approval(doc.blocks)).toBeUndefined();
  });

  it('a new note starts with the officer details remembered from the last one; empty ones leave the template default', () => {
    const composed = composeBriefing(structuredFixture, english, { today: '2026-12-02', officer: { preparedBy: 'Jane Doe', preparedByPhone: '613-555-0100', approvedBy: ' ', from: 'ADM, Asia Pacific' } });
    expect(composed.metadata).toMatchObject({ preparedBy: 'Jane Doe', preparedByPhone: '613-555-0100', from: 'ADM, Asia Pacific' });
    expect(composed.metadata.approvedBy).toBeUndefined();
    expect(composed.metadata.to).toBeUndefined();
  });

  it('Word templates name the officer details too: {{prepared-by-title}}, {{prepared-by-phone}}, {{approved-by-title}}', () => {
    const briefing = note(english, officer);
    const value = (key: string) => {
      const target = resolvePlaceholder(key);
      return target?.kind === 'field' ? target.field.value({ briefing, template: english }) : null;
    };
    expect([value('prepared-by-title'), value('prepared-by-phone'), value('approved-by-title'), value('to')]).toEqual(['Senior Policy Analyst', '613-555-0100', 'Director General', 'the Minister of Foreign Affairs']);
    expect(value('prepared-by-phone')).not.toBeNull();
    expect(resolvePlaceholder('approved-by-title')).not.toBeNull();
  });
});

