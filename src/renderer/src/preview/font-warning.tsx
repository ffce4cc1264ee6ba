/**
 * The preview's warning about characters no bundled font has (a Thai name, say): they would print as
 * blank boxes, and the officer should know before exporting, not after. Latin-script notes — nearly
 * all of them — are settled without asking the host; others are checked by the host (which loads the
 * fonts) a moment after the note stops changing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocModel } from '../../../core/model/doc-model';
import { needsFallbackFonts } from '../../../core/write/doc-text';
import type { Host } from '../host/host';

const CHECK_DELAY_MS = 400;
/** One empty list, so settling a note that needs no check (nearly all) is no state change and no second render. */
const NONE: readonly string[] = [];

export function useUnsupportedCharacters(host: Host | undefined, doc: DocModel | null): readonly string[] {
  const [missing, setMissing] = useState<readonly string[]>(NONE);
  useEffect(() => {
    const check = host?.unsupportedCharacters;
    if (!doc || !check || !needsFallbackFonts(doc)) {
      setMissing(NONE);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      check(doc).then(
        (characters) => !cancelled && setMissing(characters),
        // The check is a courtesy; the export reports the same characters anyway.
        () => !cancelled && setMissing(NONE),
      );
    }, CHECK_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [host, doc]);
  return missing;
}

/** "ส (U+0E2A)": the code point too, since the window's own fonts may not draw the character either. */
function describe(character: string): string {
  return `${character} (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

const SHOWN = 6;

export function FontWarning({ characters }: { characters: readonly string[] }) {
  const { t } = useTranslation('ui');
  if (characters.length === 0) return null;
  const more = characters.length - SHOWN;
  const list = characters.slice(0, SHOWN).map(describe).join(', ');
  return (
    <p className="preview__font-warning" role="status">
      {t('fontWarning.text', { count: characters.length, characters: more > 0 ? t('fontWarning.more', { list, count: more }) : list })}
    </p>
  );
}
