/**
 * What `briefwright --help` prints, one block per command, so `briefwright COMMAND --help` (or
 * `briefwright help COMMAND`) prints only that command's block (issue 14). The text is in the 'cli'
 * catalogue (usage.*), in the CLI's language.
 */
import { BUILT_IN_TEMPLATE_IDS, DEFAULT_TEMPLATE_ID } from '../core/templates/built-in-template-ids';
import { cliText } from './cli-language';

const COMMANDS = ['extract', 'render', 'templates'] as const;

export type CommandName = (typeof COMMANDS)[number];

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && (COMMANDS as readonly string[]).includes(name);
}

function commandBlock(command: CommandName): string {
  switch (command) {
    case 'extract':
      return cliText('cli:usage.extract');
    case 'render':
      return cliText('cli:usage.render', { templates: BUILT_IN_TEMPLATE_IDS.join(', ') });
    case 'templates':
      return cliText('cli:usage.templates', { defaultTemplate: DEFAULT_TEMPLATE_ID, open: '{{', close: '}}' });
  }
}

export function usage(): string {
  return [cliText('cli:usage.heading'), ...COMMANDS.map(commandBlock), cliText('cli:usage.footer')].join('\n');
}

export function commandUsage(command: CommandName): string {
  return `${cliText('cli:usage.heading')}\n${commandBlock(command)}`;
}
