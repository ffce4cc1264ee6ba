/**
 * Source: the statement text with every extracted item highlighted in its category's colour.
 * Choosing a highlight selects its item in Compose; selecting an item there scrolls here to its
 * words. The rest of the text can be added to the note (source-text.tsx).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionKind } from '../../../core/model/template';
import { highlightsOf, type Highlight } from './source-highlights';
import { SourceText } from './source-text';
import { actions, useBriefing, useSelectedItemId, useSelectionOrigin, useStatement } from '../state/store';

/** The highlighted kinds, in the legend's order; their names are in the ui catalogue (source.kind.*). */
const LEGEND: readonly SectionKind[] = ['participants', 'condemnations', 'initiatives', 'quotes'];

export function SourcePane() {
  const { t } = useTranslation('ui');
  const statement = useStatement();
  const briefing = useBriefing();
  const selectedItemId = useSelectedItemId();
  const origin = useSelectionOrigin();
  const bodyRef = useRef<HTMLDivElement>(null);
  const highlights = useMemo(() => (briefing ? highlightsOf(briefing) : []), [briefing]);
  // Add to…: every section of the note, in the officer's order.
  const menuSections = useMemo(() => briefing?.sections.map(({ id, heading }) => ({ id, heading })) ?? [], [briefing?.sections]);

  useEffect(() => {
    if (!selectedItemId || origin !== 'compose') return;
    const mark = bodyRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedItemId)}"]`);
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selectedItemId, origin]);

  if (!statement) return null;
  const text = statement.text;
  const renderMark = (highlight: Highlight) => {
    const selected = highlight.itemId === selectedItemId;
    return (
      <button
        key={highlight.itemId}
        type="button"
        data-item-id={highlight.itemId}
        className={`mark mark--${highlight.kind}${selected ? ' mark--selected' : ''}${highlight.included ? '' : ' mark--excluded'}`}
        aria-pressed={selected}
        title={highlight.included ? highlight.heading : t('source.leftOut', { heading: highlight.heading })}
        onClick={() => actions().selectItem(highlight.itemId, 'source')}
      >
        {text.slice(highlight.start, highlight.end)}
      </button>
    );
  };

  return (
    <section className="pane pane--source" aria-labelledby="source-heading">
      <header className="pane__header">
        <h2 id="source-heading">{t('source.heading')}</h2>
        <ul className="legend" aria-label={t('source.legend')}>
          {LEGEND.map((kind) => (
            <li key={kind}>
              <span className={`legend__swatch mark--${kind}`} aria-hidden="true" />
              {t(`source.kind.${kind}`)}
            </li>
          ))}
        </ul>
      </header>
      <SourceText statement={statement} highlights={highlights} sections={menuSections} noteLanguage={briefing?.language ?? statement.language} bodyRef={bodyRef} renderMark={renderMark} />
    </section>
  );
}
