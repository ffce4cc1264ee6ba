/**
 * The officer's own templates, as data: naming them (a name the officer types becomes a safe id,
 * which is also the file name on the desktop), making one from the current composition or from
 * another template, and reading an imported `*.briefwright-template.json` with a message that says
 * what is wrong with it. Pure; both hosts store what these functions return.
 */
import type { Briefing } from '../model/briefing';
import { sectionKindSchema, TEMPLATE_SCHEMA_VERSION, type Template } from '../model/template';
import { MAX_TEMPLATE_ID_LENGTH as MAX_ID_LENGTH } from '../model/template-name';
import { findBuiltInTemplate, parseTemplate, TemplateError } from './template-loader';
import { userMessage } from '../i18n/user-message';

export const TEMPLATE_FILE_SUFFIX = '.briefwright-template.json';
export const MAX_TEMPLATE_BYTES = 1024 * 1024;
export { MAX_TEMPLATE_NAME_LENGTH, TEMPLATE_ID_PATTERN, templateNameMessage, templateNameProblem } from '../model/template-name';

/** "Note de breffage — Asie" → "note-de-breffage-asie"; unique among `taken` and the built-ins. */
export function templateIdFromName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_ID_LENGTH)
      .replace(/-+$/, '') || 'template';
  const free = (id: string) => !taken.has(id) && !findBuiltInTemplate(id);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (free(candidate)) return candidate;
  }
}

/**
 * A template from the note as the officer has arranged it: the sections ticked, in their order, with
 * their headings and layouts; the rest (page, typography, furniture, labels, snippets) from the
 * template the note was made with.
 */
export function templateFromBriefing(base: Template, briefing: Briefing, name: string, id: string): Template {
  const sections = briefing.sections
    .filter((section) => section.included)
    .map((section) => {
      const original = base.sections.find((candidate) => candidate.id === section.id && candidate.kind === section.kind);
      return {
        id: section.id,
        kind: section.kind,
        heading: section.heading,
        layout: section.layout,
        ...(original?.options ? { options: original.options } : {}),
        ...(original?.draft !== undefined ? { draft: original.draft } : {}),
      };
    });
  if (sections.length === 0) throw new TemplateError(userMessage('template.noSections'));
  const { metadata } = briefing;
  return parseTemplate(
    {
      ...base,
      id,
      name: name.trim(),
      description: `Made from “${base.name}”.`,
      defaults: { classification: metadata.classification, purpose: metadata.purpose, preparedBy: metadata.preparedBy },
      sections,
      output: { ...base.output, sourceComments: metadata.sourceComments },
    },
    userMessage('template.originNamed', { name: name.trim() }),
  );
}

/** A copy under a new name and id, for the officer to edit (built-ins are read-only). */
export function duplicateTemplate(template: Template, name: string, id: string): Template {
  return { ...template, id, name: name.trim() };
}

/** The name a copy starts with: "Briefing note (copy)", "… (copy 2)" if that is taken. */
export function copyName(name: string, takenNames: readonly string[]): string {
  const taken = new Set(takenNames);
  if (!taken.has(`${name} (copy)`)) return `${name} (copy)`;
  for (let n = 2; ; n++) if (!taken.has(`${name} (copy ${n})`)) return `${name} (copy ${n})`;
}

/**
 * An imported template file's bytes → a validated template, or a TemplateError that names the file
 * and the problem (too large, not JSON, from a newer version, an unknown section kind, a bad field).
 */
export function parseImportedTemplate(bytes: Uint8Array, fileName: string): Template {
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    throw new TemplateError(userMessage('template.tooLarge', { name: fileName, size: bytes.length / 1024 / 1024 }));
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  } catch (error) {
    // JSON.parse quotes the text around the error, line breaks and control characters included: one line.
    // eslint-disable-next-line no-control-regex
    throw new TemplateError(userMessage('template.fileNotJson', { name: fileName, detail: (error as Error).message.replace(/[\u0000-\u001f\u007f]+/g, ' ') }));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TemplateError(userMessage('template.notTemplate', { name: fileName }));
  const record = data as Record<string, unknown>;
  const version = record.schemaVersion;
  if (typeof version !== 'number') throw new TemplateError(userMessage('template.noSchema', { name: fileName }));
  if (version !== TEMPLATE_SCHEMA_VERSION) {
    throw new TemplateError(
      version > TEMPLATE_SCHEMA_VERSION
        ? userMessage('template.fileNewer', { name: fileName, version, supported: TEMPLATE_SCHEMA_VERSION })
        : userMessage('template.unreadableSchema', { name: fileName, version }),
    );
  }
  if (Array.isArray(record.sections)) {
    record.sections.forEach((section: unknown, index) => {
      const kind = (section as { kind?: unknown } | null)?.kind;
      if (typeof kind === 'string' && !sectionKindSchema.safeParse(kind).success) {
        throw new TemplateError(userMessage('template.unknownKind', { name: fileName, index: index + 1, kind, known: sectionKindSchema.options.join(', ') }));
      }
    });
  }
  if (typeof record.id === 'string' && findBuiltInTemplate(record.id)) {
    throw new TemplateError(userMessage('template.builtInId', { name: fileName, id: record.id }));
  }
  return parseTemplate(data, fileName);
}

/** "Briefing note — Asia" → "briefing-note-asia.briefwright-template.json". */
export function templateFileName(template: Template): string {
  return `${template.id}${TEMPLATE_FILE_SUFFIX}`;
}
