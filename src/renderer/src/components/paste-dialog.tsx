/**
 * Paste a statement: a modal with one text box. Renderers may not read the clipboard on their own
 * (permission requests are denied), so the officer pastes into the box with the usual keys.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './use-modal-dialog';
import { openPastedText } from '../files/open-input';

export function PasteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const { t } = useTranslation('ui');

  useModalDialog(dialogRef, open, () => setText(''));

  const submit = () => {
    // Closed first: with unsaved changes the Save / Don't save / Cancel question comes next.
    onClose();
    // Emptied now, not on the next open: a closed dialog's 300 KB text box cost a ~310 ms style
    // recalculation when the opened statement rendered (Chromium trace, issue 16).
    setText('');
    void openPastedText(text);
  };

  return (
    <dialog ref={dialogRef} className="paste-dialog" aria-labelledby="paste-heading" onClose={onClose} onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id="paste-heading">{t('paste.heading')}</h2>
        <label htmlFor="paste-text" className="muted">
          {t('paste.help')}
        </label>
        <textarea id="paste-text" value={text} autoFocus rows={14} onChange={(event) => setText(event.target.value)} />
        <div className="paste-dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('paste.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
