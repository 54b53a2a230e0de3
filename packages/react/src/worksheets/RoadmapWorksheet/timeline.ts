/**
 * The time axis of the roadmap's timeline: a domain widened to whole quarters (or years), ticks
 * from d3-time's calendar intervals, and positions as fractions of the domain, so the component
 * places bars with `inset-inline-start` and time runs in the reading direction by itself.
 */
import { utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { format_date, format_period, when_parse, type Locale } from '@rechesh/core';

const DAY_MS = 86_400_000;

/** One tick of the time axis. */
export interface TimelineTick {
  day: number;
  /** 0 at the start of the domain, 1 at its end. */
  at: number;
  label: string;
}

/** The axis: the widened domain, its ticks, and a position function. */
export interface TimelineAxis {
  domain: [number, number];
  ticks: TimelineTick[];
  /** Where a day sits, from 0 (start of the domain) to 1 (its end), clamped. */
  at: (day: number) => number;
}

const quarter = utcMonth.every(3)!;
const day_date = (day: number) => new Date(day * DAY_MS);
const date_day = (date: Date) => Math.round(date.getTime() / DAY_MS);

/**
 * The axis of a timeline whose rows span `domain` (days since 1970-01-01, end exclusive): widened
 * to whole quarters, with a tick at each quarter, or at each year (every second or fifth year for
 * long roadmaps) when quarters would be more than `maxTicks`.
 * @example timeline_axis([20635, 20819], 'en').ticks.map((t) => t.label) // ['Q3 2026', 'Q4 2026']
 */
export function timeline_axis(domain: [number, number], locale: Locale, maxTicks = 8): TimelineAxis {
  const [lo, hi] = domain;
  let interval: TimeInterval = quarter;
  let label = (d: Date) => format_period(`${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`, { locale });
  const quarters = Math.ceil((hi - lo) / 91);
  if (quarters > maxTicks) {
    const years = Math.ceil((hi - lo) / 365);
    // 1, 2, 5, 10, 20, 50… years: a mistyped year (2206) still gives a readable axis.
    let step = 1;
    for (let k = 0; Math.ceil(years / step) > maxTicks; k++) step = [1, 2, 5][(k + 1) % 3]! * 10 ** Math.floor((k + 1) / 3);
    interval = step === 1 ? utcYear : utcYear.every(step)!;
    label = (d: Date) => format_period(String(d.getUTCFullYear()), { locale });
  }
  const start = date_day(interval.floor(day_date(lo)));
  // The end is exclusive: a roadmap that ends on 31 December ends at the tick of 1 January.
  const end = Math.max(date_day(interval.ceil(day_date(hi))), start + 1);
  const at = (day: number) => Math.min(1, Math.max(0, (day - start) / (end - start)));
  // No tick at the end: its label would stand outside the axis, whose line closes it anyway.
  const ticks = interval.range(day_date(start), day_date(end)).map((d) => {
    const day = date_day(d);
    return { day, at: at(day), label: label(d) };
  });
  return { domain: [start, end], ticks, at };
}

/**
 * A roadmap time (a period label or an ISO date) in words of the locale; as typed when it cannot
 * be read, so a person sees their own text rather than nothing.
 * @example when_label('2026-Q3', 'en') // 'Q3 2026'
 */
export function when_label(value: string, locale: Locale): string {
  const when = when_parse(value);
  if (!when) return value.trim();
  return when.kind === 'date' ? format_date(value.trim(), { locale }) : format_period(value.trim(), { locale });
}
