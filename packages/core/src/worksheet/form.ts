/**
 * Form-level checks of the worksheets, for an error summary at the top of the form that links to
 * each field (the GOV.UK pattern): what is missing, in the user's language, with the id of the
 * field to link to. The component gives its inputs the same ids through `worksheet_fieldId`.
 */
import type { Locale } from '../schema/types.js';
import type { DiagnosisState, WorksheetPrinciple } from './types.js';
import { worksheet_issueMessage, type WorksheetIssue } from './issues.js';

/** A form issue: the issue, its sentence, and the id of the field to link from the error summary. */
export interface WorksheetFormIssue extends WorksheetIssue {
  /** The sentence in the user's language. */
  message: string;
  /** The `id` of the field (or of the first input of a group) the summary links to. */
  fieldId: string;
}

/**
 * The element id of a field, from its path in the state: letters, digits and hyphens only, so
 * it is safe in a URL fragment and a CSS selector.
 * @example worksheet_fieldId('workPlan.focus[1].superOutcomeId') // 'worksheet-workPlan-focus-1-superOutcomeId'
 * @example worksheet_fieldId('actions[0].end', 'roadmap-3') // 'roadmap-3-actions-0-end'
 */
export function worksheet_fieldId(path: string, prefix = 'worksheet'): string {
  const tail = String(path).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return tail ? `${prefix}-${tail}` : prefix;
}

/** Options of the form checks. */
export interface WorksheetFormOptions {
  locale: Locale;
  /** The principles with their super-outcomes (and names in `locale`, for the sentences). */
  principles?: readonly WorksheetPrinciple[];
  /** Prefix of the field ids (one per form on the page). @defaultValue 'worksheet' */
  idPrefix?: string;
}

/**
 * Turns issues into form issues: each with its sentence in `locale` and the id of its field.
 * @example formIssues_of([{ path: 'workPlan.why', code: 'reason-required' }], { locale: 'en' })
 *   // [{ path: 'workPlan.why', code: 'reason-required', message: 'Write why you chose these principles', fieldId: 'worksheet-workPlan-why' }]
 */
export function formIssues_of(issues: readonly WorksheetIssue[], options: WorksheetFormOptions): WorksheetFormIssue[] {
  return issues.map((issue) => ({ ...issue, message: worksheet_issueMessage(issue, options.locale), fieldId: worksheet_fieldId(issue.path, options.idPrefix) }));
}

/**
 * What is missing in the work-plan step, in the order of the form: exactly two principles (no one
 * twice), a reason, and for each chosen principle one super-outcome that belongs to it. What they
 * hesitated between is optional. Empty when the step is complete.
 * @example workPlan_issues(state, { locale: 'en', principles })
 *   // [{ path: 'workPlan.focus', code: 'two-principles-required', params: { count: 1 },
 *   //    message: 'Choose exactly two principles to focus on; 1 are chosen', fieldId: 'worksheet-workPlan-focus' }, …]
 */
export function workPlan_issues(state: Pick<DiagnosisState, 'workPlan'>, options: WorksheetFormOptions): WorksheetFormIssue[] {
  const issues: WorksheetIssue[] = [];
  const focus = state?.workPlan?.focus ?? [];
  const byId = options.principles ? new Map(options.principles.map((p) => [p.id, p])) : undefined;
  const name = (id: string) => byId?.get(id)?.name ?? id;
  if (focus.length !== 2) issues.push({ path: 'workPlan.focus', code: 'two-principles-required', params: { count: focus.length } });
  const seen = new Set<string>();
  focus.forEach((f, i) => {
    if (seen.has(f.principleId)) issues.push({ path: `workPlan.focus[${i}].principleId`, code: 'duplicate-principle', params: { id: name(f.principleId) } });
    else if (byId && !byId.has(f.principleId)) issues.push({ path: `workPlan.focus[${i}].principleId`, code: 'unknown-principle', params: { id: f.principleId } });
    seen.add(f.principleId);
  });
  if (!(state?.workPlan?.why ?? '').trim()) issues.push({ path: 'workPlan.why', code: 'reason-required' });
  focus.forEach((f, i) => {
    const path = `workPlan.focus[${i}].superOutcomeId`;
    if (!f.superOutcomeId) issues.push({ path, code: 'super-outcome-required', params: { principle: name(f.principleId) } });
    else if (byId?.has(f.principleId) && !byId.get(f.principleId)!.superOutcomeIds.includes(f.superOutcomeId)) {
      issues.push({ path, code: 'super-outcome-not-of-principle', params: { id: f.superOutcomeId, principle: name(f.principleId) } });
    }
  });
  return formIssues_of(issues, options);
}
