/**
 * Compose: the draft's sections in the officer's order. Each section and item has a checkbox; items
 * are edited in place, restored to their original text, added or removed (any item; Undo brings it
 * back, and the focus follows what Undo or Redo changed). Sections and items move by drag
 * and drop or from the keyboard (Alt+↑/↓ on a section header or an item, or the move buttons).
 */
import { DecisionOnlyBadge } from './memo-details';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { BriefingItem, BriefingSection } from '../../../core/model/briefing';
import { CHECK_AGAINST_SOURCE_BELOW } from '../../../core/extract/confidence';
import { wordTemplateFillsSection } from '../../../core/templates/word-template-info';
import { useTranslation } from 'react-i18next';
import { actions, useBriefing, useFocusRequest, useSelectedItemId, useSelectionOrigin, useWordTemplate } from '../state/store';
import type { FocusTarget } from '../state/undo-focus';

const DRAG_TYPE = 'application/x-briefwright-section';
/** Items carry their section, so an item only lands in the section it came from. */
const itemDragType = (sectionId: string) => `application/x-briefwright-item-${sectionId}`;

function moveByKey(event: KeyboardEvent, index: number, move: (from: number, to: number) => void): void {
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
}

/** Extracted items below this confidence are flagged for the officer to check (defined in core, measured by the eval). */
export const WEAK_CONFIDENCE = CHECK_AGAINST_SOURCE_BELOW;

/**
 * Removes an item and keeps the keyboard in the list: the focus goes to the next item's text (the
 * previous one's at the end), or to the section's tick when it was the last item.
 */
function removeAndFocusNeighbour(section: BriefingSection, itemId: string): void {
  const index = section.items.findIndex((item) => item.id === itemId);
  const neighbour = section.items[index + 1] ?? section.items[index - 1];
  actions().removeItem(section.id, itemId);
  actions().requestFocus({ sectionId: section.id, itemId: neighbour?.id ?? null, field: neighbour ? 'text' : 'section' });
}

/** The control a focus request names, in the Compose pane. */
function focusTargetElement(pane: HTMLElement, target: FocusTarget): HTMLElement | null {
  const section = pane.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(target.sectionId)}"]`);
  if (!section) return null;
  const sectionTick = section.querySelector<HTMLElement>('.compose-section__header input[type="checkbox"]');
  if (target.itemId === null || target.field === 'section') return sectionTick;
  const row = section.querySelector<HTMLElement>(`.compose-item[data-item-id="${CSS.escape(target.itemId)}"]`);
  if (!row) return sectionTick;
  const selector = target.field === 'included' ? 'input[type="checkbox"]' : target.field === 'attribution' ? '.compose-item__attribution' : 'textarea';
  return row.querySelector<HTMLElement>(selector) ?? row.querySelector<HTMLElement>('textarea');
}

function ItemRow({ section, item, index, selected, language }: { section: BriefingSection; item: BriefingItem; index: number; selected: boolean; language: string }) {
  const { t: tSource } = useTranslation('source');
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLLIElement>(null);
  const origin = useSelectionOrigin();
  useEffect(() => {
    if (selected && origin === 'source') ref.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selected, origin]);
  const label = t('compose.itemLabel', { heading: section.heading, number: index + 1 });
  const [dropTarget, setDropTarget] = useState(false);
  const dragType = itemDragType(section.id);
  const edited = item.text !== item.originalText && item.originalText !== '';
  // Drafted by the template and not yet touched: the officer should read it before it goes upward.
  const drafted = item.drafted === true && item.text === item.originalText;
  const weak = item.confidence !== undefined && item.confidence < WEAK_CONFIDENCE && item.text === item.originalText;
  return (
    <li
      ref={ref}
      className={`compose-item${selected ? ' compose-item--selected' : ''}${item.included ? '' : ' compose-item--excluded'}${dropTarget ? ' compose-item--drop' : ''}`}
      data-item-id={item.id}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(dragType)) return;
        event.preventDefault();
        event.stopPropagation();
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        setDropTarget(false);
        if (!event.dataTransfer.types.includes(dragType)) return;
        event.preventDefault();
        event.stopPropagation();
        actions().moveItem(section.id, Number(event.dataTransfer.getData(dragType)), index);
      }}
      onFocus={() => actions().selectItem(item.id, 'compose')}
      onKeyDown={(event) => moveByKey(event, index, (from, to) => actions().moveItem(section.id, from, to))}
    >
      <span
        className="compose-item__grip"
        aria-hidden="true"
        title={t('compose.dragToReorder')}
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData(dragType, String(index));
          event.dataTransfer.effectAllowed = 'move';
        }}
      >
        ⠿
      </span>
      <input
        type="checkbox"
        checked={item.included}
        aria-label={t('compose.include', { item: label })}
        onChange={(event) => actions().setItemIncluded(section.id, item.id, event.target.checked)}
      />
      <div className="compose-item__body">
        {(drafted || weak) && (
          <p className="compose-item__flags">
            {drafted && (
              <span className="flag flag--drafted" title={t('compose.draftedTitle')}>
                {t('compose.drafted')}
              </span>
            )}
            {weak && (
              <span className="flag flag--weak" title={t('compose.weakTitle', { confidence: item.confidence! })}>
                {t('compose.weak')}
              </span>
            )}
          </p>
        )}
        {/* The note's words, in the note's language (screen readers and the spellchecker follow it), whatever the UI's. */}
        <textarea
          lang={language}
          aria-label={label}
          data-bench="item-text"
          value={item.text}
          rows={1}
          placeholder={t('compose.itemPlaceholder')}
          onChange={(event) => actions().setItemText(section.id, item.id, event.target.value)}
        />
        {section.kind === 'quotes' && (
          <input
            className="compose-item__attribution"
            lang={language}
            aria-label={t('compose.speaker', { item: label })}
            value={item.attribution}
            placeholder={t('compose.speakerPlaceholder')}
            onChange={(event) => actions().setItemAttribution(section.id, item.id, event.target.value)}
          />
        )}
        {edited && (
          <div className="compose-item__actions">
            <button type="button" className="button button--link" onClick={() => actions().restoreItemText(section.id, item.id)}>
              {t('compose.restore')}
            </button>
          </div>
        )}
      </div>
      <button
        type="button"
        className="button button--icon compose-item__remove"
        aria-label={tSource('removeItem', { item: label })}
        title={tSource('removeTitle')}
        onClick={() => removeAndFocusNeighbour(section, item.id)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </li>
  );
}

function SectionCard({ section, index, count, selectedItemId, language }: { section: BriefingSection; index: number; count: number; selectedItemId: string | null; language: string }) {
  const { t } = useTranslation('ui');
  const [dropTarget, setDropTarget] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const headingId = `compose-section-${section.id}`;
  const included = section.items.filter((item) => item.included).length;
  // With a Word template, a section none of its placeholders names is not in the DOCX.
  const wordTemplate = useWordTemplate();
  const outsideWordDocx = wordTemplate !== null && !wordTemplateFillsSection(wordTemplate.placeholders, section);

  const onDrop = (event: DragEvent) => {
    setDropTarget(false);
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    const from = Number(event.dataTransfer.getData(DRAG_TYPE));
    event.preventDefault();
    actions().moveSection(from, index);
  };

  const addItem = () => {
    const itemId = actions().addCustomItem(section.id);
    // Focus the new item's text once it is rendered.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLTextAreaElement>(`[data-item-id="${itemId}"] textarea`)?.focus());
  };

  return (
    <section
      className={`compose-section${section.included ? '' : ' compose-section--excluded'}${dropTarget ? ' compose-section--drop' : ''}`}
      aria-labelledby={headingId}
      data-section-id={section.id}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={onDrop}
    >
      <div
        className="compose-section__header"
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData(DRAG_TYPE, String(index));
          event.dataTransfer.effectAllowed = 'move';
        }}
        onKeyDown={(event) => moveByKey(event, index, (from, to) => actions().moveSection(from, to))}
      >
        <span className="compose-section__grip" aria-hidden="true" title={t('compose.dragToReorder')}>
          ⠿
        </span>
        <input
          type="checkbox"
          id={`${headingId}-included`}
          checked={section.included}
          onChange={(event) => actions().setSectionIncluded(section.id, event.target.checked)}
        />
        <h3 id={headingId}>
          {/* The note's own heading, in the note's language. */}
          <label htmlFor={`${headingId}-included`} lang={language}>
            {section.heading}
          </label>
        </h3>
        <DecisionOnlyBadge section={section} />
        {outsideWordDocx && (
          <span className="badge badge--muted" title={t('compose.notInWordTitle', { name: wordTemplate.name })}>
            {t('compose.notInWord')}
          </span>
        )}
        <span className="count">
          {included}/{section.items.length}
        </span>
        <span className="compose-section__move">
          <button type="button" className="button button--icon" aria-label={t('compose.moveUp', { heading: section.heading })} disabled={index === 0} onClick={() => actions().moveSection(index, index - 1)}>
            ↑
          </button>
          <button type="button" className="button button--icon" aria-label={t('compose.moveDown', { heading: section.heading })} disabled={index === count - 1} onClick={() => actions().moveSection(index, index + 1)}>
            ↓
          </button>
        </span>
      </div>
      {section.items.length > 0 && (
        <ol className="compose-items" ref={listRef}>
          {section.items.map((item, itemIndex) => (
            <ItemRow key={item.id} section={section} item={item} index={itemIndex} selected={item.id === selectedItemId} language={language} />
          ))}
        </ol>
      )}
      <button type="button" className="button button--link compose-section__add" onClick={addItem}>
        {t('compose.addItem', { heading: section.heading })}
      </button>
    </section>
  );
}

export function ComposePane({ onSaveAsTemplate }: { onSaveAsTemplate?: () => void }) {
  const { t } = useTranslation('ui');
  const briefing = useBriefing();
  const selectedItemId = useSelectedItemId();
  const focusRequest = useFocusRequest();
  const paneRef = useRef<HTMLElement>(null);
  // After Undo, Redo or Remove, the focus goes to what changed, once it is rendered.
  useEffect(() => {
    if (!focusRequest) return;
    const frame = requestAnimationFrame(() => {
      const pane = paneRef.current;
      const element = pane && focusTargetElement(pane, focusRequest);
      element?.scrollIntoView?.({ block: 'nearest' });
      element?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);
  if (!briefing) return null;
  return (
    <section className="pane pane--compose" aria-labelledby="compose-heading" ref={paneRef}>
      <header className="pane__header">
        <h2 id="compose-heading">{t('compose.heading')}</h2>
        <span className="muted pane__meta">{t('compose.moveHint')}</span>
        {onSaveAsTemplate && (
          <button type="button" className="button button--small" title={t('compose.saveAsTemplateTitle')} onClick={onSaveAsTemplate}>
            {t('compose.saveAsTemplate')}
          </button>
        )}
      </header>
      <div className="pane__body">
        {briefing.sections.map((section, index) => (
          <SectionCard key={section.id} section={section} index={index} count={briefing.sections.length} selectedItemId={selectedItemId} language={briefing.language} />
        ))}
      </div>
    </section>
  );
}
