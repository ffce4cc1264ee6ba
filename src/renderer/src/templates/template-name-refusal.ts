/** The core's rule for template names (core/model/template-name.ts), its refusal in the interface's language. */
import { describe } from '../../../core/i18n/describe';
import { templateNameMessage } from '../../../core/templates/template-library';
import { uiI18n } from '../i18n/ui-i18n';

/** Why a template name is refused, in the interface's language, or null when it is fine. */
export function templateNameRefusal(name: string): string | null {
  const message = templateNameMessage(name);
  return message ? describe(message, uiI18n) : null;
}
