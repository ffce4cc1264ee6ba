/**
 * The statement's text in the Source pane, and adding what extraction missed: the sentences no item
 * covers are focusable (one tab stop, ←/→ move between them, a roving tabindex) and open the
 * "Add to…" menu on a click, Enter, Space, Shift+F10 or the context-menu key; selected words open it
 * on release or a right-click. The choice adds an item with the offsets of its words, so it links
 * back here like an extracted one. The text inside the body is exactly the statement's, so a DOM
 * selection maps to character offsets by counting the characters before it.
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceSpan, Statement } from '../../../core/model/statement';
import { actions } from '../state/store';
import { AddToMenu, type AddToMenuSection } from './add-to-menu';
import { sourceBlocks, sourcePieces, type Highlight, type SourcePiece } from './source-highlights';

interface MenuState {
  readonly span: SourceSpan;
  /** The words' box on screen (or the pointer's place): the menu opens below it, or above. */
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  /** Where the focus goes back when the menu closes without adding. */
  readonly returnTo: HTMLElement | null;
}

interface SourceTextProps {
  readonly statement: Statement;
  readonly highlights: readonly Highlight[];
  readonly sections: readonly AddToMenuSection[];
  /** The note's language: the section headings the menu lists are in it. */
  readonly noteLanguage: string;
  readonly bodyRef: RefObject<HTMLDivElement | null>;
  renderMark(highlight: Highlight): ReactNode;
}

/** The number of the statement's characters before (node, offset) in the body. */
function offsetIn(body: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(body, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

const SENTENCE_SELECTOR = '.source-sentence';

export function SourceText({ statement, highlights, sections, noteLanguage, bodyRef, renderMark }: SourceTextProps) {
  const { t } = useTranslation('source');
  const pieces = useMemo(() => sourcePieces(statement.text, highlights, statement.sentences), [statement, highlights]);
  const blocks = useMemo(() => sourceBlocks(statement.text, pieces), [statement, pieces]);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const suppressClick = useRef(false);

  /** The selected words when the selection lies inside the text and holds some, with where it ends on screen. */
  const selectedSpan = (): { span: SourceSpan; x: number; top: number; bottom: number } | null => {
    const body = bodyRef.current;
    const selection = window.getSelection();
    if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    const start = offsetIn(body, range.startContainer, range.startOffset);
    const end = offsetIn(body, range.endContainer, range.endOffset);
    if (!/\S/.test(statement.text.slice(start, end))) return null;
    const box = range.getBoundingClientRect();
    return { span: { start, end }, x: box.left, top: box.top, bottom: box.bottom };
  };

  const sentenceOf = (element: Element | null): HTMLElement | null => element?.closest<HTMLElement>(SENTENCE_SELECTOR) ?? null;
  const sentenceSpan = (element: HTMLElement): SourceSpan => ({ start: Number(element.dataset.sentenceStart), end: Number(element.dataset.sentenceEnd) });

  /** From the keyboard, the menu opens at the sentence; from the pointer, where it points. */
  const openForSentence = (element: HTMLElement, pointer?: { x: number; y: number }) => {
    const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
    const at = pointer ? { x: pointer.x, top: pointer.y, bottom: pointer.y } : { x: box.left, top: box.top, bottom: box.bottom };
    setMenu({ span: sentenceSpan(element), ...at, returnTo: element });
  };

  const menuRef = useRef(menu);
  menuRef.current = menu;
  const closeMenu = useCallback(() => {
    const returnTo = menuRef.current?.returnTo;
    setMenu(null);
    returnTo?.focus();
  }, []);

  const choose = (sectionId: string) => {
    if (!menu) return;
    const returnTo = menu.returnTo;
    setMenu(null);
    const itemId = actions().addItemFromSource(sectionId, menu.span);
    if (!itemId) return returnTo?.focus();
    window.getSelection()?.removeAllRanges();
    actions().selectItem(itemId, 'source');
    const heading = sections.find((section) => section.id === sectionId)?.heading ?? '';
    setAnnouncement(t('added', { section: heading }));
    // The words are now the new item's mark: the focus goes there, to carry on from where the officer was.
    requestAnimationFrame(() => {
      const mark = bodyRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`);
      (mark ?? returnTo)?.focus();
    });
  };

  const onMouseUp = (event: MouseEvent) => {
    if (event.button !== 0) return;
    const selected = selectedSpan();
    if (!selected) return;
    suppressClick.current = true;
    setMenu({ ...selected, returnTo: sentenceOf(event.target as Element) });
  };

  const onClick = (event: MouseEvent) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    const sentence = sentenceOf(event.target as Element);
    if (sentence) openForSentence(sentence, { x: event.clientX, y: event.clientY });
  };

  const onContextMenu = (event: MouseEvent) => {
    const selected = selectedSpan();
    const sentence = sentenceOf(event.target as Element);
    if (!selected && !sentence) return; // a mark or white space: the browser's own menu
    event.preventDefault();
    if (selected) setMenu({ span: selected.span, x: event.clientX, top: event.clientY, bottom: event.clientY, returnTo: sentence });
    else if (sentence) openForSentence(sentence, { x: event.clientX, y: event.clientY });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const sentence = sentenceOf(event.target as Element);
    if (!sentence || event.target !== sentence) return;
    const all = [...(bodyRef.current?.querySelectorAll<HTMLElement>(SENTENCE_SELECTOR) ?? [])];
    const at = all.indexOf(sentence);
    const move = (index: number) => all[Math.max(0, Math.min(all.length - 1, index))]?.focus();
    if (event.key === 'Enter' || event.key === ' ') openForSentence(sentence);
    else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      const selected = selectedSpan();
      if (selected) setMenu({ ...selected, returnTo: sentence });
      else openForSentence(sentence);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else return;
    event.preventDefault();
  };

  // One tab stop for all the sentences: the one last focused, else the first.
  const firstSentence = pieces.find((piece) => piece.type === 'sentence')?.start ?? null;
  const tabStop = active !== null && pieces.some((piece) => piece.type === 'sentence' && piece.start === active) ? active : firstSentence;
  const text = statement.text;

  const renderPiece = (piece: SourcePiece) => {
    if (piece.type === 'mark') return renderMark(piece.highlight);
    if (piece.type === 'plain') return text.slice(piece.start, piece.end);
    return (
      <span
        key={`sentence-${piece.start}`}
        role="button"
        tabIndex={piece.start === tabStop ? 0 : -1}
        aria-haspopup="menu"
        aria-expanded={menu?.returnTo?.dataset.start === String(piece.start)}
        aria-describedby="source-sentence-hint"
        title={t('sentenceTitle')}
        className={`source-sentence${hovered === piece.sentenceIndex ? ' source-sentence--hover' : ''}`}
        data-start={piece.start}
        data-sentence-start={piece.sentence.start}
        data-sentence-end={piece.sentence.end}
        onFocus={() => setActive(piece.start)}
        onMouseEnter={() => setHovered(piece.sentenceIndex)}
        onMouseLeave={() => setHovered(null)}
      >
        {text.slice(piece.start, piece.end)}
      </span>
    );
  };

  return (
    <>
      <div
        className="pane__body source-text"
        ref={bodyRef}
        lang={statement.language}
        onMouseUp={onMouseUp}
        onClick={onClick}
        onContextMenu={onContextMenu}
        onKeyDown={onKeyDown}
      >
        {blocks.map((block) => (
          // One box per paragraph: off screen, the browser skips its layout (content-visibility), so a
          // 300 KB statement costs the layout of what is in view, not of the whole text.
          <div key={`block-${block[0]!.start}`} className="source-block">
            {block.map(renderPiece)}
          </div>
        ))}
      </div>
      <p id="source-sentence-hint" className="visually-hidden">
        {t('sentenceHint')}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {menu && <AddToMenu x={menu.x} top={menu.top} bottom={menu.bottom} sections={sections} language={noteLanguage} onChoose={choose} onClose={closeMenu} />}
    </>
  );
}
