/**
 * Importing a Word-authored template: after the .docx is read, the officer sees every placeholder
 * found in it and what each will hold (unknown ones flagged: they stay in the document as typed),
 * names the template and picks the built-in layout the note is composed with — which is also what
 * the preview and the PDF show. Nothing is stored until Import.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDER_EXAMPLES } from '../i18n/placeholder-examples';
import { useModalDialog } from './use-modal-dialog';
import { findBuiltInTemplate, listBuiltInTemplateEntries } from '../../../core/templates/template-loader';
import { templateNameRefusal } from '../templates/template-name-refusal';
import { placeholderMessage } from '../../../core/templates/word-template-info';
import { describe } from '../../../core/i18n/describe';
import type { PendingWordTemplate } from '../templates/template-actions';

interface Props {
  readonly pending: PendingWordTemplate | null;
  readonly onImport: (name: string, baseId: string) => void;
  readonly onClose: () => void;
}

export function WordTemplateImportDialog({ pending, onImport, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { t } = useTranslation('ui');
  const [name, setName] = useState('');
  const [baseId, setBaseId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useModalDialog(dialogRef, pending !== null, () => {
    if (!pending) return;
    setName(pending.suggestedName);
    setBaseId(pending.suggestedBase);
    setProblem(null);
  });

  const base = findBuiltInTemplate(baseId);
  // Those that will not be filled first, so the warnings are seen without scrolling.
  const rows = useMemo(
    () =>
      pending && base
        ? pending.placeholders
            .map((key) => {
              const { filled, message } = placeholderMessage(key, base);
              return { key, filled, text: describe(message, t) };
            })
            .sort((a, b) => Number(a.filled) - Number(b.filled))
        : [],
    [pending, base, t],
  );
  const unknown = rows.filter((row) => !row.filled).length;

  return (
    <dialog
      ref={dialogRef}
      className="modal word-import"
      aria-labelledby={`${id}-title`}
      onClose={(event) => event.target === event.currentTarget && onClose()}
      onCancel={(event) => event.target === event.currentTarget && onClose()}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const refused = templateNameRefusal(name);
          setProblem(refused);
          if (!refused) onImport(name.trim(), baseId);
        }}
      >
        <h2 id={`${id}-title`}>{t('wordImport.title')}</h2>
        <p className="muted word-import__file">{pending?.fileName}</p>
        <div className="word-import__fields">
          <div className="form-field">
            <label htmlFor={`${id}-name`}>{t('wordImport.name')}</label>
            <input
              id={`${id}-name`}
              value={name}
              autoFocus
              aria-invalid={problem !== null}
              aria-describedby={`${id}-problem`}
              onChange={(event) => {
                setName(event.target.value);
                if (problem) setProblem(templateNameRefusal(event.target.value));
              }}
            />
            <p id={`${id}-problem`} className="form-field__error" role="alert">
              {problem}
            </p>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-base`}>{t('wordImport.base')}</label>
            <select id={`${id}-base`} value={baseId} aria-describedby={`${id}-base-hint`} onChange={(event) => setBaseId(event.target.value)}>
              {(['en', 'fr'] as const).map((language) => (
                <optgroup key={language} label={t(`languageName.${language}`)}>
                  {listBuiltInTemplateEntries()
                    .filter((template) => template.language === language)
                    .map((template) => (
                      <option key={template.id} value={template.id} lang={template.language}>
                        {template.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            <p id={`${id}-base-hint`} className="form-field__hint">
              {t('wordImport.baseHint')}
            </p>
          </div>
        </div>
        <h3 className="word-import__heading">
          {t('wordImport.found', { count: rows.length })}
          {unknown > 0 && <span className="word-import__unknown-count">{t('wordImport.notFilled', { count: unknown })}</span>}
        </h3>
        {unknown === rows.length && (
          <p className="form-field__error" role="status">
            {t('wordImport.noneWarning', PLACEHOLDER_EXAMPLES)}
          </p>
        )}
        {rows.length > 0 && (
          <ul className="word-import__placeholders" aria-label={t('wordImport.list')} tabIndex={0}>
            {rows.map((row) => (
              <li key={row.key} className={row.filled ? 'word-import__placeholder' : 'word-import__placeholder word-import__placeholder--unknown'}>
                <code>{`{{${row.key}}}`}</code> <span>{row.filled ? row.text : t('wordImport.warning', { text: row.text })}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="modal__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('wordImport.import')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
