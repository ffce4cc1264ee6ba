/**
 * What `briefwright --help` prints, one block per command, so `briefwright COMMAND --help` (or
 * `briefwright help COMMAND`) prints only that command's block (issue 14).
 */
import { builtInTemplates, DEFAULT_TEMPLATE_ID } from '../core/templates/template-loader';

const COMMAND_USAGE = {
  extract: `  briefwright extract [FILE|-] [--json]
      Structure a statement: meeting, participants, quotes, condemnations, initiatives.
      With no FILE, the bundled sample statement; "-" reads standard input.
      --json                    print the structure as JSON instead of a readable summary`,
  render: `  briefwright render [FILE|-] --format docx|pdf|both --out PATH [options]
      Render a briefing note. With "both", PATH gets .docx and .pdf.
      --template ID|PATH        built-in id (${builtInTemplates.map((t) => t.id).join(', ')}), your template's id, a template .json file or a Word template .docx
      --date YYYY-MM-DD         the note's date (default: the meeting's date, else today)
      --classification LEVEL    UNCLASSIFIED, "PROTECTED A", "PROTECTED B", CONFIDENTIAL or SECRET
      --purpose information|decision
      --prepared-by NAME        --file-number TEXT   --title TEXT
      --source-comments         DOCX: a Word comment on each extracted item quoting its source sentence
      --pdfa                    PDF: write PDF/A-2b (archival)
  briefwright render --batch DIR --format docx|pdf|both --out DIR [options]
      Render every statement file in DIR into the folder --out, on all cores.`,
  templates: `  briefwright templates list [--json] | show ID | export ID FILE | import FILE [--replace]
      The built-in templates and your own (stored in the data folder the desktop app uses).
  briefwright templates import LETTERHEAD.docx [--base ID] [--id ID] [--name NAME] [--replace]
      A Word document with {{placeholders}} ({{title}}, {{classification}}, {{participants}},
      {{section:summary}}, …): render --template ID fills it for the DOCX; the PDF uses the
      built-in layout --base (default ${DEFAULT_TEMPLATE_ID}).`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMAND_USAGE, name);
}

export const USAGE = `Usage:
${Object.values(COMMAND_USAGE).join('\n')}
  briefwright COMMAND --help     only that command's usage
  briefwright --help | --version`;

export function commandUsage(command: CommandName): string {
  return `Usage:\n${COMMAND_USAGE[command]}`;
}
