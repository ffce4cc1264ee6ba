import { describe, expect, it } from 'vitest';
import { structuredFixture } from '../testing/structured-fixture';
import type { StructuredStatement } from '../model/structured-statement';
import { findBuiltInTemplate } from '../templates/template-loader';
import { composeBriefing } from './compose-briefing';
import { condemnedTargets, eventKind } from './drafting-facts';
import { isBackgroundSentence, oneSectionPerSentence } from './sentence-sections';
import type { BriefingItem, BriefingSection } from '../model/briefing';
import type { Template } from '../model/template';

const drafted = (structured: StructuredStatement, templateId: string, sectionId: string) =>
  composeBriefing(structured, findBuiltInTemplate(templateId)!, { today: '2026-12-02' }).sections.find((section) => section.id === sectionId)!.items.map((item) => item.text);

const french: StructuredStatement = {
  language: 'fr',
  meeting: { title: 'Le Canada et le Mexique renforcent leur coopération', date: '2025-03-04', location: 'Mexico City', kind: 'readout' },
  participants: [
    { name: 'Mélanie Joly', title: 'ministre des Affaires étrangères', country: 'Canada', source: { start: 0, end: 10 } },
    { name: 'Juan Ramón de la Fuente', title: 'secrétaire des Relations extérieures', country: 'Mexico', source: { start: 20, end: 30 } },
  ],
  quotes: [],
  condemnations: [
    { text: 'Les ministres ont condamné les attaques de la Russie contre l’Ukraine.', targets: ['Russia', 'Ukraine', 'les attaques'], source: { start: 100, end: 170 } },
  ],
  initiatives: [
    { text: 'Les ministres ont convenu de lancer un dialogue annuel sur la sécurité alimentaire.', source: { start: 200, end: 280 } },
    { text: 'Les ministres ont convenu de créer un groupe de travail sur les minéraux critiques.', source: { start: 300, end: 380 } },
    { text: 'Cette rencontre s’appuie sur la visite de la ministre Joly au Mexique l’an dernier.', source: { start: 400, end: 480 } },
  ],
};

describe('drafting from facts (issue 13)', () => {
  it('drafts the English summary from who, what, where, when, the condemned and the count agreed, never the page title', () => {
    expect(drafted(structuredFixture, 'briefing-note', 'summary')).toEqual([
      'On November 1, 2024, Mélanie Joly (Minister of Foreign Affairs, Canada), Bill Blair (Minister of National Defence, Canada) and Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea) met in Ottawa. Canada and the Republic of Korea condemned the actions of North Korea and Russia. Canada and the Republic of Korea agreed on one initiative.',
    ]);
  });

  it('drafts French with contractions, French country names and the place as French writes it', () => {
    expect(drafted(french, 'note-information', 'resume')).toEqual([
      'Le 4 mars 2025, Mélanie Joly (ministre des Affaires étrangères, Canada) et Juan Ramón de la Fuente (secrétaire des Relations extérieures, Mexique) se sont réunis à Mexico. Le Canada et le Mexique ont condamné les agissements de la Russie. Le Canada et le Mexique se sont entendus sur deux initiatives.',
    ]);
    expect(drafted(french, 'note-information', 'participants')).toEqual([
      'Mélanie Joly, ministre des Affaires étrangères (Canada)',
      'Juan Ramón de la Fuente, secrétaire des Relations extérieures (Mexique)',
    ]);
  });

  it('files a background sentence under Background, never as an outcome or a key message', () => {
    expect(isBackgroundSentence('This builds on Minister Joly’s visit to Seoul in April.')).toBe(true);
    expect(isBackgroundSentence('Last year, the two countries launched a dialogue.')).toBe(true);
    expect(isBackgroundSentence('The ministers agreed to launch a dialogue.')).toBe(false);
    const background = french.initiatives[2]!.text;
    expect(drafted(french, 'note-information', 'resultats')).not.toContain(background);
    expect(drafted(french, 'note-information', 'contexte')).toEqual([background, '[Ajouter le contexte : rencontres précédentes, état de la relation, enjeux actuels.]']);
    expect(drafted(french, 'lignes-medias', 'messages-cles').join('\n')).not.toContain(background);
  });

  it('keeps each sentence in one section, by the documented priority', () => {
    const both: StructuredStatement = {
      ...structuredFixture,
      initiatives: [...structuredFixture.initiatives, { text: structuredFixture.condemnations[0]!.text, source: structuredFixture.condemnations[0]!.source }],
    };
    const briefing = composeBriefing(both, findBuiltInTemplate('briefing-note')!, { today: '2026-12-02' });
    const texts = (id: string) => briefing.sections.find((section) => section.id === id)!.items.map((item) => item.text);
    expect(texts('condemnations')).toContain(structuredFixture.condemnations[0]!.text);
    expect(texts('initiatives')).not.toContain(structuredFixture.condemnations[0]!.text);
  });

  it('names the condemned, not the bodies invoked or the victims', () => {
    const condemnations = [{ text: 'Canada condemns North Korea’s launch of a missile over Japan, in violation of United Nations resolutions.', targets: ['North Korea', 'Japan', 'United Nations'], source: { start: 0, end: 90 } }];
    expect(condemnedTargets(condemnations, [], 'en')).toEqual({ parties: ['North Korea'], acts: [] });
    expect(condemnedTargets(condemnations, [], 'fr')).toEqual({ parties: ['la Corée du Nord'], acts: [] });
  });

  it('media lines: no quotation cut short as a key message, one "if pressed" line per set of parties in any order', () => {
    const structured: StructuredStatement = {
      ...structuredFixture,
      condemnations: [
        { text: 'They call on Russia and North Korea to stop their military cooperation.', targets: ['Russia', 'North Korea'], source: { start: 1200, end: 1290 } },
        { text: 'They condemned the arms deals between North Korea and Russia.', targets: ['North Korea', 'Russia'], source: { start: 1300, end: 1380 } },
      ],
    };
    const keyMessages = drafted(structured, 'media-lines', 'key-messages');
    expect(keyMessages.some((line) => line.includes('…'))).toBe(false);
    expect(keyMessages[0]).toBe('Canada condemns the actions of Russia and North Korea.');
    expect(drafted(structured, 'media-lines', 'if-pressed')).toEqual([
      'If pressed on Russia and North Korea: They call on Russia and North Korea to stop their military cooperation. They condemned the arms deals between North Korea and Russia.',
      'If pressed on anything else: [add the approved line.]',
    ]);
  });

  it('tells a call, a visit, a joint statement and a statement apart', () => {
    const base = { ...structuredFixture, participants: structuredFixture.participants.slice(0, 2) };
    expect(eventKind({ ...base, meeting: { ...base.meeting, title: 'Minister Joly speaks with Japan’s Foreign Minister', kind: 'readout' } })).toBe('call');
    expect(eventKind({ ...base, meeting: { ...base.meeting, title: 'NATO Secretary General visits Iceland', kind: 'news-release' } })).toBe('visit');
    expect(eventKind({ ...base, meeting: { ...base.meeting, title: 'Joint statement on Belarus', kind: 'joint-statement' } })).toBe('joint-statement');
    expect(eventKind({ ...base, participants: [], meeting: { ...base.meeting, title: 'Statement on North Korea', kind: 'statement' } })).toBe('statement');
  });

  it('keeps the note’s date (today) apart from the meeting’s date and place', () => {
    const { metadata } = composeBriefing(french, findBuiltInTemplate('note-information')!, { today: '2026-12-02' });
    expect(metadata.date).toBe('2026-12-02');
    expect(metadata.meetingDate).toBe('2025-03-04');
    expect(metadata.meetingPlace).toBe('Mexico');
  });
});

describe('the condemned as named', () => {
  it('leaves out a country named only as the place: « dans la ville libyenne de Syrte »', () => {
    const condemnations = [{ text: 'Nous condamnons les actes barbares perpétrés par les terroristes dans la ville libyenne de Syrte.', targets: ['Libya'], source: { start: 0, end: 90 } }];
    expect(condemnedTargets(condemnations, [], 'fr')).toEqual({ parties: [], acts: [] });
  });
});

describe('one section per sentence', () => {
  const at = (start: number, end: number) => ({ start, end });
  const extracted = (id: string, text: string, source: { start: number; end: number } | null) => ({ id, text, originalText: text, attribution: '', included: true, source });
  const section = (id: string, kind: BriefingSection['kind'], items: BriefingItem[]): BriefingSection => ({ id, kind, heading: id, layout: 'bullets', included: true, items });
  const template = (options: Record<string, { repeatSentences?: boolean }> = {}): Template => ({
    ...findBuiltInTemplate('briefing-note')!,
    sections: Object.entries(options).map(([id, opts]) => ({ id, kind: 'initiatives', heading: id, layout: 'bullets', options: opts })),
  });
  const ids = (sections: BriefingSection[]) => sections.map((s) => [s.id, s.items.map((i) => i.id)]);
  const quote = 'Canada and Korea share a common vision for the region.';
  const structured: StructuredStatement = { ...structuredFixture, quotes: [{ speaker: 'Joly', text: quote, source: at(100, 150) }], condemnations: [], initiatives: [] };

  it('keeps a sentence in the section of highest priority, whatever the template order; participants are never dropped', () => {
    const sections = [
      section('next', 'next-steps', [extracted('next-0', 'n', at(100, 150))]),
      section('summary', 'summary', [extracted('summary-0', 's', at(100, 150))]),
      section('messages', 'key-messages', [extracted('messages-0', 'm', at(100, 150))]),
      section('initiatives', 'initiatives', [extracted('initiatives-0', 'i', at(100, 150))]),
      section('condemnations', 'condemnations', [extracted('condemnations-0', 'c', at(100, 150))]),
      section('background', 'background', [extracted('background-0', 'b', at(100, 150))]),
      section('quotes', 'quotes', [extracted('quotes-0', 'q', at(100, 150))]),
      section('participants', 'participants', [extracted('participants-0', 'p', at(100, 150))]),
    ];
    const kept = (order: string[]) => ids(oneSectionPerSentence(sections.filter((s) => order.includes(s.id)), structured, template()));
    expect(kept(['next', 'summary', 'messages', 'initiatives', 'condemnations', 'background', 'quotes', 'participants'])).toEqual([
      ['next', []], ['summary', []], ['messages', []], ['initiatives', []], ['condemnations', []], ['background', []], ['quotes', ['quotes-0']], ['participants', ['participants-0']],
    ]);
    expect(kept(['next', 'summary', 'messages', 'initiatives', 'condemnations', 'background'])).toContainEqual(['background', ['background-0']]);
    expect(kept(['next', 'summary', 'messages', 'initiatives', 'condemnations'])).toContainEqual(['condemnations', ['condemnations-0']]);
    expect(kept(['next', 'summary', 'messages', 'initiatives'])).toContainEqual(['initiatives', ['initiatives-0']]);
    expect(kept(['next', 'summary', 'messages'])).toEqual([['next', []], ['summary', []], ['messages', ['messages-0']]]);
    // Same priority: the template's order decides.
    expect(kept(['next', 'summary'])).toEqual([['next', ['next-0']], ['summary', []]]);
  });

  it('finds the sentence a drafted line quotes whatever its case, quotation marks and spaces', () => {
    const drafted = { ...extracted('messages-0', `“CANADA and\u00a0Korea share a common vision   for the ‘region’.” `, null), drafted: true };
    const other = { ...extracted('messages-1', 'Canada stands with Korea.', null), drafted: true };
    const sections = [section('messages', 'key-messages', [drafted, other]), section('quotes', 'quotes', [extracted('quotes-0', quote, at(100, 150))])];
    expect(ids(oneSectionPerSentence(sections, structured, template()))).toEqual([['messages', ['messages-1']], ['quotes', ['quotes-0']]]);
  });

  it('finds a statement sentence that came with spaces around it', () => {
    const spaced: StructuredStatement = { ...structured, quotes: [{ speaker: 'Joly', text: `  ${quote}  `, source: at(100, 150) }] };
    const sections = [section('m', 'key-messages', [{ ...extracted('m-0', quote, null), drafted: true }]), section('q', 'quotes', [extracted('q-0', 'q', at(100, 150))])];
    expect(ids(oneSectionPerSentence(sections, spaced, template()))).toEqual([['m', []], ['q', ['q-0']]]);
  });

  it('matches statement sentences of 20 characters or more only', () => {
    const short: StructuredStatement = { ...structured, quotes: [{ speaker: 'Joly', text: 'Twenty characters ok', source: at(10, 30) }, { speaker: 'Joly', text: 'Nineteen characters', source: at(40, 59) }] };
    const lines = [{ ...extracted('m-0', 'Twenty characters ok', null), drafted: true }, { ...extracted('m-1', 'Nineteen characters', null), drafted: true }];
    const sections = [section('m', 'key-messages', lines), section('q', 'quotes', [extracted('q-0', 'x', at(10, 30)), extracted('q-1', 'y', at(40, 59))])];
    expect(ids(oneSectionPerSentence(sections, short, template()))).toEqual([['m', ['m-1']], ['q', ['q-0', 'q-1']]]);
  });

  it('spans that only touch do not overlap; an empty span inside another does', () => {
    const sections = [
      section('q', 'quotes', [extracted('q-0', 'a', at(100, 150)), extracted('q-1', 'e', at(200, 200))]),
      section('c', 'condemnations', [extracted('c-0', 'b', at(150, 160)), extracted('c-1', 'c', at(90, 100)), extracted('c-2', 'd', at(149, 149)), extracted('c-3', 'f', at(200, 200)), extracted('c-4', 'g', at(199, 201))]),
    ];
    expect(ids(oneSectionPerSentence(sections, structured, template()))).toEqual([['q', ['q-0', 'q-1']], ['c', ['c-0', 'c-1']]]);
  });

  it('a section that repeats sentences keeps them all, and still claims them', () => {
    const sections = [
      section('q', 'quotes', [extracted('q-0', 'a', at(100, 150))]),
      section('i', 'initiatives', [extracted('i-0', 'b', at(100, 150)), extracted('i-1', 'c', at(300, 350))]),
      section('n', 'next-steps', [extracted('n-0', 'd', at(300, 350))]),
    ];
    expect(ids(oneSectionPerSentence(sections, structured, template({ i: { repeatSentences: true }, n: { repeatSentences: false } })))).toEqual([['q', ['q-0']], ['i', ['i-0', 'i-1']], ['n', []]]);
  });
});
