/**
 * Asked before an export when the note still holds placeholders the template drafted ("[Add context:
 * …]"): a note is not sent with them by accident (issue 13 item 7). Export anyway goes on; Go to the
 * first one closes the dialog and puts the cursor on that placeholder in the Compose pane; Escape
 * does neither.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './use-modal-dialog';
import type { DraftPlaceholder } from '../../../core/compose/draft-placeholders';

interface Props {
  /** The placeholders, or null when the dialog is closed. */
  readonly placeholders: readonly DraftPlaceholder[] | null;
  readonly formatLabel: string;
  readonly onExportAnyway: () => void;
  readonly onGoToFirst: () => void;
  readonly onClose: () => void;
}

const SHOWN = 5;

export function PlaceholderDialog({ placeholders, formatLabel, onExportAnyway, onGoToFirst, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const open = placeholders !== null;
  const { t } = useTranslation('ui');

  useModalDialog(dialogRef, open);

  const count = placeholders?.length ?? 0;
  return (
    <dialog ref={dialogRef} className="modal modal--small" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onClose={onClose} onCancel={onClose}>
      <h2 id={`${id}-title`}>{t('placeholders.title', { format: formatLabel })}</h2>
      <p id={`${id}-text`}>{t('placeholders.text', { count })}</p>
      <ul className="placeholder-list">
        {(placeholders ?? []).slice(0, SHOWN).map((placeholder, index) => (
          <li key={`${placeholder.itemId}-${index}`}>
            <strong>{t('placeholders.section', { heading: placeholder.sectionHeading })}</strong> {placeholder.text}
          </li>
        ))}
        {count > SHOWN && <li>{t('placeholders.more', { count: count - SHOWN })}</li>}
      </ul>
      <div className="modal__buttons">
        <button type="button" className="button" onClick={onExportAnyway}>
          {t('placeholders.exportAnyway')}
        </button>
        <button type="button" className="button button--primary" autoFocus onClick={onGoToFirst}>
          {t('placeholders.goToFirst')}
        </button>
      </div>
    </dialog>
  );
}
