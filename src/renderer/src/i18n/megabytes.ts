/**
 * A file size in megabytes as the interface's language writes it, one decimal: "1.1 MB" in English,
 * "1,1 Mo" in French. The number goes through Intl.NumberFormat in the translator's language (the
 * catalogue's `number` format), never toFixed, which writes an English decimal point in French.
 */
import type { TFunction } from 'i18next';
import { uiI18n } from './ui-i18n';

const MiB = 1024 * 1024;

export function megabytes(bytes: number, t: TFunction = uiI18n.t): string {
  return t('files.megabytes', { ns: 'ui', value: bytes / MiB });
}
