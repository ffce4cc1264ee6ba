/**
 * The template editor: a form over one of the officer's templates (built-ins are read-only and are
 * duplicated first), beside the live preview, which shows the current statement through the template
 * as it is being edited. Every change is checked with the template schema and the Liquid parser;
 * a valid template is saved to the host's store shortly after the officer stops typing, an invalid
 * one is not saved and the field that is wrong says why.
 */
import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  classificationSchema,
  isExtractedKind,
  sectionKindSchema,
  templateSchema,
  type SectionKind,
  type Template,
  type TemplateSection,
} from '../../../core/model/template';
import { renderSnippet } from '../../../core/templates/snippet-renderer';
import { describe } from '../../../core/i18n/describe';
import { userMessage } from '../../../core/i18n/user-message';
import { uiI18n } from '../i18n/ui-i18n';
import { templateNameRefusal } from '../templates/template-name-refusal';
import type { Host } from '../host/host';
import { moveElement } from '../state/draft-edits';
import { actions, useBriefwrightStore, useEditingTemplateId, useTemplate } from '../state/store';
import { chooseTemplateForNote, saveEditedTemplate } from '../templates/template-actions';

const SAVE_DELAY_MS = 500;

type Errors = ReadonlyMap<string, string>;
type Update = (change: (template: Template) => Template) => void;

/** Option labels in the interface's language, keyed by value (the values are the template's own). */
function labelsOf<V extends string>(values: readonly V[], label: (value: V) => string): Record<V, string> {
  return Object.fromEntries(values.map((value) => [value, label(value)])) as Record<V, string>;
}
const LAYOUTS = ['bullets', 'numbered', 'paragraphs', 'table'] as const;
/** The Liquid quoted in the drafted-text placeholder (i18next would read {{ }} as its own variables). */
const DRAFT_EXAMPLE = { date: '{{ meeting.date | long_date }}', names: '{{ participant_names | list }}', place: '{{ meeting.location }}' };

/** Every problem with the template, keyed by the path of the field it belongs to. */
export function templateProblems(template: Template): Map<string, string> {
  const problems = new Map<string, string>();
  const nameProblem = templateNameRefusal(template.name);
  if (nameProblem) problems.set('name', nameProblem);
  const result = templateSchema.safeParse(template);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!problems.has(path)) problems.set(path, issue.message);
    }
  }
  const structured = useBriefwrightStore.getState().structured;
  template.sections.forEach((section, index) => {
    if (!section.draft || isExtractedKind(section.kind)) return;
    try {
      if (structured) renderSnippet(section.draft, structured, template.language, userMessage('snippet.section', { id: section.heading }));
    } catch (error) {
      problems.set(`sections.${index}.draft`, describe(error, uiI18n));
    }
  });
  return problems;
}

function Field({ id, label, error, hint, children, wide }: { id: string; label: string; error?: string; hint?: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`form-field${wide ? ' form-field--wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="form-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          {error}
        </p>
      )}
    </div>
  );
}

function TextInput({ id, label, value, error, hint, wide, onChange }: { id: string; label: string; value: string; error?: string; hint?: string; wide?: boolean; onChange: (value: string) => void }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <Field id={id} label={label} error={error} hint={hint} wide={wide}>
      <input id={id} value={value} aria-invalid={error !== undefined} aria-describedby={describedBy || undefined} onChange={(event) => onChange(event.target.value)} />
    </Field>
  );
}

function NumberInput({ id, label, value, error, step = 1, onChange }: { id: string; label: string; value: number; error?: string; step?: number; onChange: (value: number) => void }) {
  return (
    <Field id={id} label={label} error={error}>
      <input
        id={id}
        type="number"
        step={step}
        value={Number.isFinite(value) ? value : ''}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
      />
    </Field>
  );
}

function SelectInput<T extends string>({ id, label, value, options, onChange }: { id: string; label: string; value: T; options: Readonly<Record<T, string>>; onChange: (value: T) => void }) {
  return (
    <Field id={id} label={label}>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {(Object.keys(options) as T[]).map((option) => (
          <option key={option} value={option}>
            {options[option]}
          </option>
        ))}
      </select>
    </Field>
  );
}

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="form-check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function ColorInput({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <Field id={id} label={label}>
      <input id={id} type="color" className="form-color" value={`#${value.toLowerCase()}`} onChange={(event) => onChange(event.target.value.slice(1).toUpperCase())} />
    </Field>
  );
}

function newSectionId(template: Template, kind: SectionKind): string {
  const ids = new Set(template.sections.map((section) => section.id));
  if (!ids.has(kind)) return kind;
  for (let n = 2; ; n++) if (!ids.has(`${kind}-${n}`)) return `${kind}-${n}`;
}

function SectionEditor({ section, index, count, errors, update, language }: { section: TemplateSection; index: number; count: number; errors: Errors; update: Update; language: string }) {
  const { t } = useTranslation('ui');
  const base = `tpl-section-${section.id}`;
  const path = `sections.${index}`;
  const title = section.heading.trim() || t('editor.sectionFallback', { number: index + 1 });
  const change = (next: Partial<TemplateSection>) =>
    update((template) => ({ ...template, sections: template.sections.map((candidate, at) => (at === index ? { ...candidate, ...next } : candidate)) }));
  const move = (to: number) => update((template) => ({ ...template, sections: [...moveElement(template.sections, index, to)] }));
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  const freeText = !isExtractedKind(section.kind);
  const draftError = errors.get(`${path}.draft`);
  return (
    <li className="editor-section" aria-labelledby={`${base}-title`} onKeyDown={onKeyDown} data-section-id={section.id}>
      <div className="editor-section__header">
        <span className="editor-section__number" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={`${base}-title`} lang={language}>
          {title}
        </h3>
        <span className="editor-section__move">
          <button type="button" className="button button--icon" aria-label={t('editor.moveUp', { title })} disabled={index === 0} onClick={() => move(index - 1)}>
            ↑
          </button>
          <button type="button" className="button button--icon" aria-label={t('editor.moveDown', { title })} disabled={index === count - 1} onClick={() => move(index + 1)}>
            ↓
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={count === 1}
            onClick={() => update((template) => ({ ...template, sections: template.sections.filter((_, at) => at !== index) }))}
          >
            {t('editor.remove')}
            <span className="visually-hidden" lang={language}>
              {' '}
              {title}
            </span>
          </button>
        </span>
      </div>
      <div className="editor-grid">
        <TextInput id={`${base}-heading`} label={t('editor.heading')} value={section.heading} error={errors.get(`${path}.heading`)} onChange={(heading) => change({ heading })} />
        <SelectInput
          id={`${base}-kind`}
          label={t('editor.content')}
          value={section.kind}
          options={labelsOf(sectionKindSchema.options, (kind) => t(`editor.kind.${kind}`))}
          onChange={(kind) => change({ kind, options: kind === 'participants' ? section.options : undefined, draft: isExtractedKind(kind) ? undefined : section.draft })}
        />
        <SelectInput id={`${base}-layout`} label={t('editor.layoutLabel')} value={section.layout} options={labelsOf(LAYOUTS, (layout) => t(`editor.layout.${layout}`))} onChange={(layout) => change({ layout })} />
      </div>
      {section.kind === 'participants' && (
        <div className="editor-checks">
          <Checkbox id={`${base}-titles`} label={t('editor.showTitles')} checked={section.options?.showTitles ?? true} onChange={(showTitles) => change({ options: { ...section.options, showTitles } })} />
          <Checkbox id={`${base}-countries`} label={t('editor.showCountries')} checked={section.options?.showCountries ?? true} onChange={(showCountries) => change({ options: { ...section.options, showCountries } })} />
        </div>
      )}
      {freeText && (
        <Field id={`${base}-draft`} label={t('editor.draft')} error={draftError} wide>
          <textarea
            id={`${base}-draft`}
            className="editor-snippet"
            rows={3}
            spellCheck={false}
            value={section.draft ?? ''}
            aria-invalid={draftError !== undefined}
            aria-describedby={draftError ? `${base}-draft-error` : undefined}
            placeholder={t('editor.draftPlaceholder', DRAFT_EXAMPLE)}
            onChange={(event) => change({ draft: event.target.value === '' ? undefined : event.target.value })}
          />
        </Field>
      )}
    </li>
  );
}

/** The memo furniture's label fields and their captions (namespace 'furniture'). */
const MEMO_LABELS = [
  ['memorandumTo', 'labelMemorandumTo'],
  ['subject', 'labelSubject'],
  ['approved', 'labelApproved'],
  ['notApproved', 'labelNotApproved'],
  ['signature', 'labelSignature'],
] as const;

function EditorForm({ template, errors, update }: { template: Template; errors: Errors; update: Update }) {
  const { t: tf } = useTranslation('furniture');
  const { t: tu, i18n } = useTranslation('ui');
  const set = <K extends keyof Template>(key: K, value: Template[K]) => update((current) => ({ ...current, [key]: value }));
  const page = (change: Partial<Template['page']>) => update((t) => ({ ...t, page: { ...t.page, ...change } }));
  const margin = (side: keyof Template['page']['margins'], value: number) => update((t) => ({ ...t, page: { ...t.page, margins: { ...t.page.margins, [side]: value } } }));
  const type = (change: Partial<Template['typography']>) => update((t) => ({ ...t, typography: { ...t.typography, ...change } }));
  const furniture = (change: Partial<Template['furniture']>) => update((t) => ({ ...t, furniture: { ...t.furniture, ...change } }));
  const labels = (change: Partial<Template['labels']>) => update((t) => ({ ...t, labels: { ...t.labels, ...change } }));
  const defaults = (change: Partial<Template['defaults']>) => update((t) => ({ ...t, defaults: { ...t.defaults, ...change } }));
  const output = (change: Partial<Template['output']>) => update((t) => ({ ...t, output: { ...t.output, ...change } }));
  const [addKind, setAddKind] = useState<SectionKind>('key-messages');

  return (
    <div className="editor-form">
      <fieldset className="editor-fieldset">
        <legend>{tu('editor.templateLegend')}</legend>
        <div className="editor-grid">
          <TextInput id="tpl-name" label={tu('editor.name')} value={template.name} error={errors.get('name')} wide onChange={(name) => set('name', name)} />
          <SelectInput id="tpl-language" label={tu('editor.language')} value={template.language} options={{ en: tu('languageName.en'), fr: tu('languageName.fr') }} onChange={(language) => set('language', language)} />
          <TextInput id="tpl-description" label={tu('editor.description')} value={template.description} wide onChange={(description) => set('description', description)} />
        </div>
      </fieldset>

      <fieldset className="editor-fieldset">
        <legend>{tu('editor.pageLegend')}</legend>
        <div className="editor-grid">
          <SelectInput id="tpl-page-size" label={tu('editor.size')} value={template.page.size} options={{ LETTER: tu('preview.letter'), A4: tu('preview.a4') }} onChange={(size) => page({ size })} />
          <SelectInput id="tpl-orientation" label={tu('editor.orientation')} value={template.page.orientation} options={{ portrait: tu('editor.portrait'), landscape: tu('editor.landscape') }} onChange={(orientation) => page({ orientation })} />
          {(['top', 'right', 'bottom', 'left'] as const).map((side) => (
            <NumberInput key={side} id={`tpl-margin-${side}`} label={tu(`editor.margin.${side}`)} value={template.page.margins[side]} error={errors.get(`page.margins.${side}`)} onChange={(value) => margin(side, value)} />
          ))}
        </div>
      </fieldset>

      <fieldset className="editor-fieldset">
        <legend>{tu('editor.typography')}</legend>
        <div className="editor-grid">
          <SelectInput id="tpl-font" label={tu('editor.font')} value={template.typography.font} options={{ 'Liberation Sans': tu('editor.fontSans'), 'Liberation Serif': tu('editor.fontSerif') }} onChange={(font) => type({ font })} />
          <NumberInput id="tpl-base-size" label={tu('editor.baseSize')} value={template.typography.baseSize} step={0.5} error={errors.get('typography.baseSize')} onChange={(baseSize) => type({ baseSize })} />
          <NumberInput id="tpl-title-size" label={tu('editor.titleSize')} value={template.typography.titleSize} step={0.5} error={errors.get('typography.titleSize')} onChange={(titleSize) => type({ titleSize })} />
          <NumberInput id="tpl-heading-size" label={tu('editor.headingSize')} value={template.typography.headingSize} step={0.5} error={errors.get('typography.headingSize')} onChange={(headingSize) => type({ headingSize })} />
          <NumberInput id="tpl-line-spacing" label={tu('editor.lineSpacing')} value={template.typography.lineSpacing} step={0.05} error={errors.get('typography.lineSpacing')} onChange={(lineSpacing) => type({ lineSpacing })} />
          <ColorInput id="tpl-heading-color" label={tu('editor.headingColor')} value={template.typography.headingColor} onChange={(headingColor) => type({ headingColor })} />
        </div>
      </fieldset>

      <fieldset className="editor-fieldset">
        <legend>{tu('editor.furniture')}</legend>
        <div className="editor-grid">
          <SelectInput
            id="tpl-marking"
            label={tu('editor.marking')}
            value={template.furniture.marking}
            options={{ 'header-footer': tu('editor.markingHeaderFooter'), 'first-page-top-right': tu('editor.markingTopRight'), none: tu('editor.markingNone') }}
            onChange={(marking) => furniture({ marking })}
          />
          <TextInput id="tpl-page-format" label={tu('editor.pageFormat')} hint={tu('editor.pageFormatHint')} value={template.furniture.pageNumberFormat} onChange={(pageNumberFormat) => furniture({ pageNumberFormat })} />
          <TextInput id="tpl-label-date" label={tu('editor.labelDate')} value={template.labels.date} onChange={(date) => labels({ date })} />
          <TextInput id="tpl-label-file-number" label={tu('editor.labelFileNumber')} value={template.labels.fileNumber} onChange={(fileNumber) => labels({ fileNumber })} />
        </div>
        <div className="editor-checks">
          <Checkbox id="tpl-page-numbers" label={tu('editor.pageNumbers')} checked={template.furniture.pageNumbers} onChange={(pageNumbers) => furniture({ pageNumbers })} />
          <Checkbox id="tpl-source-comments" label={tu('editor.sourceComments')} checked={template.output.sourceComments} onChange={(sourceComments) => output({ sourceComments })} />
          <Checkbox id="tpl-pdfa" label={tu('editor.pdfA')} checked={template.output.pdfA} onChange={(pdfA) => output({ pdfA })} />
        </div>
      </fieldset>

      <fieldset className="editor-fieldset">
        <legend>{tu('editor.fields')}</legend>
        <div className="editor-grid">
          <TextInput id="tpl-label-document-type" label={tu('editor.documentType')} value={template.labels.documentType} onChange={(documentType) => labels({ documentType })} />
          <TextInput id="tpl-label-for-information" label={tu('editor.labelForInformation')} value={template.labels.forInformation} onChange={(forInformation) => labels({ forInformation })} />
          <TextInput id="tpl-label-for-decision" label={tu('editor.labelForDecision')} value={template.labels.forDecision} onChange={(forDecision) => labels({ forDecision })} />
          <TextInput id="tpl-label-prepared-by" label={tu('editor.labelPreparedBy')} value={template.labels.preparedBy} onChange={(preparedBy) => labels({ preparedBy })} />
          <TextInput id="tpl-label-to" label={tu('editor.labelTo')} value={template.labels.to} onChange={(to) => labels({ to })} />
          <TextInput id="tpl-label-from" label={tu('editor.labelFrom')} value={template.labels.from} onChange={(from) => labels({ from })} />
          <TextInput id="tpl-label-approved-by" label={tu('editor.labelApprovedBy')} value={template.labels.approvedBy} onChange={(approvedBy) => labels({ approvedBy })} />
          {/* GC memo furniture (issue 13 item 5): on or off, and its words; an empty label takes the default in the template's language. */}
          <Checkbox id="tpl-memo" label={tf('templateMemo')} checked={template.furniture.memo === true} onChange={(memo) => furniture({ memo })} />
          {MEMO_LABELS.map(([key, label]) => (
            <TextInput key={key} id={`tpl-label-${key}`} label={tf(label)} value={template.labels[key] ?? ''} onChange={(value) => labels({ [key]: value.trim() === '' ? undefined : value })} />
          ))}
          <SelectInput
            id="tpl-default-classification"
            label={tu('editor.defaultClassification')}
            value={template.defaults.classification}
            options={labelsOf(classificationSchema.options, (value) => tu(`classification.${value}`))}
            onChange={(classification) => defaults({ classification })}
          />
          <SelectInput id="tpl-default-purpose" label={tu('editor.defaultPurpose')} value={template.defaults.purpose} options={{ information: tu('purpose.information'), decision: tu('purpose.decision') }} onChange={(purpose) => defaults({ purpose })} />
          <TextInput id="tpl-default-prepared-by" label={tu('editor.defaultPreparedBy')} value={template.defaults.preparedBy} onChange={(preparedBy) => defaults({ preparedBy })} />
        </div>
      </fieldset>

      <fieldset className="editor-fieldset">
        <legend>{tu('editor.sections')}</legend>
        <p className="form-field__hint">{tu('editor.sectionsHint')}</p>
        {errors.get('sections') && <p className="form-field__error">{errors.get('sections')}</p>}
        <ol className="editor-sections">
          {template.sections.map((section, index) => (
            <SectionEditor key={section.id} section={section} index={index} count={template.sections.length} errors={errors} update={update} language={template.language} />
          ))}
        </ol>
        <div className="editor-add">
          <Field id="tpl-add-kind" label={tu('editor.newSection')}>
            <select id="tpl-add-kind" value={addKind} onChange={(event) => setAddKind(event.target.value as SectionKind)}>
              {sectionKindSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {tu(`editor.kind.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            className="button"
            onClick={() =>
              update((t) => ({
                ...t,
                sections: [...t.sections, { id: newSectionId(t, addKind), kind: addKind, heading: i18n.getFixedT(t.language, 'ui')(`editor.kindName.${addKind}`), layout: isExtractedKind(addKind) ? 'bullets' : 'paragraphs' }],
              }))
            }
          >
            {tu('editor.addSection')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}

type SaveState = { readonly state: 'saved' } | { readonly state: 'pending' } | { readonly state: 'invalid'; readonly count: number } | { readonly state: 'failed' };

export function TemplateEditor({ host }: { host: Host }) {
  const { t } = useTranslation('ui');
  const id = useEditingTemplateId();
  const inUse = useTemplate().id === id;
  const [template, setTemplate] = useState<Template | null>(() => (id ? (useBriefwrightStore.getState().userTemplates.find((t) => t.id === id) ?? null) : null));
  const [errors, setErrors] = useState<Errors>(new Map());
  const [saveState, setSaveState] = useState<SaveState>({ state: 'saved' });
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; template: Template } | null>(null);
  // Counts edits, so a save that finishes after a newer edit does not overwrite that edit's status
  // (an invalid snippet typed while the previous version was being written stays "invalid").
  const edits = useRef(0);

  const flush = useCallback(async () => {
    const job = pending.current;
    if (!job) return true;
    clearTimeout(job.timer);
    pending.current = null;
    const edit = edits.current;
    const saved = await saveEditedTemplate(host, job.template);
    if (edits.current === edit) setSaveState(saved ? { state: 'saved' } : { state: 'failed' });
    else if (!saved) setSaveState({ state: 'failed' });
    return saved;
  }, [host]);

  useEffect(() => () => void flush(), [flush]);
  // Keyboard users land in the form (after the library dialog has handed focus back).
  useEffect(() => {
    const frame = requestAnimationFrame(() => document.getElementById('tpl-name')?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const update: Update = (change) => {
    if (!template) return;
    const next = change(template);
    edits.current += 1;
    setTemplate(next);
    const problems = templateProblems(next);
    setErrors(problems);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    if (problems.size > 0) {
      setSaveState({ state: 'invalid', count: problems.size });
      return;
    }
    actions().setEditingTemplate(next);
    setSaveState({ state: 'pending' });
    pending.current = { template: next, timer: setTimeout(() => void flush(), SAVE_DELAY_MS) };
  };

  /** Saves what is valid and closes; the note then takes this template if asked to (or already uses it). */
  const close = async (use: boolean) => {
    if (saveState.state === 'invalid' && !window.confirm(t('editor.confirmClose'))) return;
    await flush();
    actions().closeTemplateEditor();
    if (use && id) chooseTemplateForNote(id);
    // Back where templates are chosen, rather than lost on the page.
    requestAnimationFrame(() => document.getElementById('meta-template')?.focus());
  };

  if (!template) return null;
  const status =
    saveState.state === 'saved'
      ? t('editor.saved')
      : saveState.state === 'pending'
        ? t('editor.saving')
        : saveState.state === 'failed'
          ? t('editor.failed')
          : t('editor.invalid', { count: saveState.count });

  return (
    <section className="pane pane--editor" aria-labelledby="editor-heading">
      <header className="pane__header">
        <h2 id="editor-heading">{t('editor.title')}</h2>
        <span className="pane__title" lang={template.language}>
          {template.name}
        </span>
        <span className={`pane__meta${saveState.state === 'invalid' || saveState.state === 'failed' ? ' editor-status--problem' : ''}`} role="status">
          {status}
        </span>
        {!inUse && (
          <button type="button" className="button button--small" title={t('editor.useTitle')} onClick={() => void close(true)}>
            {t('editor.use')}
          </button>
        )}
        <button type="button" className="button button--primary button--small" onClick={() => void close(false)}>
          {t('editor.done')}
        </button>
      </header>
      <div className="pane__body pane__body--editor">
        <EditorForm template={template} errors={errors} update={update} />
      </div>
    </section>
  );
}
