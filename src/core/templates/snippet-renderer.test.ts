import { describe, expect, it } from 'vitest';
import { structuredFixture } from '../testing/structured-fixture';
import { parseSnippet, renderSnippet, SnippetError } from './snippet-renderer';

describe('template text snippets (Liquid)', () => {
  it('drafts text from the statement with the note language’s dates and lists', () => {
    const en = renderSnippet('On {{ meeting.date | long_date }}, {{ participant_names | list }} met in {{ meeting.location }}.', structuredFixture, 'en', 'test');
    expect(en).toEqual(['On November 1, 2024, Mélanie Joly, Bill Blair and Cho Tae-yul met in Ottawa.']);
    const fr = renderSnippet('Le {{ meeting.date | long_date }}, {{ participant_names | list }} se sont réunis.', structuredFixture, 'fr', 'test');
    expect(fr).toEqual(['Le 1er novembre 2024, Mélanie Joly, Bill Blair et Cho Tae-yul se sont réunis.']);
    expect(renderSnippet('{{ meeting.date | date: "%B %-d, %Y" }}', structuredFixture, 'en', 'test')).toEqual(['November 1, 2024']);
    expect(renderSnippet('{{ countries | in_sentence | list | upcase_first }}', structuredFixture, 'en', 'test')).toEqual(['Canada and the Republic of Korea']);
  });

  it('drafts one item per output line', () => {
    expect(renderSnippet('{% for i in initiatives %}- {{ i.text }}\n{% endfor %}- [Add more.]', structuredFixture, 'en', 'test')).toEqual([
      structuredFixture.initiatives[0]!.text,
      '[Add more.]',
    ]);
  });

  it('stops a runaway loop and a memory bomb instead of hanging', () => {
    const started = Date.now();
    expect(() => renderSnippet('{% for i in (1..100000000) %}{{ i }}{% endfor %}', structuredFixture, 'en', 'section x')).toThrow(SnippetError);
    expect(Date.now() - started).toBeLessThan(10_000);
    const bomb = '{% assign a = "1,2,3" | split: "," %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}{{ a.size }}';
    expect(() => renderSnippet(bomb, structuredFixture, 'en', 'section x')).toThrow(/could not be rendered/);
  });

  it('refuses oversized and malformed snippets with a message naming the section', () => {
    expect(() => parseSnippet('x'.repeat(30_000), 'en', 'section "summary"')).toThrow(/section "summary": the text snippet is not valid Liquid/);
    expect(() => parseSnippet('{% if meeting.date %}never closed', 'en', 'section "summary"')).toThrow(/not valid Liquid/);
  });

  it('cannot read files: includes and renders find nothing', () => {
    expect(() => renderSnippet("{% include '/etc/passwd' %}", structuredFixture, 'en', 'x')).toThrow(SnippetError);
    expect(() => renderSnippet("{% render '../../package.json' %}", structuredFixture, 'en', 'x')).toThrow(SnippetError);
  });

  it('exposes own data only', () => {
    expect(renderSnippet('[{{ meeting.constructor }}][{{ participants.first.__proto__ }}]', structuredFixture, 'en', 'x')).toEqual(['[][]']);
  });
});

describe('section headings in snippets', () => {
  it('point to a section by the heading this template gives it, and to nothing when it has none', () => {
    const structured = structuredFixture;
    const source = '{% if headings.initiatives %}See {{ headings.initiatives }}.{% else %}No outcomes section.{% endif %}';
    expect(renderSnippet(source, structured, 'en', 'test', { initiatives: 'Agreed' })).toEqual(['See Agreed.']);
    expect(renderSnippet(source, structured, 'en', 'test')).toEqual(['No outcomes section.']);
  });
});
