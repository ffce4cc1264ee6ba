/** "Recent…": the last files opened, reopened from their kept content (see recent-files.ts). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openFile, RECENT_FILES_CHANGED } from '../files/open-input';
import { listRecentFiles, type RecentFile } from '../files/recent-files';

export function RecentFilesMenu() {
  const [files, setFiles] = useState<readonly RecentFile[]>([]);
  const { t } = useTranslation('ui');

  useEffect(() => {
    const refresh = () => void listRecentFiles().then(setFiles);
    refresh();
    window.addEventListener(RECENT_FILES_CHANGED, refresh);
    return () => window.removeEventListener(RECENT_FILES_CHANGED, refresh);
  }, []);

  if (files.length === 0) return null;
  return (
    <select
      className="recent-files"
      aria-label={t('recent.label')}
      value=""
      onChange={(event) => {
        const chosen = files.find((file) => file.name === event.target.value);
        if (chosen) void openFile(new File([chosen.bytes as Uint8Array<ArrayBuffer>], chosen.name));
      }}
    >
      <option value="" disabled>
        {t('recent.placeholder')}
      </option>
      {files.map((file) => (
        <option key={file.name} value={file.name}>
          {file.name}
        </option>
      ))}
    </select>
  );
}
