/**
 * The note's metadata and template: template (built-ins and the officer's own, with the template
 * library a click away), classification, title, date, file number, prepared by
 * and purpose. Each field edits the draft (typing in one field is one undo step).
 */
import { useTranslation } from 'react-i18next';
import type { BriefingMetadata } from '../../../core/model/briefing';
import { classificationSchema, type Classification, type Purpose } from '../../../core/model/template';
import { listBuiltInTemplateEntries } from '../../../core/templates/template-loader';
import { actions, useBriefing, useTemplate, useUserTemplates, useWordTemplate, useWordTemplates } from '../state/store';
import { chooseTemplateForNote, chooseWordTemplateForNote } from '../templates/template-actions';
// setMemoField also remembers the officer's own details (prepared by …) for the next note.
import { MemoDetails, setMemoField } from './memo-details';

/** Word templates share the select with the others; their option values carry this prefix. */
const WORD_OPTION_PREFIX = 'word:';

function TextField({ id, label, value, field, wide, type = 'text' }: { id: string; label: string; value: string; field: 'title' | 'date' | 'meetingDate' | 'meetingPlace' | 'fileNumber' | 'preparedBy'; wide?: boolean; type?: string }) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={(event) => setMemoField({ [field]: event.target.value } as Partial<BriefingMetadata>)} />
    </div>
  );
}

export function MetadataBar({ onOpenLibrary }: { onOpenLibrary: () => void }) {
  const briefing = useBriefing();
  const template = useTemplate();
  const userTemplates = useUserTemplates();
  const wordTemplates = useWordTemplates();
  const wordTemplate = useWordTemplate();
  const { t } = useTranslation('ui');
  if (!briefing) return null;
  // A deleted template the note still uses stays listed, so the select shows what is in use.
  const builtIns = listBuiltInTemplateEntries();
  const known = builtIns.some((candidate) => candidate.id === template.id) || userTemplates.some((candidate) => candidate.id === template.id);
  const { metadata } = briefing;
  return (
    <div className="metadata-bar" role="group" aria-label={t('metadata.group')}>
      <div className="field field--template">
        <label htmlFor="meta-template">{t('metadata.template')}</label>
        <div className="field__row">
          <select
            id="meta-template"
            value={wordTemplate ? `${WORD_OPTION_PREFIX}${wordTemplate.id}` : template.id}
            title={wordTemplate ? t('metadata.wordTemplateTitle', { word: wordTemplate.name, template: template.name }) : undefined}
            onChange={(event) => {
              const value = event.target.value;
              if (value.startsWith(WORD_OPTION_PREFIX)) chooseWordTemplateForNote(value.slice(WORD_OPTION_PREFIX.length));
              else chooseTemplateForNote(value);
            }}
          >
            {(userTemplates.length > 0 || !known) && (
              <optgroup label={t('metadata.yourTemplates')}>
                {userTemplates.map((candidate) => (
                  // A template's name is in its own language (a screen reader says "Briefing note" in English).
                  <option key={candidate.id} value={candidate.id} lang={candidate.language}>
                    {candidate.name}
                  </option>
                ))}
                {!known && (
                  <option value={template.id} lang={template.language}>
                    {template.name}
                  </option>
                )}
              </optgroup>
            )}
            {wordTemplates.length > 0 && (
              <optgroup label={t('metadata.yourWordTemplates')}>
                {wordTemplates.map((candidate) => (
                  <option key={candidate.id} value={`${WORD_OPTION_PREFIX}${candidate.id}`}>
                    {t('metadata.wordOption', { name: candidate.name })}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('metadata.builtIn')}>
              {builtIns.map((candidate) => (
                <option key={candidate.id} value={candidate.id} lang={candidate.language}>
                  {candidate.name}
                </option>
              ))}
            </optgroup>
          </select>
          <button type="button" className="button button--small" title={t('metadata.templatesTitle')} onClick={onOpenLibrary}>
            {t('metadata.templates')}
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="meta-classification">{t('metadata.classification')}</label>
        <select
          id="meta-classification"
          value={metadata.classification}
          onChange={(event) => actions().setMetadata({ classification: event.target.value as Classification })}
        >
          {classificationSchema.options.map((value) => (
            <option key={value} value={value}>
              {t(`classification.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField id="meta-title" label={t('metadata.title')} value={metadata.title} field="title" wide />
      <TextField id="meta-date" label={t('metadata.date')} value={metadata.date} field="date" type="date" />
      {/* The meeting's date and place, from the statement: fields of their own, apart from the note's date. */}
      <TextField id="meta-meeting-date" label={t('metadata.meetingDate')} value={metadata.meetingDate ?? ''} field="meetingDate" type="date" />
      <TextField id="meta-meeting-place" label={t('metadata.meetingPlace')} value={metadata.meetingPlace ?? ''} field="meetingPlace" />
      <TextField id="meta-file-number" label={t('metadata.fileNumber')} value={metadata.fileNumber} field="fileNumber" />
      <TextField id="meta-prepared-by" label={t('metadata.preparedBy')} value={metadata.preparedBy} field="preparedBy" />
      <div className="field field--purpose">
        <label htmlFor="meta-purpose">{t('metadata.purpose')}</label>
        <select id="meta-purpose" value={metadata.purpose} onChange={(event) => actions().setMetadata({ purpose: event.target.value as Purpose })}>
          <option value="information">{t('purpose.information')}</option>
          <option value="decision">{t('purpose.decision')}</option>
        </select>
      </div>
      <MemoDetails metadata={metadata} />
    </div>
  );
}
