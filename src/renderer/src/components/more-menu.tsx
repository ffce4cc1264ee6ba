/**
 * The top bar's "More" disclosure: below ~1200 px the less used actions (Save as…, the Source
 * comments toggle) leave the bar for a panel under this button, so the bar keeps one row. Wider, the
 * button is hidden and the same children sit in the bar (styles.css, .top-bar__secondary): one set
 * of controls, never two copies. A disclosure rather than an ARIA menu, because the panel holds a
 * checkbox beside buttons; Escape or a click elsewhere closes it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function MoreMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation('session');
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="top-bar__more" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button top-bar__more-button"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('topBar.moreTitle')}
        onClick={() => setOpen((value) => !value)}
      >
        {t('topBar.more')} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        className={`top-bar__secondary${open ? ' top-bar__secondary--open' : ''}`}
        // A click on Save as… does its work and closes the panel.
        onClick={(event) => {
          if ((event.target as Element).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
