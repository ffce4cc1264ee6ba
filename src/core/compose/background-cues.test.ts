// One example per background cue (sentence-sections.ts), so a broken cue fails a named test, and the
// sentences that look close but report an outcome (issue 18).
import { describe, expect, it } from 'vitest';
import { isBackgroundSentence } from './sentence-sections';

describe('isBackgroundSentence: each cue by an example', () => {
  it.each([
    ['this … builds on', 'This builds on years of work together.'],
    ['these … built on', 'These talks built on earlier exchanges.'],
    ['today’s … builds on', 'Today’s announcement builds on earlier steps.'],
    ['builds on the / a / previous …', 'Canada’s support builds on previous commitments.'],
    ['last year', 'Last year, Canada provided $10 million.'],
    ['earlier this month', 'Earlier this month, officials met in Geneva.'],
    ['in 2023', 'In 2023, Canada hosted the summit.'],
    ['since March 2022', 'Since March 2022, Canada has imposed sanctions.'],
    ['on … 1999', 'On 1999 terms, the treaty applied.'],
    ['this … follows', 'The announcement follows the visit of the Minister.'],
    ['this comes after', 'This comes after talks in May.'],
    ['to date … has provided', 'To date, Canada has provided $50 million.'],
    ['previously … had committed', 'Canada previously had committed $5 million.'],
    ['since 2020 … have contributed', 'Partners since 2020 have contributed troops.'],
    ['cette … s’appuie', 'Cette annonce s’appuie sur la visite de la ministre.'],
    ['ces … s’inscrivent', 'Ces mesures s’inscrivent dans la stratégie.'],
    ['cet … fait suite', 'Cet engagement fait suite à la rencontre de mai.'],
    ['l’an dernier', 'L’an dernier, le Canada a versé 10 millions.'],
    ['l’année dernière', 'L’année dernière, les ministres se sont réunis.'],
    ['depuis 2022', 'Depuis 2022, le Canada appuie l’Ukraine.'],
    ['en 2023', 'En 2023, le Canada a accueilli le sommet.'],
    ['leading spaces', '   Last year, ministers met.'],
  ])('%s', (_cue, sentence) => {
    expect(isBackgroundSentence(sentence)).toBe(true);
  });

  it.each([
    'Ministers agreed to launch a dialogue.',
    'Ministers will build on this work.',
    'In the coming year, ministers will meet again.',
    'Canada has provided $50 million to date.',
    'The ministers welcomed the follow-up.',
    'Le Canada appuie la stratégie.',
    'Entre 2022 et 2024, le fonds a doublé.',
    'Canada builds on.',
  ])('an outcome, not background: %s', (sentence) => {
    expect(isBackgroundSentence(sentence)).toBe(false);
  });
});
