/**
 * The bundled fonts for rendering in the page. Vite emits the TTF files as assets next to the app
 * and these imports are their URLs; they are fetched from the same origin on first export only.
 */
import type { FontFaces, FontFiles } from '../../../core/write/writers';
import sansRegular from '../../../../resources/fonts/pdf/BriefwrightSans-Regular.ttf?url';
import sansBold from '../../../../resources/fonts/pdf/BriefwrightSans-Bold.ttf?url';
import sansItalic from '../../../../resources/fonts/pdf/BriefwrightSans-Italic.ttf?url';
import sansBoldItalic from '../../../../resources/fonts/pdf/BriefwrightSans-BoldItalic.ttf?url';
import serifRegular from '../../../../resources/fonts/pdf/BriefwrightSerif-Regular.ttf?url';
import serifBold from '../../../../resources/fonts/pdf/BriefwrightSerif-Bold.ttf?url';
import serifItalic from '../../../../resources/fonts/pdf/BriefwrightSerif-Italic.ttf?url';
import serifBoldItalic from '../../../../resources/fonts/pdf/BriefwrightSerif-BoldItalic.ttf?url';

const FONT_URLS = {
  'Liberation Sans': { normal: sansRegular, bold: sansBold, italics: sansItalic, bolditalics: sansBoldItalic },
  'Liberation Serif': { normal: serifRegular, bold: serifBold, italics: serifItalic, bolditalics: serifBoldItalic },
} as const;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the font ${url} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchFamily(urls: Record<keyof FontFaces, string>): Promise<FontFaces> {
  const [normal, bold, italics, bolditalics] = await Promise.all([
    fetchBytes(urls.normal),
    fetchBytes(urls.bold),
    fetchBytes(urls.italics),
    fetchBytes(urls.bolditalics),
  ]);
  return { normal, bold, italics, bolditalics };
}

let pending: Promise<FontFiles> | undefined;

/** Fetched once per page; a failure is not cached, so the next export tries again. */
export function loadBrowserFonts(): Promise<FontFiles> {
  if (!pending) {
    pending = Promise.all(Object.entries(FONT_URLS).map(async ([family, urls]) => [family, await fetchFamily(urls)] as const)).then(
      (entries) => Object.fromEntries(entries) as FontFiles,
    );
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}
