/**
 * The top bar: the app's name and the open statement, file actions (Open, Paste, Save), Undo and
 * Redo, and Export. Every button names its shortcut in its tooltip.
 */
import type { RefObject } from 'react';
import type { Host, OutputFormat } from '../host/host';
import { actions, useCanRedo, useCanUndo, useDirty, useExportStatus, useSourceName } from '../state/store';
import { ExportBar } from './export-bar';
import { RecentFilesMenu } from './recent-files-menu';

interface Props {
  readonly host: Host;
  readonly fileInput: RefObject<HTMLInputElement | null>;
  readonly onPaste: () => void;
  readonly onSave: (saveAs: boolean) => void;
  readonly onExport: (format: OutputFormat) => void;
}

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar({ host, fileInput, onPaste, onSave, onExport }: Props) {
  const sourceName = useSourceName();
  const dirty = useDirty();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const exportStatus = useExportStatus();
  return (
    <div className="top-bar">
      <div className="top-bar__brand">
        <h1 className="top-bar__name">Briefwright</h1>
        <span className="top-bar__source" title={sourceName}>
          {sourceName}
          {dirty && <span className="top-bar__dirty"> · unsaved changes</span>}
        </span>
      </div>
      <div className="top-bar__actions" role="toolbar" aria-label="File and edit">
        <button type="button" className="button" title={`Open a statement or draft (${MOD}O)`} onClick={() => fileInput.current?.click()}>
          Open…
        </button>
        <RecentFilesMenu />
        <button type="button" className="button" title={`Paste a statement (${MOD}Shift+V)`} onClick={onPaste}>
          Paste…
        </button>
        <button type="button" className="button" title={`Save the draft (${MOD}S)`} onClick={() => onSave(false)}>
          Save draft
        </button>
        <button type="button" className="button" title={`Save the draft as (${MOD}Shift+S)`} onClick={() => onSave(true)}>
          Save as…
        </button>
        <span className="top-bar__divider" aria-hidden="true" />
        <button type="button" className="button" title={`Undo (${MOD}Z)`} disabled={!canUndo} onClick={() => actions().undo()}>
          Undo
        </button>
        <button type="button" className="button" title={`Redo (${MOD}Shift+Z)`} disabled={!canRedo} onClick={() => actions().redo()}>
          Redo
        </button>
      </div>
      <ExportBar host={host} status={exportStatus} disabled={false} onExport={onExport} />
    </div>
  );
}
