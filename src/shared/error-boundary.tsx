import { Component, type ErrorInfo, type ReactNode } from 'react';

type ErrorBoundaryProps = {
  /** Names the part of the page that failed, for the message ("the timeline"). */
  area: string;
  children: ReactNode;
};

type ErrorBoundaryState = { error: Error | null };

/** Keeps one broken part from blanking the page: it shows a message in that part's place. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Provenance: ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="pv-message pv-message--error" role="alert">
        <p>
          <strong>Sorry, {this.props.area} could not be shown.</strong> {this.state.error.message}
        </p>
        <button type="button" className="pv-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
