/**
 * Preview: the note as it will print, live. The draft is laid out with applyTemplate (the same
 * DocModel the writers get), each flow unit is measured once off-screen at the page's text width,
 * and the units are dealt into pages of the template's size and margins, with the security marking
 * and page numbers in the page furniture.
 */
import { useTranslation } from 'react-i18next';
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { composeBriefing } from '../../../core/compose/compose-briefing';
import { describe } from '../../../core/i18n/describe';
import { applyTemplate } from '../../../core/layout/apply-template';
import { pageDimensions, type DocModel } from '../../../core/model/doc-model';
import { useBriefing, useEditingTemplate, useStatement, useStructured, useTemplate, useWordTemplate } from '../state/store';
import { FlowUnitView, flowUnits } from './doc-blocks';
import { FontWarning, useUnsupportedCharacters } from './font-warning';
import { paginate } from './paginate';
import { readZoomSetting, stepZoom, writeZoomSetting, zoomCommandForKey, zoomFactor, type ZoomSetting } from './preview-zoom';
import { ZoomControl } from './zoom-control';
import type { Host } from '../host/host';

const PX_PER_PT = 96 / 72;

function pageLabel(format: string | null, page: number, pages: number): string | null {
  return format === null ? null : format.replace('{page}', String(page)).replace('{pages}', String(pages));
}

/** The page's name for a screen reader: what its footer shows when that says more than a number. */
function pageName(doc: DocModel, page: number, pages: number, fallback: (page: number, pages: number) => string): string {
  const shown = pageLabel(doc.furniture.pageNumberFormat, page, pages);
  return shown !== null && /\p{L}/u.test(shown) ? shown : fallback(page, pages);
}

interface PagesProps {
  readonly doc: DocModel;
  readonly zoomSetting: ZoomSetting;
  /** Told what Fit width comes to in the pane now, so the control and Ctrl +/− can step from it. */
  readonly onFitFactor: (factor: number) => void;
}

// Memoised: telling the pane its Fit-width factor (the layout effect below) re-renders the pane's
// header, not every page again.
const Pages = memo(function Pages({ doc, zoomSetting, onFitFactor }: PagesProps) {
  const { i18n } = useTranslation('ui');
  // The page is the note's: its label reads what the page shows, in the note's language ("Page 1 de 2").
  const noteT = i18n.getFixedT(doc.metadata.language, 'ui');
  const units = useMemo(() => flowUnits(doc.blocks), [doc.blocks]);
  const measureRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const [measured, setPages] = useState<number[][]>([]);
  // Until the layout effect has measured the current units, the page holds none of them. The effect
  // runs and re-renders before the browser paints, so this state is never seen; what it saves is
  // building and laying out every unit twice (the measuring box and a long page) before the first paint.
  const pages = measured.flat().length === units.length ? measured : [[]];
  const [frameWidth, setFrameWidth] = useState(0);

  const { width, height } = pageDimensions(doc.page);
  const { margins } = doc.page;
  const textHeightPx = (height - margins.top - margins.bottom) * PX_PER_PT;

  useLayoutEffect(() => {
    const children = [...(measureRef.current?.children ?? [])] as HTMLElement[];
    const heights = children.map((child) => child.getBoundingClientRect().height);
    const keep = units.map((unit) => unit.keepWithNext);
    setPages(paginate(heights, textHeightPx, keep));
  }, [units, textHeightPx, doc.styles]);

  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    // The width now, as the observer will report it (the content box): the measuring effect above has
    // just laid the page out, so this is free, and the first paint is already at Fit width rather than
    // at half size, re-rendered and laid out again when the observer first reports.
    const style = getComputedStyle(frame);
    const padding = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
    setFrameWidth(Math.max(0, padding.reduce((width, side) => width - (parseFloat(style[side]) || 0), frame.getBoundingClientRect().width)));
    const observer = new ResizeObserver(([entry]) => setFrameWidth(entry?.contentRect.width ?? 0));
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  const pageWidthPx = width * PX_PER_PT;
  // Fit width: the page as wide as the frame's content box (the pane less its padding and scrollbar).
  const fitFactor = frameWidth > 0 ? Math.max(0.1, frameWidth / pageWidthPx) : 0.5;
  useLayoutEffect(() => onFitFactor(fitFactor), [fitFactor, onFitFactor]);
  const zoom = zoomFactor(zoomSetting, fitFactor);
  const textStyle = {
    fontFamily: doc.styles.font === 'Liberation Serif' ? "'Liberation Serif', 'Times New Roman', serif" : "'Liberation Sans', Arial, sans-serif",
    fontSize: `${doc.styles.baseSize}pt`,
    lineHeight: doc.styles.lineSpacing * 1.15,
  };
  const furniture = { color: `#${doc.styles.markingColor}`, fontSize: `${doc.styles.smallSize}pt` };

  return (
    <div className="preview__frame" ref={frameRef}>
      <div className="preview__measure" ref={measureRef} aria-hidden="true" style={{ ...textStyle, width: `${width - margins.left - margins.right}pt` }}>
        {units.map((unit) => (
          <div key={unit.key} className="preview__unit">
            <FlowUnitView unit={unit} styles={doc.styles} />
          </div>
        ))}
      </div>
      <div className="preview__pages" data-bench="preview" style={{ zoom }}>
        {pages.map((indexes, pageIndex) => (
          <article
            key={pageIndex}
            className="preview__page"
            lang={doc.metadata.language}
            aria-label={pageName(doc, pageIndex + 1, pages.length, (page, count) => noteT('preview.page', { page, pages: count }))}
            style={{ width: `${width}pt`, height: `${height}pt`, padding: `${margins.top}pt ${margins.right}pt ${margins.bottom}pt ${margins.left}pt` }}
          >
            {doc.furniture.marking && (doc.furniture.markingPlacement === 'every-page' || pageIndex === 0) && (
              <div
                className="preview__furniture preview__furniture--top preview__marking"
                style={{
                  ...furniture,
                  top: `${margins.top / 2.6}pt`,
                  ...(doc.furniture.markingPlacement === 'first-page-top-right' ? { left: `${margins.left}pt`, right: `${margins.right}pt`, alignItems: 'flex-end' } : {}),
                }}
              >
                {doc.furniture.marking}
              </div>
            )}
            <div className="preview__text" style={textStyle}>
              {indexes.map((index) => (
                <div key={units[index]!.key} className="preview__unit">
                  <FlowUnitView unit={units[index]!} styles={doc.styles} />
                </div>
              ))}
            </div>
            <div className="preview__furniture preview__furniture--bottom" style={{ ...furniture, bottom: `${margins.bottom / 2.6}pt`, left: `${margins.left}pt`, right: `${margins.right}pt` }}>
              {doc.furniture.marking && doc.furniture.markingPlacement === 'every-page' && <span className="preview__marking">{doc.furniture.marking}</span>}
              <span style={{ color: `#${doc.styles.mutedColor}` }}>{pageLabel(doc.furniture.pageNumberFormat, pageIndex + 1, pages.length)}</span>
            </div>
          </article>
        ))}
      </div>
    </div>
  );
});

export function PreviewPane({ host }: { host?: Host }) {
  const briefing = useDeferredValue(useBriefing());
  const template = useTemplate();
  const wordTemplate = useWordTemplate();
  const statement = useStatement();
  const structured = useStructured();
  // While a template is being edited, the preview shows the statement freshly composed through it.
  const editing = useDeferredValue(useEditingTemplate());
  const { t } = useTranslation('ui');
  const { doc, problem } = useMemo(() => {
    if (editing && structured) {
      try {
        const composed = composeBriefing(structured, editing, { today: briefing?.metadata.date || undefined });
        // The officer's title, date and marking, so the page looks like their note.
        return { doc: applyTemplate({ ...composed, metadata: briefing?.metadata ?? composed.metadata }, editing, statement ?? undefined), problem: null };
      } catch (error) {
        // A snippet that worked on the last statement may fail on this one: say so rather than go blank.
        return { doc: null, problem: t('preview.problem', { reason: describe(error, t) }) };
      }
    }
    return { doc: briefing ? applyTemplate(briefing, template, statement ?? undefined) : null, problem: null };
  }, [briefing, template, statement, structured, editing, t]);
  const missingCharacters = useUnsupportedCharacters(host, doc);
  const [zoomSetting, setZoomSetting] = useState<ZoomSetting>(readZoomSetting);
  const [fitFactor, setFitFactor] = useState(0.5);
  const chooseZoom = useCallback((setting: ZoomSetting) => {
    setZoomSetting(setting);
    writeZoomSetting(setting);
  }, []);
  // Ctrl/Cmd +, − and 0 zoom the preview only while it has focus: elsewhere they stay the browser's
  // (and the desktop View menu's) page zoom.
  const onKeyDown = (event: KeyboardEvent) => {
    const command = zoomCommandForKey(event);
    if (!command) return;
    event.preventDefault();
    chooseZoom(command === 'fit' ? 'fit' : stepZoom(zoomSetting, fitFactor, command));
  };
  return (
    <section className="pane pane--preview" aria-labelledby="preview-heading" onKeyDown={onKeyDown}>
      <header className="pane__header">
        <h2 id="preview-heading">{t('preview.heading')}</h2>
        {doc && <ZoomControl setting={zoomSetting} fitFactor={fitFactor} onChange={chooseZoom} />}
        {doc && (
          <span className="muted pane__meta">
            {editing ? t('preview.editing') : ''}
            {doc.page.size === 'LETTER' ? t('preview.letter') : t('preview.a4')}
            {editing ? '' : t('preview.margins', { mm: Math.round((doc.page.margins.left / 72) * 25.4) })}
          </span>
        )}
      </header>
      {wordTemplate && !editing && (
        <p className="preview__word-template" role="note">
          {t('preview.wordTemplate', { word: wordTemplate.name, template: template.name })}
        </p>
      )}
      <FontWarning characters={missingCharacters} />
      <div className="pane__body pane__body--preview" tabIndex={0} aria-label={t('preview.pages')}>{doc ? <Pages doc={doc} zoomSetting={zoomSetting} onFitFactor={setFitFactor} /> : <p className={problem ? 'preview__problem' : 'muted'}>{problem ?? t('preview.empty')}</p>}</div>
    </section>
  );
}
