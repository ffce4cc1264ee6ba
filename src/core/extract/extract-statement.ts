/**
 * extractStatement: Statement → StructuredStatement. Runs each extractor once over the imported
 * statement; quotes come after participants because a quote's speaker is resolved to the
 * participant's full name ("Minister Fairweather" → "Declan Fairweather"). Pure and total: it never
 * throws, whatever the text, so the app can always show the officer something to edit.
 */
import type { Statement } from '../model/statement';
import type { StructuredStatement } from '../model/structured-statement';
import { extractCondemnations } from './condemnation-extractor';
import { extractInitiatives } from './initiative-extractor';
import { extractMeeting } from './meeting-extractor';
import { extractParticipants } from './participant-extractor';
import { extractQuotes } from './quote-extractor';
import { classifyStatementKind } from './statement-kind';

export function extractStatement(statement: Statement): StructuredStatement {
  // The participants need the condemnations' targets (a condemned country is no participant's home): found once, here.
  const condemnations = extractCondemnations(statement);
  const participants = extractParticipants(statement, condemnations);
  return {
    meeting: { ...extractMeeting(statement), kind: classifyStatementKind(statement) },
    participants,
    quotes: extractQuotes(statement, participants),
    condemnations,
    initiatives: extractInitiatives(statement),
    language: statement.language,
  };
}
