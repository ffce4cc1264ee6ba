/**
 * "Save changes to “…”?" — asked before the draft is replaced or the window closed while it holds
 * unsaved changes (files/unsaved-changes.ts decides when). Save saves as the Save action does, then
 * goes on; Don't save goes on; Cancel and Escape leave everything as it was, Undo included.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './use-modal-dialog';
import { setUnsavedQuestion, type UnsavedChoice } from '../files/unsaved-changes';

interface Pending {
  readonly title: string;
  readonly answer: (choice: UnsavedChoice) => void;
}

export function UnsavedChangesDialog({ onSave }: { onSave: () => Promise<void> }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const { t } = useTranslation('session');
  const saveRef = useRef(onSave);
  saveRef.current = onSave;

  useEffect(
    () =>
      setUnsavedQuestion({
        ask: (title) =>
          new Promise<UnsavedChoice>((resolve) => {
            setPending((previous) => {
              // A second question while one is open: the first is answered Cancel (nothing replaced twice).
              previous?.answer('cancel');
              return { title, answer: resolve };
            });
          }),
        save: () => saveRef.current(),
      }),
    [],
  );

  useModalDialog(dialogRef, pending !== null);

  const answer = (choice: UnsavedChoice) => {
    pending?.answer(choice);
    setPending(null);
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal modal--small"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      data-testid="unsaved-changes-dialog"
      onCancel={(event) => {
        event.preventDefault();
        answer('cancel');
      }}
    >
      <h2 id={`${id}-title`}>{t('unsaved.title', { title: pending?.title ?? '' })}</h2>
      <p id={`${id}-text`}>{t('unsaved.text')}</p>
      <div className="modal__buttons">
        <button type="button" className="button" onClick={() => answer('cancel')}>
          {t('unsaved.cancel')}
        </button>
        <button type="button" className="button" onClick={() => answer('discard')}>
          {t('unsaved.discard')}
        </button>
        <button type="button" className="button button--primary" onClick={() => answer('save')}>
          {t('unsaved.save')}
        </button>
      </div>
    </dialog>
  );
}
