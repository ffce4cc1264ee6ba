import { describe, expect, it } from 'vitest';
import { structuredStatementSchema } from '../model/structured-statement';
import { importText } from '../import/text-importer';
import { confidence } from './confidence';
import { extractStatement } from './extract-statement';

describe('confidence', () => {
  it('stays within [0.05, 0.99] and rounds to two decimals', () => {
    expect(confidence(0.9, 0.5)).toBe(0.99);
    expect(confidence(0.1, -0.5)).toBe(0.05);
    expect(confidence(0.8, 0.03, -0.05)).toBe(0.78);
  });

  it('gives every extracted item a score, surer for the stronger rule', () => {
    const statement = importText(
      [
        'Ministers meet in Ottawa',
        '',
        'Ottawa – The Honourable Anna Berg, Minister of Foreign Affairs, met Chile’s Undersecretary for Fisheries, Luis Vega.',
        'Canada hosted the talks. The ministers condemned Russia’s attacks on Ukrainian ports.',
        'They urged all parties to exercise restraint.',
        'They signed a memorandum of understanding on ocean science.',
        'The next meeting of the dialogue will take place next year.',
        '“Our partnership grows stronger every single year, and today proves it.” – The Honourable Anna Berg, Minister of Foreign Affairs',
        'The Minister said, “We will keep working with Chile on every one of these files.”',
      ].join('\n\n'),
    );
    const structured = extractStatement(statement);
    expect(structuredStatementSchema.parse(structured)).toBeTruthy();
    const all = [...structured.participants, ...structured.quotes, ...structured.condemnations, ...structured.initiatives];
    expect(all.length).toBeGreaterThan(6);
    for (const item of all) expect(item.confidence).toBeGreaterThan(0);
    expect(structured.participants.map((p) => p.country)).toEqual(['Canada', 'Chile']);
    const [condemn, urge] = structured.condemnations;
    expect(condemn?.confidence).toBeGreaterThan(urge?.confidence ?? 1);
    const [signed, next] = structured.initiatives;
    expect(signed?.confidence).toBeGreaterThan(next?.confidence ?? 1);
    const [closingBlock, titleOnly] = structured.quotes;
    expect(closingBlock?.speaker).toBe('Anna Berg');
    expect(titleOnly?.speaker).toBe('Anna Berg');
    expect(closingBlock?.confidence).toBeGreaterThan(titleOnly?.confidence ?? 1);
    const [berg, vega] = structured.participants;
    expect(berg?.confidence).toBeGreaterThan(vega?.confidence ?? 1); // "The Honourable" and named twice
  });
});
