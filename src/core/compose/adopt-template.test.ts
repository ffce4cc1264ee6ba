import { describe, expect, it } from 'vitest';
import type { Template } from '../model/template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { adoptTemplate } from './adopt-template';
import { composeBriefing } from './compose-briefing';

const base: Template = { ...findBuiltInTemplate('briefing-note')!, id: 'mine', name: 'Mine' };

describe('adoptTemplate', () => {
  it('takes the edited template’s sections, headings and order but keeps the officer’s items and ticks', () => {
    const composed = composeBriefing(structuredFixture, base, { today: '2026-11-28' });
    const edited = {
      ...composed,
      sections: composed.sections.map((section) =>
        section.id === 'condemnations'
          ? { ...section, included: false, items: section.items.map((item, index) => (index === 0 ? { ...item, text: 'Edited by the officer' } : item)) }
          : section,
      ),
    };
    const template: Template = {
      ...base,
      sections: [
        { id: 'condemnations', kind: 'condemnations', heading: 'Concerns raised', layout: 'numbered' },
        ...base.sections.filter((section) => section.id !== 'condemnations' && section.id !== 'background'),
        { id: 'key-messages', kind: 'key-messages', heading: 'Key messages', layout: 'bullets', draft: '- Canada stands with {{ countries | last }}.' },
      ],
    };
    const adopted = adoptTemplate(edited, structuredFixture, template);
    expect(adopted.sections.map((section) => section.heading)).toEqual(['Concerns raised', 'Summary', 'Participants', 'Outcomes', 'Quotes', 'Next steps', 'Recommendation', 'Key messages']);
    const concerns = adopted.sections[0]!;
    expect(concerns).toMatchObject({ layout: 'numbered', included: false });
    expect(concerns.items[0]!.text).toBe('Edited by the officer');
    expect(adopted.sections.at(-1)!.items.map((item) => item.text)).toEqual(['Canada stands with Republic of Korea.']);
    expect(adopted.metadata).toBe(edited.metadata);
  });

  it('redrafts text the officer has not touched, and keeps what they edited, added or unticked', () => {
    const composed = composeBriefing(structuredFixture, base, { today: '2026-11-28' });
    const participants = composed.sections.find((section) => section.id === 'participants')!;
    const custom = { id: 'participants-custom-1', text: 'Ambassador Kim', originalText: '', attribution: '', included: true, source: null };
    const edited = {
      ...composed,
      sections: composed.sections.map((section) =>
        section.id === 'participants'
          ? { ...section, items: [{ ...participants.items[1]!, included: false }, { ...participants.items[0]!, text: 'Joly (edited)' }, ...participants.items.slice(2), custom] }
          : section,
      ),
    };
    const template: Template = {
      ...base,
      sections: base.sections.map((section) =>
        section.id === 'participants' ? { ...section, options: { showTitles: false, showCountries: false } } : section.id === 'summary' ? { ...section, draft: 'Ministers met in {{ meeting.location }}.' } : section,
      ),
    };
    const adopted = adoptTemplate(edited, structuredFixture, template);
    const lines = adopted.sections.find((section) => section.id === 'participants')!.items.map((item) => [item.text, item.included]);
    expect(lines).toEqual([
      ['Bill Blair', false],
      ['Joly (edited)', true],
      ['Cho Tae-yul', true],
      ['Ambassador Kim', true],
    ]);
    expect(adopted.sections.find((section) => section.id === 'summary')!.items.map((item) => item.text)).toEqual(['Ministers met in Ottawa.']);
  });

  it('drafts a section afresh when its kind changed under the same id', () => {
    const composed = composeBriefing(structuredFixture, base, { today: '2026-11-28' });
    const template: Template = { ...base, sections: [{ id: 'quotes', kind: 'participants', heading: 'Who', layout: 'bullets' }] };
    const adopted = adoptTemplate(composed, structuredFixture, template);
    expect(adopted.sections).toHaveLength(1);
    expect(adopted.sections[0]!.kind).toBe('participants');
    expect(adopted.sections[0]!.items[0]!.text).toContain('Mélanie Joly');
  });
});

describe('adoptTemplate: what counts as the officer’s', () => {
  it('redrafts an untouched line (even one saved without the drafted flag, or an empty extracted line), drops one the template no longer drafts, adds the new ones', () => {
    const composed = composeBriefing(structuredFixture, base, { today: '2026-11-28' });
    const byId = (briefing: typeof composed, id: string) => briefing.sections.find((section) => section.id === id)!;
    const participants = byId(composed, 'participants');
    const summary = byId(composed, 'summary');
    const edited = {
      ...composed,
      sections: composed.sections.map((section) => {
        if (section.id === 'participants') return { ...section, items: [{ ...participants.items[0]!, text: '', originalText: '' }, { ...participants.items[1]!, id: 'participants-9' }] };
        if (section.id === 'summary') return { ...section, items: [{ ...summary.items[0]!, text: 'An old draft.', originalText: 'An old draft.', drafted: undefined }] };
        return section;
      }),
    };
    const adopted = adoptTemplate(edited, structuredFixture, base);
    expect(byId(adopted, 'participants').items.map((item) => item.id)).toEqual(['participants-0', 'participants-1', 'participants-2']);
    expect(byId(adopted, 'participants').items).toEqual(participants.items);
    expect(byId(adopted, 'summary').items).toEqual(summary.items);
  });
});

describe('adoptTemplate: an empty line the officer added', () => {
  it('is kept as theirs', () => {
    const composed = composeBriefing(structuredFixture, base, { today: '2026-11-28' });
    const blank = { id: 'participants-custom-2', text: '', originalText: '', attribution: '', included: true, source: null };
    const edited = { ...composed, sections: composed.sections.map((section) => (section.id === 'participants' ? { ...section, items: [...section.items, blank] } : section)) };
    const adopted = adoptTemplate(edited, structuredFixture, base);
    expect(adopted.sections.find((section) => section.id === 'participants')!.items.at(-1)).toBe(blank);
    expect(adopted).toEqual(edited);
  });
});
