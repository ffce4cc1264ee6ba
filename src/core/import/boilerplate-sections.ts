/**
 * Boilerplate sections: the parts of a government release that are not the statement itself —
 * Quick facts / Faits en bref, Associated links / Liens connexes, Contacts / Personnes-ressources,
 * Page details, "Stay connected" social links, an ENDS / - 30 - marker. They are recognised by
 * their headings, which are the genre's fixed vocabulary in English and French, and recorded as
 * spans so the source view can still show them while the extractors skip them: a press secretary
 * under Contacts is not a participant, and a background figure in Quick facts is not news.
 */
import { caselessPattern } from '../extract/caseless-pattern';
import type { BoilerplateKind, BoilerplateSection, Paragraph } from '../model/statement';

const CONTACTS_HEADING =
  // "Inquiries: Joel Linnainmäki, Special Adviser …, tel. …" (Finland MFA, 2020, round 32).
  /^(?:contacts?|media contacts?|media enquiries|media inquiries|inquiries|enquiries|press (?:contacts?|enquiries|inquiries)|(?:members of the )?media (?:may|can) contact|for more information|for further information|personnes?-ressources?|renseignements|pour plus de renseignements|pour de plus amples renseignements|relations avec les médias|les médias peuvent (?:communiquer avec|joindre)|adresse pour l['’]envoi de questions|adresse de contact|information du d[ée]partement|information dfae)(?:\s*[,:].*)?$/i;

const HEADINGS: ReadonlyArray<readonly [BoilerplateKind, RegExp]> = [
  // A fact sheet under the release restates it as background: "MOU Factsheet" (Singapore MSE, 2023, round 57).
  ['quick-facts', caselessPattern(String.raw`^(?:quick facts|key facts|(?:[\p{L}’'-]+ ){0,3}fact ?sheet|faits en bref|faits saillants|fiche d['’]information)$`, 'iu')],
  ['links', /^(?:associated links|related links|related products|useful links|liens connexes|produits connexes|liens utiles)$/i],
  ['contacts', CONTACTS_HEADING],
  ['page-details', /^(?:page details|date modified|détails de la page|date de modification)\s*:?.*$/i],
  ['social', /^(?:stay connected|follow us|share this page|connect with us|restez branchés|suivez-nous|partagez cette page|partager cette page)\b.*$/i],
  ['end', /^(?:ends?|-?\s*30\s*-?|###|fin)$/i],
];

/** A heading line is short ("For more information, media may contact:"); a longer line that starts with "Contacts" is prose. */
const MAX_HEADING_LENGTH = 60;

/** "Media enquiries: Jane Doe, Director of Communications, 613-555-0100": a contact line that runs on after its label. */
const MAX_CONTACT_LINE_LENGTH = 250;

/**
 * "Media Note:  Executive Director …, Michael G. Smith, is available for interview." (an Australian parliamentary secretary, 2009, round
 * 136) is a contact line; the State Department's "Media Note" label over its release is not.
 */
const MEDIA_NOTE = /^media note$/i;
const AVAILABLE_FOR_INTERVIEW = /\bavailable for (?:interview|comment)/i;

function kindOfHeading(line: string): BoilerplateKind | null {
  // Same as `.replace(/\s*:$/, '')` on the trimmed line: a final colon and the white space right before it go (trimEnd removes the
  // same white space set as \s), without trying the pattern from every position of the line.
  const trimmed = line.trim();
  const heading = trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  if (heading.length === 0) return null;
  if (heading.length > MAX_HEADING_LENGTH) {
    const colon = heading.indexOf(':');
    const label = colon > 0 ? heading.slice(0, colon).trim() : '';
    const contacts = CONTACTS_HEADING.test(label) || (MEDIA_NOTE.test(label) && AVAILABLE_FOR_INTERVIEW.test(heading));
    return label !== '' && label.length <= MAX_HEADING_LENGTH && heading.length <= MAX_CONTACT_LINE_LENGTH && contacts ? 'contacts' : null;
  }
  return HEADINGS.find(([, pattern]) => pattern.test(heading))?.[0] ?? null;
}

/**
 * A contact written as one line with no heading, its name first: "Dalia Vencevičienė, Senior Adviser to the Speaker of the
 * Seimas, tel. +370 5 239 6016, mob. +370 698 42 071, e-mail: …" (Lithuania's Seimas, 2017, round 57). A telephone number or
 * an e-mail address marks it; only among the text's last short paragraphs, so a body sentence that gives a number is kept.
 */
const CONTACT_DETAILS = /(?:^|[\s,;(])(?:tel|tél|phone|telephone|téléphone|mob|mobile|cell|fax)\.?\s*:?\s*\+?\(?\d[\d\s().-]{5,}|(?:e-?mail|courriel)\s*:?\s*(?:\S+@\S+|\[email[^\]]*\])|[\w.+-]+@[\w-]+\.[\w.-]+/iu;
const MAX_CONTACT_PARAGRAPH = 300;

/** `lastLong` is the index of the text's last paragraph longer than a contact line: only the short ones after it are read. */
function isContactLineAtEnd(text: string, paragraph: Paragraph, lastLong: number): boolean {
  return paragraph.index > lastLong && CONTACT_DETAILS.test(text.slice(paragraph.start, paragraph.end));
}

/**
 * The boilerplate sections of a text, in order. A heading only counts on the first line of a
 * paragraph after the first one (a release never opens with its contacts); a heading of the same
 * kind as the section it falls in continues that section.
 */
export function findBoilerplateSections(text: string, paragraphs: readonly Paragraph[]): BoilerplateSection[] {
  const starts: Array<{ kind: BoilerplateKind; heading: string; start: number }> = [];
  let lastLong = -1;
  for (const paragraph of paragraphs) if (paragraph.end - paragraph.start > MAX_CONTACT_PARAGRAPH) lastLong = paragraph.index;
  // Only in the second half, also when every paragraph is short: a letterhead with the minister's "Telephone: (02) 6277 7860" at the
  // top of a release of short paragraphs is no contact block at its end (Australian minister, 2002, round 97).
  lastLong = Math.max(lastLong, Math.floor(paragraphs.length / 2) - 1);
  for (const paragraph of paragraphs) {
    if (paragraph.index === 0) continue;
    const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 200));
    // The first line: up to the first line feed (what split('\n')[0] gives), without splitting the rest.
    const newline = head.indexOf('\n');
    const firstLine = (newline === -1 ? head : head.slice(0, newline)).trim();
    const kind = kindOfHeading(firstLine) ?? (isContactLineAtEnd(text, paragraph, lastLong) ? 'contacts' : null);
    // "Page details" then "Date modified:" is one section, not two.
    if (kind !== null && starts.at(-1)?.kind !== kind) starts.push({ kind, heading: firstLine.replace(/\s*:.*$/, ''), start: paragraph.start });
  }
  return starts.map((section, i) => {
    const next = starts[i + 1];
    let end = next ? next.start : text.length;
    // A contact block is short lines: a long paragraph of prose after it is the release itself, as when
    // "Media Contacts: …" heads an Australian release (2009, round 134).
    if (section.kind === 'contacts') {
      const prose = paragraphs.find(
        (paragraph) =>
          paragraph.start > section.start &&
          paragraph.start < end &&
          paragraph.end - paragraph.start > MAX_CONTACT_PARAGRAPH &&
          !CONTACT_DETAILS.test(text.slice(paragraph.start, paragraph.end)),
      );
      if (prose) end = prose.start;
    }
    while (end > section.start && /\s/.test(text[end - 1] ?? '')) end--;
    return { kind: section.kind, heading: section.heading, start: section.start, end };
  });
}
