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

  it('refuses a runaway range and a memory bomb by the memory limit (SNIPPET_LIMITS.memoryLimit)', () => {
    expect(() => renderSnippet('{% for i in (1..100000000) %}{{ i }}{% endfor %}', structuredFixture, 'en', 'section x')).toThrow(
      'section x: the text snippet could not be rendered: memory alloc limit exceeded',
    );
    const bomb = '{% assign a = "1,2,3" | split: "," %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}{{ a.size }}';
    expect(() => renderSnippet(bomb, structuredFixture, 'en', 'section x')).toThrow('section x: the text snippet could not be rendered: memory alloc limit exceeded');
  });

  it('refuses a CPU-bound loop that allocates almost nothing by the render-time limit (SNIPPET_LIMITS.renderLimit), not the memory limit', () => {
    // Five nested loops over a 30-item array: 24 million iterations, no range and no string built, so
    // the memory limit never trips (the array's split charges a few bytes); only the 2 s render limit
    // stops it. Without that limit it runs for tens of seconds and then renders "done".
    const items = Array.from({ length: 30 }, (_, i) => i).join(',');
    const loop = (depth: number) => '{% for x in a %}'.repeat(depth) + '{% endfor %}'.repeat(depth);
    const spin = (depth: number) => `{% assign a = "${items}" | split: "," %}${loop(depth)}done`;
    // The same loop, two levels deep (900 iterations), renders: the snippet itself is valid.
    expect(renderSnippet(spin(2), structuredFixture, 'en', 'section x')).toEqual(['done']);
    const refusal = (() => {
      try {
        renderSnippet(spin(5), structuredFixture, 'en', 'section x');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(SnippetError);
    // liquidjs adds where it stopped (", line:1, col:…"), which depends on how far the loop got.
    expect((refusal as SnippetError).message).toMatch(/^section x: the text snippet could not be rendered: template render limit exceeded, line:1, col:\d+$/);
    expect((refusal as SnippetError).userMessage?.code).toBe('snippet.renderFailed');
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
