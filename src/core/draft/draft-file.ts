/**
 * The draft file (`*.briefwright.json`): everything needed to reopen a note exactly as it was left —
 * the statement text, the officer's draft and the template it was made with (id and schema version).
 * Pure: text in, text out. `formatVersion` lets a later release migrate older files; a file from a
 * newer release is refused with a message that says so rather than half-read.
 */
import { z } from 'zod';
import { briefingSchema, type Briefing } from '../model/briefing';
import { MessageError } from '../i18n/describe';
import { userMessage, type MessageParam, type UserMessage } from '../i18n/user-message';

export const DRAFT_FORMAT = 'briefwright-draft';
export const DRAFT_FORMAT_VERSION = 1;
export const DRAFT_FILE_EXTENSION = '.briefwright.json';

export interface DraftFile {
  readonly format: typeof DRAFT_FORMAT;
  readonly formatVersion: number;
  readonly savedAt: string;
  readonly sourceName: string;
  readonly statementText: string;
  readonly template: { readonly id: string; readonly schemaVersion: number };
  /** The Word template the note's DOCX is filled into, when one was chosen (`template` is then its base layout). */
  readonly wordTemplate?: { readonly id: string; readonly name: string };
  readonly briefing: Briefing;
}

export class DraftFileError extends MessageError {
  constructor(message: string | UserMessage) {
    super(message);
    this.name = 'DraftFileError';
  }
}

const draftFileSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  formatVersion: z.number().int().positive(),
  savedAt: z.string(),
  sourceName: z.string().max(1_000),
  statementText: z.string().max(10_000_000),
  template: z.object({ id: z.string(), schemaVersion: z.number().int().positive() }),
  wordTemplate: z.object({ id: z.string().max(60), name: z.string().max(200) }).optional(),
  briefing: briefingSchema,
});

export function serializeDraft(draft: Omit<DraftFile, 'format' | 'formatVersion'>): string {
  const file: DraftFile = { format: DRAFT_FORMAT, formatVersion: DRAFT_FORMAT_VERSION, ...draft };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One step from a formatVersion to the next. */
export type DraftMigration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from each older formatVersion to the next, applied in order. Version 1 is the first,
 * so there is nothing to migrate yet; a version 2 adds `1: (data) => …` here.
 */
const MIGRATIONS: Readonly<Record<number, DraftMigration>> = {};

/**
 * A draft record of `version` brought to `target` through `migrations`, one version at a time; a
 * missing step is refused with a message naming the file's version. Exported so the chain is tested
 * before the first real migration exists (issue 18).
 */
export function migrateDraft(
  record: Record<string, unknown>,
  version: number,
  fileName: MessageParam,
  migrations: Readonly<Record<number, DraftMigration>> = MIGRATIONS,
  target: number = DRAFT_FORMAT_VERSION,
): Record<string, unknown> {
  let migrated = record;
  for (let from = version; from < target; from++) {
    const migrate = migrations[from];
    if (!migrate) throw new DraftFileError(userMessage('draft.cannotConvert', { name: fileName, version }));
    migrated = migrate(migrated);
  }
  return migrated;
}

/** Text of a draft file → DraftFile. Throws DraftFileError with a message for the officer. */
export function parseDraft(text: string, fileName: MessageParam = userMessage('common.theDraft')): DraftFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DraftFileError(userMessage('draft.notJson', { name: fileName }));
  }
  // JSON.parse gives null, a primitive, an array or an object: only an object has a `format` key.
  if ((data as { format?: unknown } | null)?.format !== DRAFT_FORMAT) {
    throw new DraftFileError(userMessage('draft.notDraft', { name: fileName }));
  }
  const found = (data as Record<string, unknown>).formatVersion;
  if (!Number.isInteger(found) || (found as number) < 1) {
    throw new DraftFileError(userMessage('draft.noVersion', { name: fileName }));
  }
  const version = found as number;
  if (version > DRAFT_FORMAT_VERSION) {
    throw new DraftFileError(userMessage('draft.newer', { name: fileName, version, supported: DRAFT_FORMAT_VERSION }));
  }
  const parsed = draftFileSchema.safeParse(migrateDraft(data as Record<string, unknown>, version, fileName));
  if (!parsed.success) {
    // The record is an object, so every issue zod reports lies under one of its keys (a path).
    const issue = parsed.error.issues[0]!;
    throw new DraftFileError(userMessage('draft.damagedAt', { name: fileName, path: issue.path.join('.') }));
  }
  // The editor links each item to its sentence by these offsets: one past the statement is damage.
  const length = parsed.data.statementText.length;
  for (const [s, section] of parsed.data.briefing.sections.entries()) {
    for (const [i, item] of section.items.entries()) {
      if (item.source && (item.source.start > item.source.end || item.source.end > length)) {
        throw new DraftFileError(userMessage('draft.offsets', { name: fileName, section: s, item: i }));
      }
    }
  }
  return { ...parsed.data, formatVersion: DRAFT_FORMAT_VERSION } as DraftFile;
}

export function isDraftFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(DRAFT_FILE_EXTENSION);
}
