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
    if (condemnations.length > 0) sentences.push(`La déclaration contient ${countPhrase(condemnations.length, 'condamnation ou préoccupation', 'condamnations ou préoccupations')}.`);
    if (initiatives.length > 0) sentences.push(`Elle annonce ${countPhrase(initiatives.length, 'initiative', 'initiatives')}.`);
    return sentences.join(' ');
  }
  const when = meeting.date ? `On ${formatLongDate(meeting.date, 'en')}, ` : '';
  const who = participants.length > 0 ? joinList(participants.map((p) => `${p.name} (${p.country || p.title})`), 'en') : 'The participants';
  const where = meeting.location ? ` in ${meeting.location}` : '';
  const what = meeting.title ? ` for the ${meeting.title.replace(/^(The|the)\s+/, '')}` : '';
  sentences.push(`${when}${who} met${where}${what}.`);
  if (parties.length > 1 && condemnations.length > 0) {
    sentences.push(`${joinList(parties, 'en')} voiced ${countPhrase(condemnations.length, 'condemnation or grave concern', 'condemnations or grave concerns')}.`);
  } else if (condemnations.length > 0) {
    sentences.push(`The statement contains ${countPhrase(condemnations.length, 'condemnation or grave concern', 'condemnations or grave concerns')}.`);
  }
  if (initiatives.length > 0) sentences.push(`It announces ${countPhrase(initiatives.length, 'initiative', 'initiatives')}.`);
  return sentences.join(' ');
}
