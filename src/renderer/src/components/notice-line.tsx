/** The notice line under the top bar: what just happened, or why it could not. Dismissable. */
import { useTranslation } from 'react-i18next';
import { actions, useNotice } from '../state/store';

export function NoticeLine() {
  const notice = useNotice();
  const { t } = useTranslation('ui');
  if (!notice) return null;
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="button button--link" onClick={() => actions().showNotice(null)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
