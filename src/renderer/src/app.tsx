/**
 * The app's window: the top bar and note details above three panes — Source (the statement with its
 * extracted items), Compose (the draft) and Preview (the note as it will print). Keyboard shortcuts,
 * menu commands, dropped files and the autosave are wired here; the work is done in the store.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposePane } from './components/compose-pane';
import { ErrorBoundary } from './components/error-boundary';
import { MetadataBar } from './components/metadata-bar';
import { NotificationArea } from './components/notification-area';
import { PasteDialog } from './components/paste-dialog';
import { RestoreBanner } from './components/restore-banner';
import { SourcePane } from './components/source-pane';
import { TemplateEditor } from './components/template-editor';
import { TemplateLibrary } from './components/template-library';
import { NameDialog } from './components/name-dialog';
import { TopBar } from './components/top-bar';
import { saveDraft, startAutosave } from './files/draft-actions';
import { openFile } from './files/open-input';
import { guardLeaving } from './files/leave-guard';
import { mayReplaceWork } from './files/unsaved-changes';
import { UnsavedChangesDialog } from './components/unsaved-changes-dialog';
import type { Host, MenuCommand, OutputFormat } from './host/host';
import { PreviewPane } from './preview/preview-pane';
import { actions, openSampleStatement, useBriefwrightStore, useEditingTemplateId, useTemplate } from './state/store';
import { PlaceholderDialog } from './components/placeholder-dialog';
import { findDraftPlaceholders, type DraftPlaceholder } from '../../core/compose/draft-placeholders';
import { loadTemplates, saveCurrentAsTemplate } from './templates/template-actions';
import { templateNameProblem } from '../../core/templates/template-library';

const ACCEPTED_FILES = '.txt,.text,.md,.html,.htm,.xhtml,.docx,.pdf,.json,.briefwright.json';

/** Ctrl/Cmd shortcuts → the same commands the desktop menu sends. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'o' && !event.shiftKey) return 'open-file';
  if (key === 'v' && event.shiftKey) return 'paste-statement';
  if (key === 's') return event.shiftKey ? 'save-draft-as' : 'save-draft';
  if (key === 'e') return event.shiftKey ? 'export-pdf' : 'export-docx';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Selects the item holding the placeholder and puts the cursor on it, the placeholder selected, in the Compose pane. */
function goToPlaceholder(placeholder: DraftPlaceholder): void {
  actions().selectItem(placeholder.itemId, 'compose');
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLTextAreaElement>(`[data-item-id="${typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(placeholder.itemId) : placeholder.itemId}"] textarea`);
    if (!field) return;
    field.scrollIntoView?.({ block: 'center' });
    field.focus();
    const at = field.value.indexOf(placeholder.text);
    if (at >= 0) field.setSelectionRange(at, at + placeholder.text.length);
  });
}

function Workspace({ host }: { host: Host }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [dropping, setDropping] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [savingAs, setSavingAs] = useState(false);
  const editingTemplateId = useEditingTemplateId();
  const template = useTemplate();
  const { t } = useTranslation('ui');

  // An export of a note that still holds drafted placeholders asks first (PlaceholderDialog).
  const [asking, setAsking] = useState<{ format: OutputFormat; placeholders: DraftPlaceholder[] } | null>(null);
  const onExport = useCallback(
    (format: OutputFormat) => {
      const { briefing } = useBriefwrightStore.getState();
      const placeholders = briefing ? findDraftPlaceholders(briefing) : [];
      if (placeholders.length > 0) setAsking({ format, placeholders });
      else void actions().exportNote(host, format);
    },
    [host],
  );
  const onSave = useCallback((saveAs: boolean) => void saveDraft(host, saveAs), [host]);

  const run = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'open-sample':
          return void mayReplaceWork().then((may) => may && openSampleStatement());
        case 'open-file':
          return fileInput.current?.click();
        case 'paste-statement':
          return setPasting(true);
        case 'save-draft':
          return onSave(false);
        case 'save-draft-as':
          return onSave(true);
        case 'export-docx':
          return onExport('docx');
        case 'export-pdf':
          return onExport('pdf');
        case 'undo':
          return actions().undo();
        case 'redo':
          return actions().redo();
        case 'open-templates':
          return setLibraryOpen(true);
        case 'save-as-template':
          return setSavingAs(true);
      }
    },
    [onExport, onSave],
  );

  useEffect(() => host.onMenuCommand?.(run), [host, run]);
  useEffect(() => startAutosave(host), [host]);
  useEffect(() => guardLeaving(host), [host]);
  useEffect(() => void loadTemplates(host), [host]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command || event.defaultPrevented) return;
      // In the template editor's fields, Undo and Redo are the field's own: the note's history is
      // not what the officer is looking at there.
      if ((command === 'undo' || command === 'redo') && event.target instanceof Element && event.target.closest('.pane--editor')) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    <div
      className={`app${dropping ? ' app--dropping' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        const file = event.dataTransfer.files[0];
        if (file) void openFile(file);
      }}
    >
      <header className="chrome">
      <TopBar fileInput={fileInput} onPaste={() => setPasting(true)} onSave={onSave} onExport={onExport} />
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('app.openInput')}
        data-testid="file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void openFile(file);
        }}
      />
      <MetadataBar onOpenLibrary={() => setLibraryOpen(true)} />
      <RestoreBanner host={host} />
      </header>
      <NotificationArea host={host} showNotice={!libraryOpen} />
      <main className={`panes${editingTemplateId ? ' panes--editing' : ''}`} id="main">
        {editingTemplateId ? (
          <TemplateEditor key={editingTemplateId} host={host} />
        ) : (
          <>
            <SourcePane />
            <ComposePane onSaveAsTemplate={() => setSavingAs(true)} />
          </>
        )}
        <PreviewPane host={host} />
      </main>
      <PasteDialog open={pasting} onClose={() => setPasting(false)} />
      <UnsavedChangesDialog onSave={() => saveDraft(host, false)} />
      <TemplateLibrary host={host} open={libraryOpen} onClose={() => setLibraryOpen(false)} onSaveAs={() => setSavingAs(true)} />
      <PlaceholderDialog
        placeholders={asking?.placeholders ?? null}
        formatLabel={asking?.format === 'pdf' ? 'PDF' : 'DOCX'}
        onExportAnyway={() => {
          if (asking) void actions().exportNote(host, asking.format);
          setAsking(null);
        }}
        onGoToFirst={() => {
          const first = asking?.placeholders[0];
          setAsking(null);
          if (first) goToPlaceholder(first);
        }}
        onClose={() => setAsking(null)}
      />
      <NameDialog
        open={savingAs}
        title={t('app.saveAsTemplate.title')}
        label={t('app.saveAsTemplate.label')}
        hint={t('app.saveAsTemplate.hint', { template: template.name })}
        initialName=""
        submitLabel={t('app.saveAsTemplate.submit')}
        check={templateNameProblem}
        onSubmit={(name) => {
          setSavingAs(false);
          void saveCurrentAsTemplate(host, name, (question) => window.confirm(question));
        }}
        onClose={() => setSavingAs(false)}
      />
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          {t('app.drop')}
        </div>
      )}
    </div>
  );
}

export function App({ host }: { host: Host }) {
  const { t } = useTranslation('ui');
  return (
    <ErrorBoundary onReset={openSampleStatement} resetLabel={t('app.reopenSample')}>
      <Workspace host={host} />
    </ErrorBoundary>
  );
}
