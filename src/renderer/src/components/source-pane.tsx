/**
 * Source: the statement text with every extracted item highlighted in its category's colour.
 * Choosing a highlight selects its item in Compose; selecting an item there scrolls here to its
 * words. Overlapping spans are clipped to the earlier one, so each character belongs to one mark.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../core/model/briefing';
import { isExtractedKind, type SectionKind } from '../../../core/model/template';
import { actions, useBriefing, useSelectedItemId, useSelectionOrigin, useStatement } from '../state/store';

interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly itemId: string;
  readonly kind: SectionKind;
  readonly heading: string;
  readonly included: boolean;
}

export function highlightsOf(briefing: Briefing): Highlight[] {
  const spans = briefing.sections
    .filter((section) => isExtractedKind(section.kind))
    .flatMap((section) =>
      section.items.flatMap((item) =>
        item.source ? [{ ...item.source, itemId: item.id, kind: section.kind, heading: section.heading, included: section.included && item.included }] : [],
      ),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Highlight[] = [];
  let covered = 0;
  for (const span of spans) {
    const start = Math.max(span.start, covered);
    if (start >= span.end) continue;
    result.push({ ...span, start });
    covered = span.end;
  }
  return result;
}

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

  useEffect(() => {
    if (!selectedItemId || origin !== 'compose') return;
    const mark = bodyRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedItemId)}"]`);
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selectedItemId, origin]);

  if (!statement) return null;
  const text = statement.text;
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const highlight of highlights) {
    if (highlight.start > at) pieces.push(text.slice(at, highlight.start));
    const selected = highlight.itemId === selectedItemId;
    pieces.push(
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
      </button>,
    );
    at = highlight.end;
  }
  if (at < text.length) pieces.push(text.slice(at));

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
      <div className="pane__body source-text" ref={bodyRef} lang={statement.language}>
        {pieces}
      </div>
    </section>
  );
}
