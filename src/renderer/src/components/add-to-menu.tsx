/**
 * The Source pane's "Add to…" menu: the note's sections, one menu item each, at the words it adds.
 * Follows the WAI-ARIA menu pattern: it takes the focus when it opens, ↑/↓/Home/End move, Enter or
 * a click chooses, Escape or Tab closes, and the caller puts the focus back where it was.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface AddToMenuSection {
  readonly id: string;
  readonly heading: string;
}

interface AddToMenuProps {
  /**
   * Where it opens, in viewport coordinates: at `x`, below `bottom` (the words' lower edge) or, when
   * it does not fit there, above `top`; always kept inside the window.
   */
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly sections: readonly AddToMenuSection[];
  /** The note's language, which its headings are in (the menu's title is in the interface's). */
  readonly language?: string;
  onChoose(sectionId: string): void;
  onClose(): void;
}

const MARGIN = 8;
/** Between the words and the menu. */
const GAP = 4;

export function AddToMenu({ x, top, bottom, sections, language, onChoose, onClose }: AddToMenuProps) {
  const { t } = useTranslation('source');
  const wrapper = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: x, top: bottom });
  const items = () => [...(wrapper.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useLayoutEffect(() => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box) return;
    const left = Math.max(MARGIN, Math.min(x, window.innerWidth - box.width - MARGIN));
    const fitsBelow = bottom + GAP + box.height + MARGIN <= window.innerHeight;
    setPosition({ left, top: fitsBelow ? bottom + GAP : Math.max(MARGIN, top - GAP - box.height) });
    items()[0]?.focus();
  }, [x, top, bottom]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(list.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="add-menu" ref={wrapper} style={{ left: position.left, top: position.top }} onKeyDown={onKeyDown} onContextMenu={(event) => event.preventDefault()}>
      <p className="add-menu__title" id="add-menu-title">
        {t('menuTitle')}
      </p>
      <div role="menu" aria-labelledby="add-menu-title" className="add-menu__list" lang={language}>
        {sections.map((section) => (
          <button key={section.id} type="button" role="menuitem" tabIndex={-1} className="add-menu__item" onClick={() => onChoose(section.id)}>
            {section.heading}
          </button>
        ))}
      </div>
    </div>
  );
}
