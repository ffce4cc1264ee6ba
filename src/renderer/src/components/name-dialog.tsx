/**
 * A small modal that asks for a name (Save as template, Rename): one labelled text box, the reason
 * a name is refused right under it, and the two buttons. Enter submits, Escape cancels.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './use-modal-dialog';

interface Props {
  readonly open: boolean;
  readonly title: string;
  readonly label: string;
  readonly hint?: string;
  readonly initialName: string;
  readonly submitLabel: string;
  /** Why the name is refused, or null. */
  readonly check: (name: string) => string | null;
  readonly onSubmit: (name: string) => void;
  readonly onClose: () => void;
}

export function NameDialog({ open, title, label, hint, initialName, submitLabel, check, onSubmit, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const { t } = useTranslation('ui');

  useModalDialog(dialogRef, open, () => {
    setName(initialName);
    setProblem(null);
  });

  return (
    <dialog ref={dialogRef} className="modal modal--small" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const refused = check(name);
          setProblem(refused);
          if (!refused) onSubmit(name.trim());
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="form-field">
          <label htmlFor={`${id}-name`}>{label}</label>
          <input
            id={`${id}-name`}
            value={name}
            autoFocus
            aria-invalid={problem !== null}
            aria-describedby={hint ? `${id}-hint ${id}-problem` : `${id}-problem`}
            onChange={(event) => {
              setName(event.target.value);
              if (problem) setProblem(check(event.target.value));
            }}
          />
          {hint && (
            <p id={`${id}-hint`} className="form-field__hint">
              {hint}
            </p>
          )}
          <p id={`${id}-problem`} className="form-field__error" role="alert">
            {problem}
          </p>
        </div>
        <div className="modal__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
