/**
 * An error the CLI reports as one line on stderr with a non-zero exit, without a stack trace. Its
 * `message` is English; `userMessage` (a 'cli' code, or a core error's) is printed in the CLI's language.
 */
import { MessageError } from '../core/i18n/describe';
import type { UserMessage } from '../core/i18n/user-message';

export class CliError extends MessageError {
  override name = 'CliError';
  constructor(
    message: string | UserMessage,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
