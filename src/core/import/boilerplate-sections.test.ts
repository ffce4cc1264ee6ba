import { describe, expect, it } from 'vitest';
import { extractStatement } from '../extract/extract-statement';
import { htmlToStatementText } from './html-text';
import { importText } from './text-importer';

describe('boilerplate sections', () => {
  it('records Quick facts, links, contacts, social links and page details as spans, and nothing in them is extracted', () => {
    const text = [
      'Canada and Peru sign a fisheries arrangement',
      '',
      'Lima, Peru – The Honourable Jane Doe, Minister of Fisheries, met Peru’s Minister of Production, Luis Vega.',
      'The ministers signed an arrangement on fisheries science.',
      '',
      'Quick facts',
      '',
      'Canada condemned illegal fishing in 2019 and agreed to fund patrols.',
      '',
      'Associated links',
      'Canada-Peru relations',
      '',
      'Contacts',
      '',
      'John Smith, Press Secretary, Office of the Minister of Fisheries',
      '613-555-0100',
      '',
      'Stay connected',
      'Follow us on X and Facebook.',
      '',
      'Page details',
      'Date modified: 2025-01-01',
    ].join('\n');
    const statement = importText(text);
    const sections = (statement.boilerplate ?? []).map((s) => [s.kind, s.heading, text.slice(s.start, s.end).split('\n').at(-1)]);
    expect(sections).toEqual([
      ['quick-facts', 'Quick facts', 'Canada condemned illegal fishing in 2019 and agreed to fund patrols.'],
      ['links', 'Associated links', 'Canada-Peru relations'],
      ['contacts', 'Contacts', '613-555-0100'],
      ['social', 'Stay connected', 'Follow us on X and Facebook.'],
      ['page-details', 'Page details', 'Date modified: 2025-01-01'],
    ]);
    const structured = extractStatement(statement);
    expect(structured.participants.map((p) => p.name)).toEqual(['Jane Doe', 'Luis Vega']);
    expect(structured.condemnations).toEqual([]);
    expect(structured.initiatives.map((i) => i.text)).toEqual(['The ministers signed an arrangement on fisheries science.']);
  });

  it('knows the French headings and ignores prose that starts like a heading', () => {
    const text = 'Titre\n\nLe ministre a signé une entente.\n\nContacts with the ministry continued throughout the year and the ministers met twice.\n\nFaits en bref\n\nUn fait.\n\nLiens connexes\n\nPersonnes-ressources\n\nMarie Tremblay\nAttachée de presse';
    expect((importText(text).boilerplate ?? []).map((s) => s.kind)).toEqual(['quick-facts', 'links', 'contacts']);
  });

  it('finds them in an HTML page too (headings become their own paragraphs)', () => {
    const { text } = htmlToStatementText('<main><h1>T</h1><p>Body sentence here.</p><h2>Quick facts</h2><ul><li>A fact.</li></ul><section><h2>Page details</h2><dl><dt>Date modified:</dt><dd>2025-03-12</dd></dl></section></main>');
    expect((importText(text).boilerplate ?? []).map((s) => s.kind)).toEqual(['quick-facts', 'page-details']);
  });
});

describe('contact headings as releases word them', () => {
  it('finds "For more information, media may contact:" and « Les médias peuvent communiquer avec : »', () => {
    for (const heading of ['For more information, media may contact:', 'Members of the media may contact:', 'Les médias peuvent communiquer avec :']) {
      const statement = importText(`Title\n\nThe ministers met in Ottawa today and agreed to work together.\n\n${heading}\n\nJane Doe\nPress Secretary`);
      expect(statement.boilerplate?.map((section) => section.kind), heading).toEqual(['contacts']);
      expect(extractStatement(statement).participants.map((p) => p.name), heading).not.toContain('Jane Doe');
    }
  });
});

describe('a contact line that runs on after its label', () => {
  it('is the contacts section, and the person it names is not a participant', () => {
    for (const line of ['Inquiries: Joel Linnainmäki, Special Adviser to the Minister for Foreign Affairs, tel. +358 50 478 2587', 'Media enquiries: Jane Doe, Director of Communications, 613-555-0100', 'For more information: Jane Doe, Senior Adviser, Office of the Minister, jane.doe@example.gc.ca']) {
      const statement = importText(`Title\n\nForeign Minister Anna Berg met Foreign Minister Luis Vega of Chile today in Ottawa.\n\n${line}`);
      expect(statement.boilerplate?.map((section) => section.kind), line).toEqual(['contacts']);
      expect(extractStatement(statement).participants.map((p) => p.name), line).toEqual(['Anna Berg', 'Luis Vega']);
    }
  });

  it('is not a letterhead with a telephone number at the top of a release whose paragraphs are all short (Australian minister, 2002)', () => {
    const statement = importText(
      'Immigration Minister signs Afghan agreement.\n\nThe Hon Philip Ruddock MP Parliament House, Canberra ACT 2600 Minister for Immigration Telephone: (02) 6277 7860\n\nMPS 032/2002\n\nThe Minister for Immigration, Philip Ruddock, has signed an agreement with the Interim Administration of Afghanistan.\n\n“The agreement represents a mutual understanding,” Mr Ruddock said.\n\nSteve Ingram 0419 233 295 tel. 02 6277 7860',
    );
    expect(statement.boilerplate?.map((section) => [section.kind, statement.text.slice(section.start, section.start + 12)])).toEqual([['contacts', 'Steve Ingram']]);
    expect(extractStatement(statement).participants.map((p) => p.name)).toEqual(['Philip Ruddock']);
  });

  it('is not prose whose label only starts like a contact heading', () => {
    const statement = importText('Title\n\nThe ministers met in Ottawa today.\n\nContacts between the two navies have grown: ships visited each other’s ports four times this year and more visits are planned.');
    expect(statement.boilerplate).toEqual([]);
  });
});
