/**
 * HTML → the plain text a statement importer hands to importText: the main content only, one block
 * (heading, paragraph, list item, table row) per paragraph, separated by blank lines, with the page
 * title as line 1. Shared by the HTML importer (a page saved from a government site) and the DOCX
 * importer (mammoth's HTML), so both keep headings and lists the same way.
 *
 * Why this shape: the text importer already knows how to turn "Title ⏎⏎ paragraphs" into a
 * Statement with offsets, so HTML only has to be reduced to that, never to a second model. Pages put
 * navigation, skip links, search forms, banners and footers around the release; when the page marks
 * its main content (<main>, role="main", <article>) only that is read, and the chrome elements are
 * dropped wherever they are. Entities are decoded by the parser; HTML whitespace (not NBSP) collapses.
 */
import { Parser } from 'htmlparser2';

/** Elements whose whole content is never statement text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe', 'object', 'canvas', 'head', 'dialog']);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar']);
/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr',
  'figure', 'figcaption', 'address', 'hr', 'details', 'summary', 'caption', 'body', 'time',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

interface Block {
  readonly tag: string;
  readonly text: string;
  readonly inMain: boolean;
}

interface ListState {
  readonly ordered: boolean;
  next: number;
}

/** HTML whitespace (space, tab, LF, CR, FF) collapses; NBSP and narrow NBSP are text and stay. */
const HTML_SPACE = /[ \t\n\r\f]+/g;

function parseBlocks(html: string): { blocks: Block[]; documentTitle: string | null; hasMain: boolean } {
  const blocks: Block[] = [];
  let current = '';
  let currentTag = 'p';
  let dropDepth = 0;
  let mainDepth = 0;
  let hasMain = false;
  let preDepth = 0;
  let inTitle = false;
  let documentTitle = '';
  const lists: ListState[] = [];
  /** Per open element: did it drop its content, open main content? (so the close undoes exactly that). */
  const stack: Array<{ name: string; dropped: boolean; main: boolean }> = [];

  const flush = (): void => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (text !== '') blocks.push({ tag: currentTag, text, inMain: mainDepth > 0 });
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const role = (attributes.role ?? '').toLowerCase();
        const dropped = DROPPED.has(name) || DROPPED_ROLES.has(role) || attributes.hidden !== undefined || attributes['aria-hidden'] === 'true';
        const main = name === 'main' || role === 'main' || (name === 'article' && !hasMain);
        if (name === 'title' && dropDepth === 0) inTitle = true;
        if (!VOID.has(name)) stack.push({ name, dropped, main });
        if (dropped && !VOID.has(name)) dropDepth++;
        if (dropDepth > 0) return;
        if (main && !VOID.has(name)) {
          flush();
          mainDepth++;
          hasMain = true;
        }
        if (name === 'br') current += '\n';
        else if (name === 'pre') preDepth++;
        if (BLOCKS.has(name)) {
          flush();
          currentTag = name;
          if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', next: Number(attributes.start ?? 1) || 1 });
          if (name === 'li') {
            const list = lists[lists.length - 1];
            current = list?.ordered ? `${list.next++}. ` : '• ';
          }
        } else if (name === 'td' || name === 'th') current += current === '' ? '' : ' | ';
      },
      ontext(text) {
        if (inTitle) documentTitle += text;
        if (dropDepth > 0 || inTitle) return;
        current += preDepth > 0 ? text : text.replace(HTML_SPACE, ' ');
      },
      onclosetag(name, isImplied) {
        if (name === 'title') inTitle = false;
        if (VOID.has(name)) return;
        // Pop to the matching element (the parser closes implied ones in order).
        let index = stack.length - 1;
        while (index >= 0 && stack[index]?.name !== name) index--;
        if (index < 0) return;
        const [entry] = stack.splice(index, 1);
        void isImplied;
        if (entry?.dropped) {
          dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (BLOCKS.has(name)) flush();
        if (name === 'ul' || name === 'ol') lists.pop();
        if (name === 'pre') preDepth--;
        if (entry?.main) {
          flush();
          mainDepth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const title = documentTitle.replace(HTML_SPACE, ' ').trim();
  return { blocks, documentTitle: title === '' ? null : title, hasMain };
}

/** A block that ends a sentence (or a clause a list or quotation follows). */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$/u;
/** Below this length a block without end punctuation is a heading or a title, not wrapped prose. */
const WRAPPED_LINE_MIN = 50;

/**
 * Blocks from consecutive list items stay on consecutive lines; every other block is its own
 * paragraph. With `rejoinWrappedParagraphs`, a paragraph that stops mid-sentence after a full line
 * and is followed by one that starts in lower case is joined to it by a single line break, and
 * importText's hard-wrap rules decide as for a .txt: text pasted into Word from an e-mail keeps one
 * Word paragraph per wrapped line. (A dateline or heading is followed by a capital, and stays apart.)
 */
function joinBlocks(blocks: readonly Block[], rejoinWrappedParagraphs: boolean): string {
  let text = '';
  let previous: Block | null = null;
  for (const block of blocks) {
    if (previous) {
      const listLines = previous.tag === 'li' && block.tag === 'li';
      // Never after the first block: a long title has no end punctuation either.
      const wrapped = rejoinWrappedParagraphs && previous !== blocks[0] && previous.tag === 'p' && block.tag === 'p' && previous.text.length >= WRAPPED_LINE_MIN && !ENDS_SENTENCE.test(previous.text) && /^\p{Ll}/u.test(block.text);
      text += listLines || wrapped ? '\n' : '\n\n';
    }
    text += block.text;
    previous = block;
  }
  return text;
}

export interface HtmlText {
  /** "Title ⏎⏎ body", ready for importText. */
  readonly text: string;
  readonly title: string | null;
}

/**
 * The statement text of an HTML document. The title is the first <h1> of the main content, else the
 * document <title> (without a " - Site name" suffix); `useDocumentTitle: false` skips the latter
 * (mammoth's HTML has no <title>, and a DOCX's first paragraph is its title line already);
 * `rejoinWrappedParagraphs` is for word-processor files (see joinBlocks).
 */
export function htmlToStatementText(html: string, options: { useDocumentTitle?: boolean; rejoinWrappedParagraphs?: boolean } = {}): HtmlText {
  const { blocks, documentTitle, hasMain } = parseBlocks(html);
  const body = hasMain ? blocks.filter((b) => b.inMain) : blocks;
  const headingIndex = body.findIndex((b) => b.tag === 'h1');
  let title: string | null = null;
  let rest = body;
  if (headingIndex >= 0 && headingIndex <= 2) {
    title = (body[headingIndex] as Block).text.replace(/\s+/g, ' ');
    rest = body.filter((_, i) => i !== headingIndex);
  } else if (options.useDocumentTitle !== false && documentTitle) {
    title = documentTitle.replace(/\s+[-–—|]\s+[^-–—|]{1,60}$/u, '').trim();
  }
  const bodyText = joinBlocks(rest, options.rejoinWrappedParagraphs === true);
  return { text: title ? `${title}\n\n${bodyText}` : bodyText, title };
}
