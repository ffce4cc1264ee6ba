import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingItem, BriefingSection } from '../../../core/model/briefing';
import * as edits from './draft-edits';
import { changedPlace } from './undo-focus';

const item = (id: string, text = id): BriefingItem => ({ id, text, originalText: text, attribution: '', included: true, source: null });
const section = (id: string, items: BriefingItem[]): BriefingSection => ({ id, kind: 'quotes', heading: id, layout: 'bullets', included: true, items });
const briefing: Briefing = {
  templateId: 't',
  language: 'en',
  metadata: { title: 'T', date: '2026-01-01', classification: 'UNCLASSIFIED', purpose: 'information', fileNumber: '', preparedBy: '', sourceComments: false },
  sections: [section('a', [item('a1'), item('a2'), item('a3')]), section('b', [item('b1')])],
};

describe('changedPlace', () => {
  it('names the item whose text, tick or speaker changed', () => {
    expect(changedPlace(briefing, edits.setItemText(briefing, 'a', 'a2', 'new'))).toEqual({ sectionId: 'a', itemId: 'a2', field: 'text' });
    expect(changedPlace(briefing, edits.setItemIncluded(briefing, 'b', 'b1', false))).toEqual({ sectionId: 'b', itemId: 'b1', field: 'included' });
    expect(changedPlace(briefing, edits.setItemAttribution(briefing, 'a', 'a3', 'X'))).toEqual({ sectionId: 'a', itemId: 'a3', field: 'attribution' });
  });

  it('names an item that came back, and the section of one that went away', () => {
    const without = edits.removeItem(briefing, 'a', 'a2');
    expect(changedPlace(without, briefing)).toEqual({ sectionId: 'a', itemId: 'a2', field: 'text' });
    expect(changedPlace(briefing, without)).toEqual({ sectionId: 'a', itemId: null, field: 'section' });
  });

  it('names the item or section that moved, and a section whose tick changed', () => {
    expect(changedPlace(briefing, edits.moveItem(briefing, 'a', 0, 2))).toEqual({ sectionId: 'a', itemId: 'a1', field: 'text' });
    expect(changedPlace(briefing, edits.moveSection(briefing, 1, 0))).toMatchObject({ itemId: null, field: 'section' });
    expect(changedPlace(briefing, edits.setSectionIncluded(briefing, 'b', false))).toEqual({ sectionId: 'b', itemId: null, field: 'section' });
  });

  it('names nothing when only the note details changed or nothing did', () => {
    expect(changedPlace(briefing, edits.setMetadata(briefing, { title: 'Other' }))).toBeNull();
    expect(changedPlace(briefing, briefing)).toBeNull();
    expect(changedPlace(null, briefing)).toBeNull();
  });
});
