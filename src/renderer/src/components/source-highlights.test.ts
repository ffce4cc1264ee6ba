import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/text-importer';
import { sourceBlocks, sourcePieces, type Highlight } from './source-highlights';

const statement = importText('Canada met Korea. They agreed to talk.\n\nNothing more was said. Canada left.');
const text = statement.text;
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const mark = (words: string): Highlight => ({ ...span(words), itemId: words, kind: 'participants', heading: 'Participants', included: true });

describe('sourcePieces', () => {
  const pieces = sourcePieces(text, [mark('Korea'), mark('They agreed to talk.')], statement.sentences);

  it('covers every character once, in order', () => {
    expect(pieces.map((piece) => text.slice(piece.start, piece.end)).join('')).toBe(text);
    pieces.forEach((piece, index) => index > 0 && expect(piece.start).toBe(pieces[index - 1]!.end));
  });

  it('cuts the unmarked words of each sentence into fragments that know their whole sentence', () => {
    const sentences = pieces.filter((piece) => piece.type === 'sentence');
    expect(sentences.map((piece) => text.slice(piece.start, piece.end))).toEqual(['Canada met ', '.', 'Nothing more was said.', 'Canada left.']);
    // Both fragments around the mark add the same whole sentence.
    expect(sentences[0]).toMatchObject({ sentence: span('Canada met Korea.') });
    expect(sentences[1]).toMatchObject({ sentence: span('Canada met Korea.'), sentenceIndex: sentences[0]!.sentenceIndex });
    expect(sentences[3]).toMatchObject({ sentence: span('Canada left.') });
  });

  it('leaves a sentence wholly inside a mark, and the white space between sentences, out of the fragments', () => {
    expect(pieces.filter((piece) => piece.type === 'mark').map((piece) => text.slice(piece.start, piece.end))).toEqual(['Korea', 'They agreed to talk.']);
    expect(pieces.filter((piece) => piece.type === 'plain').every((piece) => text.slice(piece.start, piece.end).trim() === '')).toBe(true);
  });
});

describe('sourceBlocks', () => {
  const blockText = (block: ReturnType<typeof sourceBlocks>[number]) => block.map((piece) => text.slice(piece.start, piece.end)).join('');

  it('parts the pieces after each blank line, keeping every character once and in order', () => {
    const blocks = sourceBlocks(text, sourcePieces(text, [mark('Korea')], statement.sentences));
    expect(blocks.map(blockText)).toEqual(['Canada met Korea. They agreed to talk.\n\n', 'Nothing more was said. Canada left.']);
  });

  it('keeps white space after the blank line (and a blank line of spaces) with the paragraph before it', () => {
    const spaced = importText('One line.\n \n\n  Two lines.\nStill two.\n\nThree.');
    const blocks = sourceBlocks(spaced.text, sourcePieces(spaced.text, [], spaced.sentences));
    expect(blocks.map((block) => block.map((piece) => spaced.text.slice(piece.start, piece.end)).join(''))).toEqual([
      'One line.\n \n\n  ',
      'Two lines.\nStill two.\n\n',
      'Three.',
    ]);
  });

  it('never cuts a mark that holds a blank line: its block runs on to the next break', () => {
    const across = { start: text.indexOf('They'), end: text.indexOf(' Canada left.'), itemId: 'q', kind: 'quotes' as const, heading: 'Quotes', included: true };
    const blocks = sourceBlocks(text, sourcePieces(text, [across], statement.sentences));
    expect(blocks.map(blockText)).toEqual([text]);
  });
});
