/**
 * What kind of text a statement is: a news release, a joint statement, a readout or a (single
 * issuer's) statement. Official texts say so in predictable places, so the rules read those places
 * in order of how explicit they are:
 *   1. a label line near the top ("READOUT", "Joint media release", « Communiqué de presse »), or the
 *      title naming the genre ("Joint Statement on…", « Déclaration conjointe… », "Statement by…");
 *   2. several issuers speaking as one ("We, the Foreign Ministers of…", « Nous, ministres… »);
 *   3. the furniture of a department's release: a "date – city – department" dateline, an opening
 *      "City – " dateline, closing quote blocks, Quick facts / Contacts sections;
 *   4. a title that names a meeting, call or talks ("Outcome of the … Meeting") → readout.
 * Anything else is a statement. Pure; reads only the first lines and the boilerplate spans.
 */
import type { Statement } from '../model/statement';
import type { StatementKind } from '../model/structured-statement';

const HEAD_LINES = 10;

const LABELS: ReadonlyArray<readonly [RegExp, StatementKind]> = [
  [/^(?:readout|compte[- ]rendu)(?![\p{L}])/iu, 'readout'],
  [/^(?:joint\s+(?:statement|declaration|communiqu[eé])|d[ée]claration\s+(?:conjointe|commune)|communiqu[ée]\s+conjoint)(?![\p{L}])/iu, 'joint-statement'],
  [/^(?:(?:joint\s+)?(?:news|media|press)\s+release|communiqu[ée]\s+(?:de\s+presse|aux\s+m[ée]dias))(?![\p{L}])/iu, 'news-release'],
  [/^(?:statement|d[ée]claration)\s+(?:by|from|of|on|de|du|des|d['’])\b/iu, 'statement'],
];

/** "Joint Statement on the 9th Meeting…", "G7 Foreign Ministers’ Statement", « Déclaration conjointe… ». */
const JOINT_IN_TITLE = /(?<![\p{L}])(?:joint\s+(?:statement|declaration|communiqu[eé])|d[ée]claration\s+(?:conjointe|commune)|communiqu[ée]\s+conjoint)(?![\p{L}])/iu;
const MEETING_IN_TITLE = /\b(?:meeting|meets|talks|call|speaks\s+with|spoke\s+with|visit|dialogue|consultations|summit|r[ée]union|entretien|s[’']entretient|rencontre|visite)\b/iu;
const READOUT_IN_TITLE = /^(?:outcome|results?|readout|summary)\s+of\b|^r[ée]sultats?\s+de\b|[’']s\s+(?:meeting|call)\s+with\b/iu;

/** "We, the Foreign Ministers of…", "We, the G7…", « Nous, ministres des Affaires étrangères… ». */
const COLLECTIVE_VOICE = /(?:^|\n)\s*(?:\d+\.\s*)?(?:we,\s+the\b|nous,\s+(?:les\s+)?(?:ministres|chefs|dirigeants|soussign))/iu;

/** "March 12, 2025 – Halifax, Nova Scotia – Fisheries and Oceans Canada" (date, place, issuer). */
const DEPARTMENT_DATELINE = /^[^\n]{4,40}\d{4}\s+[–—-]\s+[^\n–—]{2,60}\s+[–—-]\s+[^\n]{3,80}$/mu;
/** "Ottawa – Mélanie Joly, Minister…" opening the first paragraph. */
const OPENING_CITY_DATELINE = /^\p{Lu}[\p{L}.' -]{1,30}(?:,\s*\p{Lu}[\p{L}.' -]{1,30})?\s+[–—]\s+\p{Lu}/u;
/** A government site's page furniture: "Published 12 March 2025", "From: Department…" (GOV.UK). */
const PUBLISHED_LINE = /^(?:published|publi[ée]|date published|date de publication)(?![\p{L}])[:\s]*\d{1,2}\s+\p{L}+\s+\d{4}$|^(?:published|publi[ée])\s*:?$|^from:$/iu;
/** A closing quote block's attribution line: "– Mélanie Joly, Minister of Foreign Affairs". */
const QUOTE_BLOCK_ATTRIBUTION = /^[–—-]\s*\p{Lu}[\p{L}.' -]+,\s+\p{L}/mu;

function headLines(statement: Statement): string[] {
  return statement.text
    .slice(0, 2000)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, HEAD_LINES);
}

export function classifyStatementKind(statement: Statement): StatementKind {
  const lines = headLines(statement);
  const title = statement.title ?? '';
  for (const line of [title, ...lines]) {
    if (line.length > 200) continue;
    for (const [pattern, kind] of LABELS) if (pattern.test(line)) return kind;
  }
  if (JOINT_IN_TITLE.test(title)) return 'joint-statement';
  const head = statement.text.slice(0, 3000);
  if (COLLECTIVE_VOICE.test(head)) return 'joint-statement';
  const boilerplate = statement.boilerplate ?? [];
  const hasReleaseSections = boilerplate.some((section) => section.kind === 'quick-facts' || section.kind === 'contacts' || section.kind === 'links');
  const firstParagraph = statement.paragraphs[0] ? statement.text.slice(statement.paragraphs[0].start, statement.paragraphs[0].end) : '';
  if (
    lines.some((line) => DEPARTMENT_DATELINE.test(line) || PUBLISHED_LINE.test(line)) ||
    OPENING_CITY_DATELINE.test(firstParagraph) ||
    (hasReleaseSections && QUOTE_BLOCK_ATTRIBUTION.test(statement.text))
  ) {
    return /^(?:statement|d[ée]claration)\b/iu.test(title) ? 'statement' : 'news-release';
  }
  if (READOUT_IN_TITLE.test(title) || (MEETING_IN_TITLE.test(title) && !/\b(?:statement|d[ée]claration)\b/iu.test(title))) return 'readout';
  return 'statement';
}
