/**
 * Same pages in both formats (issue 13 item 6): every built-in template × the sample, a French
 * release, a French statement that is one quotation over three paragraphs, a 24-government joint
 * statement, a decision note with an approver, and a fixed sample of the real corpus in the
 * template's language (pagination-check.ts: every sixth statement by id and the longest of each
 * language). The PDF and LibreOffice's rendering of the DOCX must have the same page count and start
 * every page with the same words; on both, no page is without body text, no heading ends a page and
 * the "Prepared by" block is never cut off from what precedes it. LibreOffice converts the DOCX files
 * 100 to a process (~2 minutes in all on CI's 2 cores). `node --import tsx scripts/check-pagination.ts`
 * checks every statement of the corpus the same way.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPagination, corpusSample, FIXED_STATEMENTS, summarise, type Comparison } from './pagination-check';

let comparisons: Comparison[];

beforeAll(async () => {
  comparisons = await checkPagination([...FIXED_STATEMENTS, ...corpusSample()], mkdtempSync(path.join(os.tmpdir(), 'briefwright-pagination-')));
}, 15 * 60_000);

describe('PDF and DOCX pagination', () => {
  it('renders every built-in with every statement of the sample', () => {
    // 8 templates × the fixed statements, plus each corpus statement through the 4 templates of its language.
    expect(comparisons.length).toBeGreaterThanOrEqual(8 * FIXED_STATEMENTS.length + 4 * 20);
  });

  it('breaks pages alike in both formats, with no empty page, no heading at a page end and no lone signature block', () => {
    const problems = comparisons.filter((comparison) => comparison.problems.length > 0 && !LIBREOFFICE_KEEP_WITH_NEXT_IGNORED.has(comparison.name));
    expect(problems, summarise(comparisons)).toEqual([]);
  });

  it('still shows LibreOffice’s known departures exactly as recorded (remove it here once LibreOffice keeps the lines together)', () => {
    for (const [name, expected] of LIBREOFFICE_KEEP_WITH_NEXT_IGNORED) {
      expect(comparisons.find((comparison) => comparison.name === name)?.problems).toEqual(expected);
    }
  });
});

/**
 * Renders where LibreOffice, standing in for Word, does not honour keep-with-next, so the DOCX's
 * rendering differs from the PDF (which follows the rules of layout/pagination-rules.ts, as Word
 * does by the OOXML standard). The first case: the French information note of the 24-government joint
 * statement, whose last list item carries <w:keepNext/> before « Préparée par ». LibreOffice 7.4 (Debian) leaves
 * the item at the foot of page 2 and moves the signature alone to page 3. Kept on the item in 15
 * variants of the DOCX (keep-with-next as direct formatting or from a style, without the list
 * numbering, on every item of the list and its heading, with and without keep-lines and the
 * signature's space before, with paragraphs after it, without the compatibility mode): LibreOffice
 * ignored it in all of them (investigation of 2026-12-04, closing note). Listed with the exact
 * problems, so any other departure, or this one changing, fails.
 */
const LIBREOFFICE_KEEP_WITH_NEXT_IGNORED: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'note-information--joint-24',
    [
      'DOCX: page 3 starts with "Préparée par" (the signature block is cut off from what precedes it)',
      'page 3 starts: PDF "[Ajouter la prochaine rencontre, les livrables…", DOCX "Préparée par : J. Tremblay, Korea…"',
    ],
  ],
  // The same departure in English: the briefing note of an Australian Defence release, once its second quotation was
  // extracted (2026-12-04, fourth session). The last item of "Next steps" carries <w:keepNext/> (checked in the
  // DOCX's XML) and LibreOffice leaves it, with its heading, at the foot of page 1.
  [
    'briefing-note--au-defence-hill-christmas-island-helicopter-2002-08',
    [
      'DOCX: page 2 starts with "Prepared by" (the signature block is cut off from what precedes it)',
      'page 2 starts: PDF "Next steps…", DOCX "Prepared by: J. Tremblay, Korea Desk…"',
    ],
  ],
]);
