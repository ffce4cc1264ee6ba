/**
 * The template library: a modal listing the built-in templates and the officer's own, grouped. Any
 * template can be used for the note, duplicated or exported; the officer's own can also be edited,
 * renamed and deleted (built-ins are read-only: they offer "Duplicate to edit" instead). Import reads
 * a `*.briefwright-template.json` or a Word document with `{{placeholders}}` (a Word template: the
 * note's DOCX fills it, the PDF uses its built-in layout); Save as template keeps the note's
 * arrangement as a new template.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDER_EXAMPLES } from '../i18n/placeholder-examples';
import { useModalDialog } from './use-modal-dialog';
import type { Template } from '../../../core/model/template';
import { listBuiltInTemplates, findBuiltInTemplate } from '../../../core/templates/template-loader';
import { templateNameRefusal } from '../templates/template-name-refusal';
import { describe } from '../../../core/i18n/describe';
import { placeholderMessage, type WordTemplateInfo } from '../../../core/templates/word-template-info';
import type { Host } from '../host/host';
import { actions, useBriefwrightStore, useTemplate, useUserTemplates, useWordTemplate, useWordTemplates } from '../state/store';
import {
  chooseTemplateForNote,
  chooseWordTemplateForNote,
  deleteTemplate,
  deleteWordTemplate,
  duplicateTemplate,
  exportTemplate,
  exportWordTemplate,
  importTemplateFile,
  importWordTemplate,
  readWordTemplateFile,
  renameTemplate,
  renameWordTemplate,
  type Confirm,
  type PendingWordTemplate,
} from '../templates/template-actions';
import { NameDialog } from './name-dialog';
import { NoticeLine } from './notice-line';
import { WordTemplateImportDialog } from './word-template-import-dialog';

interface Props {
  readonly host: Host;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onSaveAs: () => void;
}

const confirmInWindow: Confirm = (question) => window.confirm(question);

/** A row's name, labelling the row, with "In use" when the note uses it. */
function RowName({ id, name, inUse, lang }: { readonly id: string; readonly name: string; readonly inUse: boolean; readonly lang?: string }) {
  const { t } = useTranslation('ui');
  return (
    <span className="library-row__name" id={id}>
      <span lang={lang}>{name}</span>
      {inUse && <span className="badge">{t('library.inUse')}</span>}
    </span>
  );
}

interface RowProps {
  readonly template: Template;
  readonly builtIn: boolean;
  readonly inUse: boolean;
  readonly host: Host;
  readonly onUse: (id: string) => void;
  readonly onRename: () => void;
  readonly onEdit: (id: string) => void;
}

function TemplateRow({ template, builtIn, inUse, host, onUse, onRename, onEdit }: RowProps) {
  const nameId = `library-${builtIn ? 'builtin' : 'mine'}-${template.id}`;
  const { t } = useTranslation('ui');
  return (
    <li className="library-row" aria-labelledby={nameId}>
      <div className="library-row__text">
        <RowName id={nameId} name={template.name} inUse={inUse} lang={template.language} />
        <span className="library-row__meta">
          {t('library.meta', { language: t(`languageName.${template.language}`), size: template.page.size === 'LETTER' ? t('preview.letter') : t('preview.a4'), count: template.sections.length })}
        </span>
      </div>
      <div className="library-row__actions" role="group" aria-label={t('library.actionsFor', { name: template.name })}>
        <button type="button" className="button button--small" disabled={inUse} onClick={() => onUse(template.id)}>
          {t('library.use')}
        </button>
        {builtIn ? (
          <button
            type="button"
            className="button button--small"
            onClick={async () => {
              const copy = await duplicateTemplate(host, template.id, confirmInWindow);
              if (copy) onEdit(copy.id);
            }}
          >
            {t('library.duplicateToEdit')}
          </button>
        ) : (
          <>
            <button type="button" className="button button--small" onClick={() => onEdit(template.id)}>
              {t('library.edit')}
            </button>
            <button type="button" className="button button--small" onClick={() => void duplicateTemplate(host, template.id, confirmInWindow)}>
              {t('library.duplicate')}
            </button>
            <button type="button" className="button button--small" onClick={onRename}>
              {t('library.rename')}
            </button>
          </>
        )}
        <button type="button" className="button button--small" onClick={() => void exportTemplate(host, template.id)}>
          {t('library.export')}
        </button>
        {!builtIn && (
          <button type="button" className="button button--small button--danger" onClick={() => void deleteTemplate(host, template.id, confirmInWindow)}>
            {t('library.delete')}
          </button>
        )}
      </div>
    </li>
  );
}

interface WordRowProps {
  readonly template: WordTemplateInfo;
  readonly inUse: boolean;
  readonly host: Host;
  readonly onUse: (id: string) => void;
  readonly onRename: () => void;
}

function WordTemplateRow({ template, inUse, host, onUse, onRename }: WordRowProps) {
  const nameId = `library-word-${template.id}`;
  const base = findBuiltInTemplate(template.base);
  const { t } = useTranslation('ui');
  const placeholders = base
    ? template.placeholders.map((key) => {
        const { filled, message } = placeholderMessage(key, base);
        return { key, filled, text: describe(message, t) };
      })
    : [];
  const unfilled = placeholders.filter((placeholder) => !placeholder.filled).length;
  return (
    <li className="library-row library-row--word" aria-labelledby={nameId}>
      <div className="library-row__text">
        <RowName id={nameId} name={template.name} inUse={inUse} />
        <span className="library-row__meta">
          {t('library.wordMeta', { base: base?.name ?? template.base, count: placeholders.length })}
          {unfilled > 0 && <span className="library-row__warning">{t('library.unfilled', { count: unfilled })}</span>}
        </span>
        <details className="library-row__details">
          <summary>{t('library.placeholders')}</summary>
          <ul>
            {placeholders.map((placeholder) => (
              <li key={placeholder.key} className={placeholder.filled ? undefined : 'library-row__warning'}>
                <code>{`{{${placeholder.key}}}`}</code> {placeholder.filled ? placeholder.text : t('wordImport.warning', { text: placeholder.text })}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <div className="library-row__actions" role="group" aria-label={t('library.actionsFor', { name: template.name })}>
        <button type="button" className="button button--small" disabled={inUse} onClick={() => onUse(template.id)}>
          {t('library.use')}
        </button>
        <button type="button" className="button button--small" onClick={onRename}>
          {t('library.rename')}
        </button>
        <button type="button" className="button button--small" onClick={() => void exportWordTemplate(host, template.id)}>
          {t('library.export')}
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => void deleteWordTemplate(host, template.id, confirmInWindow)}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}

export function TemplateLibrary({ host, open, onClose, onSaveAs }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const userTemplates = useUserTemplates();
  const current = useTemplate();
  const wordTemplates = useWordTemplates();
  const currentWord = useWordTemplate();
  /** The template being renamed: one of the officer's JSON templates or Word templates. */
  const [renaming, setRenaming] = useState<{ readonly id: string; readonly name: string; readonly word: boolean } | null>(null);
  const [pendingWord, setPendingWord] = useState<PendingWordTemplate | null>(null);
  const { t } = useTranslation('ui');

  useModalDialog(dialogRef, open);

  const use = (id: string) => {
    chooseTemplateForNote(id);
    // Back to the note, unless the template was refused: then the library shows why.
    if (useBriefwrightStore.getState().template.id === id) onClose();
  };

  const useWord = (id: string) => {
    chooseWordTemplateForNote(id);
    if (useBriefwrightStore.getState().wordTemplate?.id === id) onClose();
  };

  const edit = (id: string) => {
    actions().openTemplateEditor(id);
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal library"
      aria-labelledby="library-heading"
      // React passes a nested dialog's close and cancel up the tree: only this dialog's own count.
      onClose={(event) => event.target === event.currentTarget && onClose()}
      onCancel={(event) => event.target === event.currentTarget && onClose()}
    >
      <div className="library__header">
        <h2 id="library-heading">{t('library.heading')}</h2>
        <div className="library__header-actions">
          <button type="button" className="button" onClick={onSaveAs}>
            {t('library.saveAs')}
          </button>
          <button
            type="button"
            className="button"
            title={t('library.importTitle', PLACEHOLDER_EXAMPLES)}
            onClick={() => importInput.current?.click()}
          >
            {t('library.import')}
          </button>
          <input
            ref={importInput}
            type="file"
            accept=".json,application/json,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('library.importInput')}
            data-testid="template-import-input"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              if (/\.docx$/i.test(file.name)) setPendingWord(await readWordTemplateFile(file));
              else void importTemplateFile(host, file, confirmInWindow);
            }}
          />
        </div>
      </div>
      {open && <NoticeLine />}
      {/* Only while open: a closed dialog shows nothing, and its rows (every built-in parsed, each row
          translated) were a tenth of the app's first render (issue 16). */}
      {open && (
        <div className="library__body">
          <section aria-labelledby="library-mine">
            <h3 id="library-mine">{t('library.mine')}</h3>
            {userTemplates.length === 0 ? (
              <p className="muted library__empty">{t('library.mineEmpty')}</p>
            ) : (
              <ul className="library__list">
                {userTemplates.map((template) => (
                  <TemplateRow key={template.id} template={template} builtIn={false} inUse={!currentWord && template.id === current.id} host={host} onUse={use} onRename={() => setRenaming({ id: template.id, name: template.name, word: false })} onEdit={edit} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="library-word">
            <h3 id="library-word">{t('library.word')}</h3>
            {wordTemplates.length === 0 ? (
              <p className="muted library__empty">{t('library.wordEmpty', PLACEHOLDER_EXAMPLES)}</p>
            ) : (
              <ul className="library__list">
                {wordTemplates.map((template) => (
                  <WordTemplateRow key={template.id} template={template} inUse={template.id === currentWord?.id} host={host} onUse={useWord} onRename={() => setRenaming({ id: template.id, name: template.name, word: true })} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="library-builtin">
            <h3 id="library-builtin">{t('library.builtIn')}</h3>
            <p className="muted library__note">{t('library.builtInNote')}</p>
            <ul className="library__list">
              {listBuiltInTemplates().map((template) => (
                <TemplateRow key={template.id} template={template} builtIn inUse={!currentWord && template.id === current.id} host={host} onUse={use} onRename={() => undefined} onEdit={edit} />
              ))}
            </ul>
          </section>
        </div>
      )}
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <WordTemplateImportDialog
        pending={pendingWord}
        onClose={() => setPendingWord(null)}
        onImport={(name, baseId) => {
          const pending = pendingWord;
          setPendingWord(null);
          if (pending) {
            void importWordTemplate(host, pending, name, baseId, confirmInWindow);
          }
        }}
      />
      <NameDialog
        open={renaming !== null}
        title={t('library.renameTitle')}
        label={t('library.newName')}
        initialName={renaming?.name ?? ''}
        submitLabel={t('library.rename')}
        check={templateNameRefusal}
        onSubmit={(name) => {
          const target = renaming;
          setRenaming(null);
          if (target?.word) void renameWordTemplate(host, target.id, name);
          else if (target) void renameTemplate(host, target.id, name);
        }}
        onClose={() => setRenaming(null)}
      />
    </dialog>
  );
}
