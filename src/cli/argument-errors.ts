/**
 * One line for a command line node:util's parseArgs refused (issue 14). Its own messages are written
 * for programmers ("Unknown option '--jsno'. To specify a positional argument starting with a '-',
 * place it at the end of the command after '--', as in '-- "--jsno"", cut at an unbalanced quote);
 * these name the option as typed and the help of the command it was given to.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';
import { isCommand } from './usage';
import { userMessage } from '../core/i18n/user-message';

type Options = NonNullable<ParseArgsConfig['options']>;

export function argumentError(argv: readonly string[], options: Options, error: unknown): CliError {
  // Parsed again without strictness, which never throws, to find the command and the option at fault.
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const command = tokens.find((token) => token.kind === 'positional')?.value;
  const help = isCommand(command) ? userMessage('cli:args.seeCommandHelp', { command }) : userMessage('cli:args.seeHelp');
  const code = (error as { code?: string }).code;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      return new CliError(isCommand(command) ? userMessage('cli:args.unknownOptionFor', { option: token.rawName, command, help }) : userMessage('cli:args.unknownOption', { option: token.rawName, help }), 2);
    }
    if (option?.type === 'string' && token.value === undefined) return new CliError(userMessage('cli:args.needsValue', { option: token.rawName, help }), 2);
    if (option?.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      return new CliError(userMessage('cli:args.needsValueNotOption', { option: token.rawName, value: token.value, name: token.name }), 2);
    }
    if (option?.type === 'boolean' && token.inlineValue) return new CliError(userMessage('cli:args.takesNoValue', { option: token.rawName, help }), 2);
  }
  return new CliError(userMessage('cli:args.other', { detail: (error as Error).message.split('\n')[0]!, help }), 2);
}
