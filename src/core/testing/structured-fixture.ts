/**
 * A hand-built StructuredStatement for tests of the stages after extraction, so a change in the
 * extractor never breaks a layout or writer test (and the reverse).
 */
import type { StructuredStatement } from '../model/structured-statement';

export const structuredFixture: StructuredStatement = {
  language: 'en',
  meeting: { title: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting', date: '2024-11-01', location: 'Ottawa' },
  participants: [
    { name: 'Mélanie Joly', title: 'Minister of Foreign Affairs', country: 'Canada', source: { start: 10, end: 22 } },
    { name: 'Bill Blair', title: 'Minister of National Defence', country: 'Canada', source: { start: 60, end: 70 } },
    { name: 'Cho Tae-yul', title: 'Minister of Foreign Affairs', country: 'Republic of Korea', source: { start: 200, end: 211 } },
  ],
  quotes: [
    { speaker: 'Mélanie Joly', text: 'Canada and South Korea share a common vision for the Indo-Pacific region.', source: { start: 3000, end: 3100 } },
  ],
  condemnations: [
    { text: 'Canada and the Republic of Korea call on North Korea and Russia to withdraw North Korean troops from Russia.', targets: ['North Korea', 'Russia'], source: { start: 1200, end: 1300 } },
    { text: 'They condemned North Korea’s recent intercontinental ballistic missile launch.', targets: ['North Korea'], source: { start: 1300, end: 1380 } },
  ],
  initiatives: [{ text: 'Canada and the Republic of Korea agreed to launch the Canada-Korea Indo-Pacific Dialogue.', source: { start: 2000, end: 2090 } }],
};
