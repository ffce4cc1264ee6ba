/**
 * `briefwright extract [FILE|-] [--json]`: the structured statement as JSON (the contract other
 * tools depend on), or a readable summary for a person at a terminal.
 */
import { extractStatement } from '../core/extract/extract-statement';
import type { StructuredStatement } from '../core/model/structured-statement';
import { readImportedStatement } from './read-statement';
import { cliText } from './cli-language';

/** Key order is part of the contract: meeting, participants, quotes, condemnations, initiatives. */
export function structuredStatementJson(structured: StructuredStatement): object {
  return {
    meeting: { title: structured.meeting.title, date: structured.meeting.date, location: structured.meeting.location, kind: structured.meeting.kind ?? null },
    participants: structured.participants.map((p) => ({ name: p.name, title: p.title, country: p.country, source: p.source, confidence: p.confidence })),
    quotes: structured.quotes.map((q) => ({ speaker: q.speaker, text: q.text, source: q.source, confidence: q.confidence })),
    condemnations: structured.condemnations.map((c) => ({ text: c.text, targets: c.targets, source: c.source, confidence: c.confidence })),
    initiatives: structured.initiatives.map((i) => ({ text: i.text, source: i.source, confidence: i.confidence })),
    language: structured.language,
  };
}

function shorten(text: string, length = 110): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export function readableSummary(structured: StructuredStatement): string {
  const { meeting } = structured;
  const lines = [
    meeting.title ?? cliText('cli:extract.untitled'),
    cliText('cli:extract.facts', { kind: meeting.kind ?? cliText('cli:extract.notKnown'), date: meeting.date ?? cliText('cli:extract.notStated'), location: meeting.location ?? cliText('cli:extract.notStated') }),
    '',
    cliText('cli:extract.participants', { count: structured.participants.length }),
    ...structured.participants.map((p) => `  - ${p.name}, ${p.title} (${p.country})`),
    '',
    cliText('cli:extract.condemnations', { count: structured.condemnations.length }),
    ...structured.condemnations.map((c) => `  - ${shorten(c.text)}${c.targets.length ? ` [${c.targets.join(', ')}]` : ''}`),
    '',
    cliText('cli:extract.initiatives', { count: structured.initiatives.length }),
    ...structured.initiatives.map((i) => `  - ${shorten(i.text)}`),
    '',
    cliText('cli:extract.quotes', { count: structured.quotes.length }),
    ...structured.quotes.map((q) => `  - ${q.speaker}: “${shorten(q.text, 90)}”`),
  ];
  return lines.join('\n');
}

export async function runExtract(
  input: string | undefined,
  json: boolean,
  /** Where import warnings go (characters that could not be decoded); stderr by default, never stdout. */
  warn: (message: string) => void = (message) => process.stderr.write(`${cliText('cli:main.line', { message })}\n`),
): Promise<string> {
  // A structured statement exported by Briefwright (JSON) is used as it is, not extracted again.
  const imported = await readImportedStatement(input);
  imported.notices.forEach((notice) => warn(cliText('cli:main.warning', { message: notice })));
  const structured = imported.structured ?? extractStatement(imported.statement);
  return json ? JSON.stringify(structuredStatementJson(structured), null, 2) : readableSummary(structured);
}
