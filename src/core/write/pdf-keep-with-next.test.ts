/**
 * Keep-with-next in the PDF, read from the PDF's text page by page (issue 18 item 3): a heading never
 * ends a page, it moves to the next page with the paragraph it introduces. Before this, only the
 * page-1 pixel comparison of tests/output caught the rule turned off, by 0.055 % of pixels against a
 * 0.05 % limit. The note is built so that the heading falls at the foot of page 1: one-line filler
 * paragraphs up to a page's capacity, measured first, then a heading and a paragraph of several lines.
 */
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { loadFontFiles } from '../../node/font-files';
import { composeBriefing } from '../compose/compose-briefing';
import { applyTemplate } from '../layout/apply-template';
import type { Block, DocModel } from '../model/doc-model';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { writePdf } from './pdf-writer';

const template = findBuiltInTemplate('briefing-note')!;
const base = applyTemplate(composeBriefing(structuredFixture, template, { today: '2026-11-28' }), template);
const fontsPromise = loadFontFiles(path.resolve(import.meta.dirname, '../../../resources'));

const filler = (n: number): Block[] => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', runs: [{ text: `Filler line ${i + 1}.` }] }) as Block);
const HEADING = 'Heading that must not end a page';
const FOLLOWING = 'Opening words of the paragraph under the heading';
const following: Block = { kind: 'paragraph', runs: [{ text: `${FOLLOWING}, ${'which runs over several lines of the page to make it taller than the space a heading needs. '.repeat(4)}` }] };

/** The text of each page of the PDF written from these blocks (whitespace collapsed). */
async function pagesOf(blocks: Block[]): Promise<string[]> {
  const doc: DocModel = { ...base, blocks };
  const pdf = await getDocumentProxy((await writePdf(doc, await fontsPromise)).slice());
  const { text } = await extractText(pdf, { mergePages: false });
  return (text as string[]).map((page) => page.replace(/\s+/g, ' '));
}

const pageWith = (pages: readonly string[], words: string) => pages.findIndex((page) => page.includes(words));

describe('PDF keep-with-next, from the text of each page', () => {
  it('moves a heading that would end page 1 to page 2 with its paragraph, and leaves it on page 1 when it is last', async () => {
    // How many one-line paragraphs page 1 holds.
    const full = await pagesOf(filler(80));
    const capacity = Array.from({ length: 80 }, (_, i) => i + 1).filter((n) => full[0]!.includes(`Filler line ${n}.`)).length;
    expect(capacity).toBeGreaterThan(20);
    expect(capacity).toBeLessThan(80);

    const moved: number[] = [];
    // Fillers that leave room at the foot of page 1 for the heading but not for the paragraph under it lie in this window.
    for (let n = capacity - 8; n <= capacity - 1; n++) {
      const pages = await pagesOf([...filler(n), { kind: 'heading', level: 1, text: HEADING }, following]);
      const headingPage = pageWith(pages, HEADING);
      expect(headingPage, `${n} fillers`).toBeGreaterThanOrEqual(0);
      // The rule: the heading is on the page where its paragraph starts.
      expect(pageWith(pages, FOLLOWING), `${n} fillers: heading on page ${headingPage + 1}`).toBe(headingPage);
      if (headingPage === 1 && pages[0]!.includes(`Filler line ${n}.`)) {
        moved.push(n);
        // The control: the same heading as the last block (nothing to keep with) fits at the foot of page 1.
        const alone = await pagesOf([...filler(n), { kind: 'heading', level: 1, text: HEADING }]);
        expect(pageWith(alone, HEADING), `${n} fillers, heading last`).toBe(0);
      }
    }
    // The window did put a heading at the foot of page 1 at least once, so the rule was exercised.
    expect(moved.length).toBeGreaterThan(0);
  });
});
