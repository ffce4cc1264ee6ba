/**
 * Drafts the summary paragraph from the structured statement, so the officer starts from a
 * sensible sentence in the note's language and edits from there, instead of a blank section.
 */
import type { Language } from '../model/statement';
import type { Participant, StructuredStatement } from '../model/structured-statement';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2024-11-01" → "November 1, 2024" (en) or "1er novembre 2024" (fr). Invalid input is returned as is. */
export function formatLongDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthIndex = Number(month) - 1;
  const dayNumber = Number(day);
  if (monthIndex < 0 || monthIndex > 11) return isoDate;
  if (language === 'fr') return `${dayNumber === 1 ? '1er' : dayNumber} ${FR_MONTHS[monthIndex]} ${year}`;
  return `${EN_MONTHS[monthIndex]} ${dayNumber}, ${year}`;
}

function joinList(items: readonly string[], language: Language): string {
  const and = language === 'fr' ? 'et' : 'and';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function countries(participants: readonly Participant[]): string[] {
  return [...new Set(participants.map((participant) => participant.country).filter((country) => country.length > 0))];
}

/** English takes "the" before some country names in running text: the Republic of Korea, the United States, the Netherlands. */
export function countryInSentence(country: string): string {
  return /^(Republic|United|Kingdom|Federated|Democratic|People|Holy|Czech Republic|European|Islamic|Russian Federation)\b|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Solomon Islands|Marshall Islands|Cook Islands)$/.test(
    country,
  )
    ? `the ${country}`
    : country;
}

function countPhrase(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export function draftSummary(structured: StructuredStatement, language: Language): string {
  const { meeting, participants, condemnations, initiatives } = structured;
  const parties = countries(participants);
  const sentences: string[] = [];
  if (language === 'fr') {
    const when = meeting.date ? `Le ${formatLongDate(meeting.date, 'fr')}` : '';
    const where = meeting.location ? `à ${meeting.location}` : '';
    const what = meeting.title ? ` (${meeting.title})` : '';
    const who = participants.length > 0 ? `${joinList(participants.map((p) => p.name), 'fr')} se sont réunis` : 'Les participants se sont réunis';
    sentences.push(`${[when, who].filter(Boolean).join(', ')}${where ? ` ${where}` : ''}${what}.`.replace(/^./, (c) => c.toUpperCase()));
    const targets = [...new Set(condemnations.flatMap((condemnation) => condemnation.targets))];
    if (targets.length > 0) sentences.push(`Ils ont condamné les agissements de ${joinList(targets, 'fr')} ou exprimé leur vive préoccupation à leur égard.`);
    else if (condemnations.length > 0) sentences.push(`Ils ont exprimé ${countPhrase(condemnations.length, 'préoccupation', 'préoccupations')} (voir les enjeux clés).`);
    if (initiatives.length > 0) sentences.push(`Ils ont annoncé ${countPhrase(initiatives.length, 'initiative', 'initiatives')} (voir les résultats).`);
    return sentences.join(' ');
  }
  const when = meeting.date ? `On ${formatLongDate(meeting.date, 'en')}, ` : '';
  const who = participants.length > 0 ? joinList(participants.map((p) => `${p.name} (${p.country || p.title})`), 'en') : 'The participants';
  const where = meeting.location ? ` in ${meeting.location}` : '';
  const what = meeting.title ? ` for the ${meeting.title.replace(/^(The|the)\s+/, '')}` : '';
  sentences.push(`${when}${who} met${where}${what}.`);
  const targets = [...new Set(condemnations.flatMap((condemnation) => condemnation.targets))];
  const subject = parties.length > 1 ? joinList(parties.map(countryInSentence), 'en') : 'They';
  if (targets.length > 0) sentences.push(`${subject} condemned or raised grave concern about the actions of ${joinList(targets, 'en')}.`);
  else if (condemnations.length > 0) sentences.push(`${subject} raised ${countPhrase(condemnations.length, 'concern', 'concerns')}, listed under key issues.`);
  if (initiatives.length > 0) sentences.push(`They announced ${countPhrase(initiatives.length, 'initiative', 'initiatives')}, listed under outcomes.`);
  return sentences.join(' ');
}
