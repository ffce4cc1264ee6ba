import { describe, expect, it } from 'vitest';
import { participantLine } from './compose-briefing';

const person = (name: string, title: string, country: string) => ({ name, title, country, source: { start: 0, end: 1 }, confidence: 1 });

describe('participantLine', () => {
  it('adds the country in the note’s language after the name and title', () => {
    expect(participantLine(person('Mélanie Joly', 'Minister of Foreign Affairs', 'Canada'), undefined, 'en')).toBe('Mélanie Joly, Minister of Foreign Affairs (Canada)');
    expect(participantLine(person('Cho Tae-yul', 'ministre des Affaires étrangères', 'Republic of Korea'), undefined, 'fr')).toBe('Cho Tae-yul, ministre des Affaires étrangères (République de Corée)');
  });

  it('leaves the country out when the title already names it, in either language (no « (États-Unis) » after « président des États-Unis »)', () => {
    expect(participantLine(person('Donald Trump', 'président des États-Unis', 'United States'), undefined, 'fr')).toBe('Donald Trump, président des États-Unis');
    expect(participantLine(person('Donald Trump', 'president des Etats-Unis', 'United States'), undefined, 'fr')).toBe('Donald Trump, president des Etats-Unis');
    expect(participantLine(person('Joe Biden', 'President of the United States', 'United States'), undefined, 'en')).toBe('Joe Biden, President of the United States');
    expect(participantLine(person('Mark Carney', 'Prime Minister of Canada', 'Canada'), undefined, 'fr')).toBe('Mark Carney, Prime Minister of Canada');
  });

  it('keeps the country when titles are hidden, and when the title names another country', () => {
    expect(participantLine(person('Donald Trump', 'président des États-Unis', 'United States'), { showTitles: false }, 'fr')).toBe('Donald Trump (États-Unis)');
    expect(participantLine(person('Ahmed Ali', 'Ambassador to the United States', 'Egypt'), undefined, 'en')).toBe('Ahmed Ali, Ambassador to the United States (Egypt)');
  });
});

describe('participantLine: a title names the country whatever its case and apostrophe', () => {
  it.each([
    ["Ambassador of Côte d'Ivoire", 'Côte d’Ivoire', 'en'],
    ['Ambassador of Côte d’Ivoire', "Côte d'Ivoire", 'en'],
    ["ambassadeur de Côte d'Ivoire", 'Côte d’Ivoire', 'fr'],
    ['PRIME MINISTER OF CANADA', 'Canada', 'en'],
  ] as const)('%s (%s)', (title, country, language) => {
    expect(participantLine(person('A. Person', title, country), undefined, language)).toBe(`A. Person, ${title}`);
  });
});
