/**
 * The summary of a diagnosis per principle (003's "summary feedback"): how much of each
 * principle's items is in place, with the weighting stated, the counts behind it, and words and
 * bars for an accessible chart.
 *
 * Weighting: in place 1, partly in place ½, not yet 0. "Not relevant" is left out of the
 * denominator (an item that does not apply to this service is neither a strength nor a gap), and
 * so are items not answered yet: the share is over what the team has judged. A share over too few
 * answers says little, so below `minAnswered` answers a principle says "not enough answered".
 */
import type { Locale } from '../schema/types.js';
import { format_value } from '../format/number.js';
import { translator_of } from '../i18n/translate.js';
import { diagnosisMessages } from '../i18n/catalogs/worksheet.js';
import type { DiagnosisState, ItemStatus } from './types.js';

/**
 * The weight of each status in the share in place; `not-relevant` has none (left out).
 * @example itemStatus_weights.partly // 0.5
 */
export const itemStatus_weights: Readonly<Record<Exclude<ItemStatus, 'not-relevant'>, number>> = { 'in-place': 1, partly: 0.5, 'not-yet': 0 };

/** Items per status, and those not answered. */
export interface ItemStatusCounts {
  'in-place': number;
  partly: number;
  'not-yet': number;
  'not-relevant': number;
  unanswered: number;
}

/**
 * Whether a share can be given: `ok`; `not-enough` answers yet; every answer `not-relevant`;
 * or no items at all (`empty`).
 */
export type PrincipleSummaryState = 'ok' | 'not-enough' | 'not-relevant' | 'empty';

/** The summary of one principle, or of all (`overall`). */
export interface PrincipleSummary {
  principleId: string;
  /** Items of the principle. */
  total: number;
  /** Items with any status. */
  answered: number;
  /** Answered and not `not-relevant`: the denominator of `share`. */
  relevant: number;
  counts: ItemStatusCounts;
  /**
   * Weighted share in place, 0 to 1, when at least one relevant item is answered (even when
   * `state` is `not-enough`: a draft chart may show it, the words do not).
   */
  share: number | undefined;
  state: PrincipleSummaryState;
}

/** The summary of a diagnosis. */
export interface DiagnosisSummary {
  principles: PrincipleSummary[];
  /** All items of all principles together; `principleId` is `''`. */
  overall: PrincipleSummary;
  /** Principles in state `ok` with the highest share (ties all listed). */
  strongest: string[];
  /** Principles in state `ok` with the lowest share: candidates to focus on. */
  weakest: string[];
  /** Answers needed per principle before a share is given (at most its number of items). */
  minAnswered: number;
}

/** The items the diagnosis walks for one principle. */
export interface PrincipleItems {
  principleId: string;
  itemIds: readonly string[];
}

/** Options of `worksheet_summary`. */
export interface WorksheetSummaryOptions {
  /** Answers needed before a share is given; a principle with fewer items needs all. @defaultValue 3 */
  minAnswered?: number;
}

function counts_empty(): ItemStatusCounts {
  return { 'in-place': 0, partly: 0, 'not-yet': 0, 'not-relevant': 0, unanswered: 0 };
}

function summary_of(principleId: string, total: number, counts: ItemStatusCounts, minAnswered: number): PrincipleSummary {
  const answered = total - counts.unanswered;
  const relevant = answered - counts['not-relevant'];
  const share = relevant > 0 ? (counts['in-place'] * itemStatus_weights['in-place'] + counts.partly * itemStatus_weights.partly) / relevant : undefined;
  let state: PrincipleSummaryState;
  if (total === 0) state = 'empty';
  else if (answered < Math.min(minAnswered, total)) state = 'not-enough';
  else if (relevant === 0) state = answered === 0 ? 'not-enough' : 'not-relevant';
  else state = 'ok';
  return { principleId, total, answered, relevant, counts, share, state };
}

/**
 * Summarises a diagnosis per principle and overall. An item id listed twice for a principle is
 * counted once.
 * @example worksheet_summary(diagnosis, [{ principleId: 'operator-as-partner', itemIds: ['a', 'b', 'c', 'd'] }])
 *   // with a in place, b partly, c not yet, d not relevant:
 *   // principles[0]: { total: 4, answered: 4, relevant: 3, share: 0.5, state: 'ok', counts: { 'in-place': 1, … } }
 */
export function worksheet_summary(diagnosis: Pick<DiagnosisState, 'items'>, principles: readonly PrincipleItems[], options: WorksheetSummaryOptions = {}): DiagnosisSummary {
  const min = options.minAnswered;
  const minAnswered = typeof min === 'number' && Number.isFinite(min) && min >= 1 ? Math.floor(min) : 3;
  const items = diagnosis?.items ?? {};
  const overallCounts = counts_empty();
  let overallTotal = 0;
  const summaries = principles.map((p) => {
    const counts = counts_empty();
    const ids = [...new Set(p.itemIds)];
    for (const id of ids) {
      const answer = Object.prototype.hasOwnProperty.call(items, id) ? items[id] : undefined;
      const status = answer?.status;
      const key: keyof ItemStatusCounts = status !== undefined && Object.prototype.hasOwnProperty.call(counts, status) ? status : 'unanswered';
      counts[key]++;
      overallCounts[key]++;
    }
    overallTotal += ids.length;
    return summary_of(p.principleId, ids.length, counts, minAnswered);
  });
  const ok = summaries.filter((s) => s.state === 'ok' && s.share !== undefined);
  const shares = ok.map((s) => s.share!);
  const top = Math.max(...shares);
  const bottom = Math.min(...shares);
  // With one principle summed up, or all equal, there is no strongest or weakest to name.
  const differ = ok.length > 1 && top > bottom;
  return {
    principles: summaries,
    overall: summary_of('', overallTotal, overallCounts, minAnswered),
    strongest: differ ? ok.filter((s) => s.share === top).map((s) => s.principleId) : [],
    weakest: differ ? ok.filter((s) => s.share === bottom).map((s) => s.principleId) : [],
    minAnswered,
  };
}

/** Options of `worksheet_summaryText`. */
export interface WorksheetSummaryTextOptions {
  locale: Locale;
  /** A principle's name in `locale`; the id when absent. */
  name?: (principleId: string) => string;
}

/** The words of a summary: one sentence (or two) per principle, and the overall feedback. */
export interface WorksheetSummaryText {
  /** The weighting, said once near the chart. */
  weighting: string;
  principles: { principleId: string; text: string }[];
  overall: string;
}

/**
 * The summary in words, in the user's language: per principle the share in place and its counts,
 * or why there is no share yet; overall the share, and which principles are most in place and
 * which have most room to improve.
 * @example worksheet_summaryText(summary, { locale: 'en', name: (id) => names[id] }).principles[0].text
 *   // 'The operator as partner: 50% in place (1 in place, 1 partly, 1 not yet). Left out: 1 not relevant, 0 not answered.'
 */
export function worksheet_summaryText(summary: DiagnosisSummary, options: WorksheetSummaryTextOptions): WorksheetSummaryText {
  const t = translator_of(diagnosisMessages, options.locale);
  const name = (id: string) => options.name?.(id) ?? id;
  const percent = (share: number) => format_value(share * 100, 'percent', { locale: options.locale, decimals: 0 });
  const numbers = (s: PrincipleSummary) => ({
    name: name(s.principleId),
    total: s.total,
    answered: s.answered,
    relevant: s.relevant,
    inPlace: s.counts['in-place'],
    partly: s.counts.partly,
    notYet: s.counts['not-yet'],
    notRelevant: s.counts['not-relevant'],
    unanswered: s.counts.unanswered,
    percent: s.share === undefined ? '' : percent(s.share),
  });
  const principles = summary.principles.map((s) => {
    const n = numbers(s);
    let text: string;
    if (s.state === 'ok') {
      text = t('worksheet.summary.principle', n);
      if (s.counts['not-relevant'] + s.counts.unanswered > 0) text += ` ${t('worksheet.summary.excluded', n)}`;
    } else if (s.state === 'not-relevant') text = t('worksheet.summary.allNotRelevant', n);
    else if (s.state === 'empty') text = t('worksheet.summary.empty', n);
    else text = t('worksheet.summary.notEnough', n);
    return { principleId: s.principleId, text };
  });
  const o = summary.overall;
  const parts = [o.state === 'ok' ? t('worksheet.summary.overall', numbers(o)) : t('worksheet.summary.overallNotEnough', numbers(o))];
  const list = (ids: string[]) => ids.map(name).join(options.locale === 'ar' ? '، ' : ', ');
  if (summary.strongest.length > 0) parts.push(t('worksheet.summary.strongest', { names: list(summary.strongest) }));
  if (summary.weakest.length > 0) parts.push(t('worksheet.summary.weakest', { names: list(summary.weakest) }));
  return { weighting: t('worksheet.summary.weighting'), principles, overall: parts.join(' ') };
}

/** One segment of a stacked bar: a status and its part of the relevant answers. */
export interface WorksheetSummaryBarSegment {
  status: Exclude<ItemStatus, 'not-relevant'>;
  count: number;
  /** Start and end along the bar, 0 to 1 (of the relevant answers). */
  from: number;
  to: number;
}

/** One bar of the summary chart. */
export interface WorksheetSummaryBar {
  principleId: string;
  /** The bar's length, 0 to 1: the share in place; `undefined` draws no bar (see `state`). */
  value: number | undefined;
  state: PrincipleSummaryState;
  /** The relevant answers by status, in place first, for a stacked variant. */
  segments: WorksheetSummaryBarSegment[];
}

/**
 * Bars for a small chart of the summary: one per principle, in order, with the share in place
 * as its length only when the principle has enough answers. Pair each bar with its sentence of
 * `worksheet_summaryText` as its accessible name; a table of the same numbers is the alternative.
 * @example worksheet_summaryBars(summary)[0] // { principleId: 'operator-as-partner', value: 0.5, state: 'ok', segments: [...] }
 */
export function worksheet_summaryBars(summary: DiagnosisSummary): WorksheetSummaryBar[] {
  return summary.principles.map((s) => {
    const segments: WorksheetSummaryBarSegment[] = [];
    let from = 0;
    for (const status of ['in-place', 'partly', 'not-yet'] as const) {
      const count = s.counts[status];
      const to = s.relevant > 0 ? from + count / s.relevant : 0;
      segments.push({ status, count, from, to });
      from = to;
    }
    return { principleId: s.principleId, value: s.state === 'ok' ? s.share : undefined, state: s.state, segments };
  });
}
