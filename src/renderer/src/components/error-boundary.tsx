/**
 * Catches a rendering error anywhere below it and shows what happened, with a way back, instead of
 * leaving the officer with a blank window.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly children: ReactNode;
  /** Puts the app back into a known good state before rendering the children again. */
  readonly onReset?: () => void;
  readonly resetLabel?: string;
}

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Briefwright could not display this view:', error, info.componentStack);
  }

  private readonly reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorView error={error} resetLabel={this.props.resetLabel} onReset={this.reset} />;
  }
}

/** What the boundary shows, in the interface's language (a class component cannot use the hook). */
function ErrorView({ error, resetLabel, onReset }: { error: Error; resetLabel: string | undefined; onReset: () => void }) {
  const { t } = useTranslation('ui');
  return (
    <div className="fatal-error" role="alert">
      <h1>{t('errorBoundary.heading')}</h1>
      <p>{t('errorBoundary.text')}</p>
      <pre className="fatal-error__message">{error.message}</pre>
      <button type="button" className="button button--primary" onClick={onReset}>
        {resetLabel ?? t('errorBoundary.retry')}
      </button>
    </div>
  );
}
