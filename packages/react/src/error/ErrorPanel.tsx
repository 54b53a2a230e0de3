import * as React from 'react';
import { issue_message, type IssueCatalog, type ValidationIssue } from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../provider/RecheshProvider.js';

/* -------------------------------------------------------------------------------------------------
 * ErrorPanel
 * -----------------------------------------------------------------------------------------------*/

export interface ErrorPanelProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** What is wrong, with paths into the data. */
  issues: readonly ValidationIssue[];
  /** Which component could not render, shown to developers in the panel's data attribute. */
  component?: string;
  /** How many issues to list before "and N more". @defaultValue 5 */
  maxIssues?: number;
  /** Sentences for issue codes beyond the built-in ones (e.g. `logicModel_issueMessages`), or rewordings. */
  issueMessages?: IssueCatalog;
}

/**
 * The inline panel every component shows instead of itself when its data is invalid. It names
 * what is wrong and where (the path in the data) in the user's language; the rest of the page
 * keeps working.
 */
export const ErrorPanel = React.forwardRef<HTMLElement, ErrorPanelProps>(function ErrorPanel(
  { issues, component, maxIssues = 5, issueMessages, locale, dir, theme, numberingSystem, suppression, messages, ...rest },
  ref,
) {
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages });
  const titleId = React.useId();
  const shown = issues.slice(0, Number.isFinite(maxIssues) ? Math.max(1, Math.floor(maxIssues)) : 5);
  const more = issues.length - shown.length;
  return (
    <section
      role="group"
      aria-labelledby={titleId}
      data-rch-error=""
      data-component={component}
      dir={s.dir}
      lang={s.locale}
      {...rest}
      ref={ref}
      className={cx('rch-error', rest.className)}
    >
      <p className="rch-error__title" id={titleId}>
        <svg className="rch-error__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          <path d="M8 6v4M8 11.5v1" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        {s.t('error.title')}
      </p>
      <p className="rch-error__intro">{s.t('error.intro')}</p>
      <ul className="rch-error__list">
        {shown.map((issue, i) => (
          <li key={i}>
            {issue_message(issue, s.locale, issueMessages)}
            {issue.path ? (
              <>
                {' '}
                <span className="rch-error__path">
                  ({s.t('error.at')}: <code dir="ltr">{issue.path}</code>)
                </span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="rch-error__more">{s.t('error.more', { count: more })}</p> : null}
    </section>
  );
});

function changed(a: readonly unknown[] = [], b: readonly unknown[] = []): boolean {
  return a.length !== b.length || a.some((v, i) => !Object.is(v, b[i]));
}

export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/* -------------------------------------------------------------------------------------------------
 * SafeBoundary
 * -----------------------------------------------------------------------------------------------*/

interface SafeBoundaryProps {
  component: string;
  settings: RecheshSettings;
  /** When any of these change (by identity), a failed boundary tries to render again. */
  resetKeys?: readonly unknown[];
  children?: React.ReactNode;
}

/**
 * Last line of defence: if a component still throws while rendering (a bug, or data shaped in a
 * way validation did not foresee), show the error panel in its place instead of unmounting the
 * whole page.
 */
export class SafeBoundary extends React.Component<SafeBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidUpdate(prev: SafeBoundaryProps): void {
    // Corrected data should show the component again without a remount.
    if (this.state.failed && changed(prev.resetKeys, this.props.resetKeys)) this.setState({ failed: false });
  }
  override componentDidCatch(error: unknown): void {
    if (typeof console !== 'undefined') console.error(`[rechesh] ${this.props.component} failed to render`, error);
  }
  override render(): React.ReactNode {
    if (this.state.failed) {
      return (
        <ErrorPanel component={this.props.component} {...this.props.settings} issues={[{ path: '', code: 'unknown' }]} />
      );
    }
    return this.props.children;
  }
}
