/** The banner: app name, the template in use and the note's security classification. */
import type { Classification } from '../../../core/model/template';

interface Props {
  readonly templateName: string;
  readonly classification: Classification | null;
}

export function AppHeader({ templateName, classification }: Props) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__name">Briefwright</span>
        <span className="app-header__template">
          <span className="visually-hidden">Template: </span>
          {templateName}
        </span>
      </div>
      {classification && (
        <p className="classification" aria-label={`Classification: ${classification}`}>
          {classification}
        </p>
      )}
    </header>
  );
}
