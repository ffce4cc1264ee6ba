/**
 * The top bar: the app's name and the open statement, file actions (Open, Paste, Save), Undo and
 * Redo, and Export; Save as… and the Source comments toggle sit in a More menu in a narrow window.
 * Every button names its shortcut in its tooltip. Messages never go here (notification-area.tsx).
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputFormat } from '../host/host';
import { actions, useCanRedo, useCanUndo, useDirty, useExportStatus, useSourceName } from '../state/store';
import { ExportBar, SourceCommentsToggle } from './export-bar';
import { LanguageSwitch } from './language-switch';
import { MoreMenu } from './more-menu';
import { RecentFilesMenu } from './recent-files-menu';

interface Props {
  readonly fileInput: RefObject<HTMLInputElement | null>;
  readonly onPaste: () => void;
  readonly onSave: (saveAs: boolean) => void;
  readonly onExport: (format: OutputFormat) => void;
}

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar({ fileInput, onPaste, onSave, onExport }: Props) {
  const sourceName = useSourceName();
  const dirty = useDirty();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const exportStatus = useExportStatus();
  const { t } = useTranslation('ui');
  return (
    <div className="top-bar">
      <div className="top-bar__brand">
        <h1 className="top-bar__name">Briefwright</h1>
        <span className="top-bar__source" title={sourceName}>
          {sourceName}
          {dirty && <span className="top-bar__dirty">{t('topBar.unsaved')}</span>}
        </span>
      </div>
      <div className="top-bar__actions" role="toolbar" aria-label={t('topBar.toolbar')}>
        <button type="button" className="button" title={t('topBar.openTitle', { shortcut: `${MOD}O` })} onClick={() => fileInput.current?.click()}>
          {t('topBar.open')}
        </button>
        <RecentFilesMenu />
        <button type="button" className="button" title={t('topBar.pasteTitle', { shortcut: `${MOD}Shift+V` })} onClick={onPaste}>
          {t('topBar.paste')}
        </button>
        <button type="button" className="button" title={t('topBar.saveTitle', { shortcut: `${MOD}S` })} onClick={() => onSave(false)}>
          {t('topBar.save')}
        </button>
        <span className="top-bar__divider" aria-hidden="true" />
        <button type="button" className="button" title={t('topBar.undoTitle', { shortcut: `${MOD}Z` })} disabled={!canUndo} onClick={() => actions().undo()}>
          {t('topBar.undo')}
        </button>
        <button type="button" className="button" title={t('topBar.redoTitle', { shortcut: `${MOD}Shift+Z` })} disabled={!canRedo} onClick={() => actions().redo()}>
          {t('topBar.redo')}
        </button>
      </div>
      <MoreMenu>
        <button type="button" className="button" title={t('topBar.saveAsTitle', { shortcut: `${MOD}Shift+S` })} onClick={() => onSave(true)}>
          {t('topBar.saveAs')}
        </button>
        <SourceCommentsToggle />
      </MoreMenu>
      <LanguageSwitch />
      <ExportBar status={exportStatus} disabled={false} onExport={onExport} />
    </div>
  );
}
