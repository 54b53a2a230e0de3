/**
 * Form parts every worksheet shares, after GOV.UK: a labelled field with a hint and an inline
 * error, and an error summary whose links move focus to the fields.
 */
import * as React from 'react';
import { cx } from '../../error/ErrorPanel.js';

export interface FieldProps {
  id: string;
  label: React.ReactNode;
  hint?: string | undefined;
  /** The id of a hint shared with other fields, read after this field's own hint. */
  sharedHintId?: string | undefined;
  error?: string | undefined;
  multiline?: boolean | undefined;
  max: number;
  text: string;
  className?: string | undefined;
  onText: (text: string) => void;
}

/** A labelled text field with a hint and an inline error; a long text prints as text. */
export function Field({ id, label, hint, sharedHintId, error, multiline, max, text, className, onText }: FieldProps) {
  const describedBy = cx(hint && `${id}-hint`, sharedHintId, error && `${id}-error`) || undefined;
  const common = { id, dir: 'auto', maxLength: max, value: text, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, autoComplete: 'off' } as const;
  return (
    <div className={cx('rch-ws__field', error && 'rch-ws__field--error', className)}>
      <label className="rch-ws__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="rch-ws__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {multiline ? (
        <>
          <textarea className="rch-ws__textarea" rows={3} {...common} onChange={(e) => onText(e.currentTarget.value)} />
          {text ? (
            <p className="rch-ws__print-only rch-ws__print-text" dir="auto">
              {text}
            </p>
          ) : null}
        </>
      ) : (
        <input className="rch-ws__input" type="text" {...common} onChange={(e) => onText(e.currentTarget.value)} />
      )}
    </div>
  );
}

/** The inline error of a field, above its input; `${id}-error` for `aria-describedby`. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p className="rch-ws__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** Moves focus to a field and brings it into view. */
export function field_focus(id: string): boolean {
  const el = typeof document === 'undefined' ? null : document.getElementById(id);
  if (!el) return false;
  el.focus();
  el.scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * The check of a form (GOV.UK): nothing is marked until the person asks; then the error summary,
 * or the "complete" line, takes focus (each ask moves focus again; fixing the last error while
 * typing does not), and fields show their inline errors while they last. `id` names the two
 * elements: `ErrorSummary` and `CheckComplete` with the same `id`.
 */
export function useFormCheck(issues: readonly { path: string; message: string }[], showFirst: boolean, id: string) {
  const [showErrors, setShowErrors] = React.useState(showFirst);
  const [checks, setChecks] = React.useState(0);
  React.useEffect(() => {
    if (checks > 0) (document.getElementById(`${id}-summary`) ?? document.getElementById(`${id}-complete`))?.focus();
  }, [checks, id]);
  return {
    showErrors,
    setShowErrors,
    /** The inline error of a field, once checked. */
    errorAt: (path: string) => (showErrors ? issues.find((i) => i.path === path)?.message : undefined),
    onSubmit: (e: React.FormEvent) => {
      e.preventDefault();
      setShowErrors(true);
      setChecks((n) => n + 1);
    },
  };
}

/** The error summary: a titled alert with one link per problem, each moving focus to its field. */
export function ErrorSummary({ id, title, heading: H, issues }: { id: string; title: string; heading: 'h3' | 'h4' | 'h5'; issues: readonly { path: string; href: string; message: string }[] }) {
  return (
    <div className="rch-ws__error-summary" id={`${id}-summary`} role="alert" aria-labelledby={id} tabIndex={-1}>
      <H className="rch-ws__error-summary-title" id={id}>
        {title}
      </H>
      <ul>
        {issues.map((issue) => (
          <li key={issue.path}>
            <a
              href={`#${issue.href}`}
              onClick={(e) => {
                if (field_focus(issue.href)) e.preventDefault();
              }}
            >
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Complete", after a check with nothing missing. */
export function CheckComplete({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p className="rch-ws__complete" id={`${id}-complete`} role="status" tabIndex={-1}>
      {children}
    </p>
  );
}
