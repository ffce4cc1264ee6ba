/**
 * The template library: a modal listing the built-in templates and the officer's own, grouped. Any
 * template can be used for the note, duplicated or exported; the officer's own can also be edited,
 * renamed and deleted (built-ins are read-only: they offer "Duplicate to edit" instead). Import reads
 * a `*.briefwright-template.json`; Save as template keeps the note's arrangement as a new template.
 */
import { useEffect, useRef, useState } from 'react';
import type { Template } from '../../../core/model/template';
import { builtInTemplates } from '../../../core/templates/template-loader';
import { templateNameProblem } from '../../../core/templates/template-library';
import type { Host } from '../host/host';
import { actions, useBriefwrightStore, useTemplate, useUserTemplates } from '../state/store';
import { chooseTemplateForNote, deleteTemplate, duplicateTemplate, exportTemplate, importTemplateFile, renameTemplate, type Confirm } from '../templates/template-actions';
import { NameDialog } from './name-dialog';
import { NoticeLine } from './notice-line';

interface Props {
  readonly host: Host;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onSaveAs: () => void;
}

const LANGUAGES = { en: 'English', fr: 'Français' } as const;
const confirmInWindow: Confirm = (question) => window.confirm(question);

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
  return (
    <li className="library-row" aria-labelledby={nameId}>
      <div className="library-row__text">
        <span className="library-row__name" id={nameId}>
          {template.name}
          {inUse && <span className="badge">In use</span>}
        </span>
        <span className="library-row__meta">
          {LANGUAGES[template.language]} · {template.page.size === 'LETTER' ? 'Letter' : 'A4'} · {template.sections.length} sections
        </span>
      </div>
      <div className="library-row__actions" role="group" aria-label={`Actions for ${template.name}`}>
        <button type="button" className="button button--small" disabled={inUse} onClick={() => onUse(template.id)}>
          Use
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
            Duplicate to edit
          </button>
        ) : (
          <>
            <button type="button" className="button button--small" onClick={() => onEdit(template.id)}>
              Edit
            </button>
            <button type="button" className="button button--small" onClick={() => void duplicateTemplate(host, template.id, confirmInWindow)}>
              Duplicate
            </button>
            <button type="button" className="button button--small" onClick={onRename}>
              Rename
            </button>
          </>
        )}
        <button type="button" className="button button--small" onClick={() => void exportTemplate(host, template.id)}>
          Export
        </button>
        {!builtIn && (
          <button type="button" className="button button--small button--danger" onClick={() => void deleteTemplate(host, template.id, confirmInWindow)}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}

export function TemplateLibrary({ host, open, onClose, onSaveAs }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const userTemplates = useUserTemplates();
  const current = useTemplate();
  const [renaming, setRenaming] = useState<Template | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    else if (!open && dialog.open) dialog.close?.();
  }, [open]);

  const use = (id: string) => {
    chooseTemplateForNote(id);
    // Back to the note, unless the template was refused: then the library shows why.
    if (useBriefwrightStore.getState().template.id === id) onClose();
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
        <h2 id="library-heading">Templates</h2>
        <div className="library__header-actions">
          <button type="button" className="button" onClick={onSaveAs}>
            Save note as template…
          </button>
          <button type="button" className="button" onClick={() => importInput.current?.click()}>
            Import…
          </button>
          <input
            ref={importInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Import a template file (.briefwright-template.json)"
            data-testid="template-import-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importTemplateFile(host, file, confirmInWindow);
            }}
          />
        </div>
      </div>
      {open && <NoticeLine />}
      <div className="library__body">
        <section aria-labelledby="library-mine">
          <h3 id="library-mine">Your templates</h3>
          {userTemplates.length === 0 ? (
            <p className="muted library__empty">None yet. Save the note as a template, duplicate a built-in, or import a template file.</p>
          ) : (
            <ul className="library__list">
              {userTemplates.map((template) => (
                <TemplateRow key={template.id} template={template} builtIn={false} inUse={template.id === current.id} host={host} onUse={use} onRename={() => setRenaming(template)} onEdit={edit} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="library-builtin">
          <h3 id="library-builtin">Built-in templates</h3>
          <p className="muted library__note">Read-only. Duplicate one to make a version you can edit.</p>
          <ul className="library__list">
            {builtInTemplates.map((template) => (
              <TemplateRow key={template.id} template={template} builtIn inUse={template.id === current.id} host={host} onUse={use} onRename={() => undefined} onEdit={edit} />
            ))}
          </ul>
        </section>
      </div>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
      <NameDialog
        open={renaming !== null}
        title="Rename template"
        label="New name"
        initialName={renaming?.name ?? ''}
        submitLabel="Rename"
        check={templateNameProblem}
        onSubmit={(name) => {
          const target = renaming;
          setRenaming(null);
          if (target) void renameTemplate(host, target.id, name);
        }}
        onClose={() => setRenaming(null)}
      />
    </dialog>
  );
}
