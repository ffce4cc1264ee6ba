import { describe, expect, it, vi } from 'vitest';
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

/** One snippet rendered to its single line, filters shown between brackets so an empty result shows. */
const line = (source: string, language: 'en' | 'fr' = 'en') => renderSnippet(source, structuredFixture, language, 'x');

describe('the filters snippets can use', () => {
  it('list joins a list with the note language’s "and", takes a single value as a list of one and nothing as none', () => {
    expect(line('[{{ targets | list }}][{{ "a" | list }}][{{ "" | list }}][{{ nothing | list }}][{{ 5 | list }}]')).toEqual(['[North Korea and Russia][a][][][5]']);
    expect(line('[{{ targets | list }}]', 'fr')).toEqual(['[North Korea et Russia]']);
  });

  it('long_date formats a date string and leaves anything else empty', () => {
    expect(line('[{{ 5 | long_date }}][{{ "2024-11-01" | long_date }}]')).toEqual(['[][November 1, 2024]']);
  });

  it('in_words and count write small numbers in words and put the noun in the number it takes', () => {
    expect(line('[{{ 3 | in_words }}][{{ "3" | in_words }}][{{ 12 | in_words }}]', 'fr')).toEqual(['[trois][trois][12]']);
    expect(line('[{{ 3 | count: "initiative" }}][{{ 2 | count: "child", "children" }}][{{ 1 | count: "child", "children" }}][{{ 2 | count }}]')).toEqual([
      '[three initiatives][two children][one child][two s]',
    ]);
    expect(line('[{{ 1 | count: "initiative" }}][{{ 2 | count: "engagement" }}]', 'fr')).toEqual(['[une initiative][deux engagements]']);
  });

  it('of and to put the preposition before each item in French and once in English; nothing gives nothing in French', () => {
    expect(line('[{{ targets | of }}][{{ targets | to }}][{{ "Russia" | of }}]')).toEqual(['[of North Korea and Russia][to North Korea and Russia][of Russia]']);
    expect(line('[{{ targets | country | of }}][{{ targets | country | to }}][{{ "les États-Unis" | to }}]', 'fr')).toEqual([
      '[de la Corée du Nord et de la Russie][à la Corée du Nord et à la Russie][aux États-Unis]',
    ]);
    const noPlace = { ...structuredFixture, meeting: { ...structuredFixture.meeting, location: null } };
    expect(renderSnippet('[{{ "" | of }}][{{ meeting.location | of }}][{{ nothing | to }}]', noPlace, 'fr', 'x')).toEqual(['[][][]']);
  });

  it('country gives a name with its article in the note’s language: a list for a list, one name for one', () => {
    expect(line('[{{ targets | country | join: "/" }}][{{ "Republic of Korea" | country }}][{{ nothing | country }}][{{ targets | country | size }}]', 'fr')).toEqual([
      '[la Corée du Nord/la Russie][la République de Corée][][2]',
    ]);
  });

  it('in_country says "in" a country in the note’s language, and nothing for an empty or non-text value', () => {
    expect(line('[{{ "Republic of Korea" | in_country }}][{{ "" | in_country }}][{{ 5 | in_country }}]', 'fr')).toEqual(['[en République de Corée][][]']);
    expect(line('[{{ "Republic of Korea" | in_country }}]')).toEqual(['[in the Republic of Korea]']);
  });

  it('contract contracts French articles only in a French note', () => {
    expect(line('[{{ "de le Canada" | contract }}][{{ nothing | contract }}]', 'fr')).toEqual(['[du Canada][]']);
    expect(line('[{{ "de le Canada" | contract }}][{{ nothing | contract }}]')).toEqual(['[de le Canada][]']);
  });

  it('upcase_first capitalises the first letter and leaves the rest as it is', () => {
    expect(line('[{{ "the republic of Korea" | upcase_first }}][{{ "éTÉ" | upcase_first }}][{{ nothing | upcase_first }}]')).toEqual(['[The republic of Korea][ÉTÉ][]']);
  });

  it('in_sentence gives a country as it reads inside a sentence, one or a list', () => {
    expect(line('[{{ "Republic of Korea" | in_sentence }}][{{ countries | in_sentence | join: "/" }}][{{ nothing | in_sentence }}]')).toEqual([
      '[the Republic of Korea][Canada/the Republic of Korea][]',
    ]);
  });

  it('dates in the note’s language (the engine’s locale)', () => {
    expect(line('{{ meeting.date | date: "%B %A" }}', 'fr')).toEqual(['novembre vendredi']);
    expect(line('{{ meeting.date | date: "%B %A" }}')).toEqual(['November Friday']);
  });

  it('refuses an unknown filter when the snippet is parsed, with the engine’s one-line reason', () => {
    expect(() => parseSnippet('{{ meeting.date | nofilter }}', 'en', 'section "summary"')).toThrow(
      /^section "summary": the text snippet is not valid Liquid: undefined filter: nofilter, line:1, col:1$/,
    );
  });
});

describe('what a snippet can refer to', () => {
  it('the participants, their countries and the condemned once each, the condemnations, quotes and the statement’s language', () => {
    const structured = {
      ...structuredFixture,
      participants: [...structuredFixture.participants, { name: 'Nobody', title: 'Adviser', country: '', source: { start: 300, end: 306 } }],
    };
    expect(
      renderSnippet(
        '{{ participants.first.name }}|{{ participants.first.title }}|{{ participants.last.country }}|{{ participants.size }}|{{ countries | join: "/" }}|{{ targets | join: "/" }}|{{ condemnations.first.targets | join: "/" }}|{{ condemnations.last.text }}|{{ quotes.first.speaker }}: {{ quotes.first.text }}|{{ language }}',
        structured,
        'fr',
        'x',
      ),
    ).toEqual([
      'Mélanie Joly|Minister of Foreign Affairs||4|Canada/Republic of Korea|North Korea/Russia|North Korea/Russia|They condemned North Korea’s recent intercontinental ballistic missile launch.|Mélanie Joly: Canada and South Korea share a common vision for the Indo-Pacific region.|en',
    ]);
  });
});

describe('the lines a snippet drafts', () => {
  it('drop a leading "- " or "• " however indented, fold runs of spaces, trim, and skip blank lines; a dash inside a line stays', () => {
    expect(line('  - a  b  \n\n   \n• c\n2024 - 2025\n-x\n\t-\tTab')).toEqual(['a b', 'c', '2024 - 2025', '-x', 'Tab']);
  });
});

describe('parsed snippets', () => {
  it('are kept per snippet and language, and the cache starts again after 501 snippets', async () => {
    vi.resetModules();
    const { parseSnippet: parse } = await import('./snippet-renderer');
    const first = parse('{{ title }} 0', 'en', 'x');
    expect(parse('{{ title }} 0', 'en', 'x')).toBe(first);
    expect(parse('{{ title }} 0', 'fr', 'x')).not.toBe(first); // 2 snippets kept
    for (let n = 1; n < 500; n++) parse(`{{ title }} ${n}`, 'en', 'x'); // 501 kept
    expect(parse('{{ title }} 0', 'en', 'x')).toBe(first);
    parse('{{ title }} 500', 'en', 'x'); // the 502nd empties the cache first
    expect(parse('{{ title }} 0', 'en', 'x')).not.toBe(first);
  });
});
