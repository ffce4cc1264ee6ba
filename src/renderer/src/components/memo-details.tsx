/**
 * Memo details: the GC memo furniture of the note that the top bar has no room for — the addressee
 * (MEMORANDUM TO / NOTE À), FROM, the officer's title and telephone, who approves and their title.
 * A disclosure button with a panel that floats below it, so the bar keeps its width (and can wrap
 * or fold its actions into a menu). Officer details typed here are remembered for the next notes.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionPrints, type BriefingMetadata, type BriefingSection } from '../../../core/model/briefing';
import { actions, useBriefing } from '../state/store';
import './memo-details.css';
import { rememberOfficer } from '../state/officer-details';

type MemoField = 'to' | 'from' | 'preparedByTitle' | 'preparedByPhone' | 'approvedBy' | 'approvedByTitle';

const FIELDS: readonly { field: MemoField; type?: string; placeholder?: 'toPlaceholder' | 'fromPlaceholder' }[] = [
  { field: 'to', placeholder: 'toPlaceholder' },
  { field: 'from', placeholder: 'fromPlaceholder' },
  { field: 'preparedByTitle' },
  { field: 'preparedByPhone', type: 'tel' },
  { field: 'approvedBy' },
  { field: 'approvedByTitle' },
];

export function setMemoField(change: Partial<BriefingMetadata>): void {
  actions().setMetadata(change);
  rememberOfficer(change);
}

export function MemoDetails({ metadata }: { metadata: BriefingMetadata }) {
  const { t } = useTranslation('furniture');
  const id = useId();
  return (
    <details className="memo-details">
      <summary className="button button--small" title={t('memoDetailsTitle')}>
        {t('memoDetails')}
      </summary>
      <div className="memo-details__panel" role="group" aria-label={t('memoDetails')}>
        <p className="memo-details__hint">{t('memoDetailsHint')}</p>
        {FIELDS.map(({ field, type = 'text', placeholder }) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(field)}</label>
            <input
              id={`${id}-${field}`}
              type={type}
              value={metadata[field] ?? ''}
              placeholder={placeholder ? t(placeholder) : undefined}
              onChange={(event) => setMemoField({ [field]: event.target.value })}
            />
          </div>
        ))}
        {metadata.purpose === 'decision' && <p className="memo-details__hint">{t('decisionHint')}</p>}
      </div>
    </details>
  );
}

/** In the Compose pane: a Recommendation section the note does not print, because it is not for decision. */
export function DecisionOnlyBadge({ section }: { section: Pick<BriefingSection, 'kind'> }) {
  const { t } = useTranslation('furniture');
  const purpose = useBriefing()?.metadata.purpose;
  if (!purpose || sectionPrints({ kind: section.kind, included: true }, purpose)) return null;
  return <span className="badge badge--muted">{t('decisionOnly')}</span>;
}
