/**
 * Paste a statement: a modal with one text box. Renderers may not read the clipboard on their own
 * (permission requests are denied), so the officer pastes into the box with the usual keys.
 */
import { useRef, useState } from 'react';
import { useModalDialog } from './use-modal-dialog';
import { openPastedText } from '../files/open-input';

export function PasteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');

  useModalDialog(dialogRef, open, () => setText(''));

  const submit = () => {
    openPastedText(text);
    onClose();
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
        <h2 id="paste-heading">Paste a statement</h2>
        <label htmlFor="paste-text" className="muted">
          Paste the statement's text below. It replaces the statement you are working on.
        </label>
        <textarea id="paste-text" value={text} autoFocus rows={14} onChange={(event) => setText(event.target.value)} />
        <div className="paste-dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Open pasted text
          </button>
        </div>
      </form>
    </dialog>
  );
}
