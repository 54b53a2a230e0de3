import type { FunnelPosition, MessageKey, Translate } from '@rechesh/core';

/* The FunnelPlot's strings live in the comparison catalog of @rechesh/core ('funnel.*' keys, in
 * he, ar and en), so a portal can reword them with `messages` like any other string. This reads
 * them back into the shape the component uses; templates keep their {placeholders} for `fill`. */

export type Cmp = 'better' | 'worse' | 'higher' | 'lower' | 'similar' | 'not-comparable';
export type Pos = Exclude<FunnelPosition, 'not-compared'>;

export interface FunnelStrings {
  roledescription: string;
  instructions: string;
  summaryCompared: string;
  summaryWithin: string;
  summaryAbove: string;
  summaryBelow: string;
  summaryPhi: string;
  summaryPhiNone: string;
  summaryNoPhi: string;
  summarySuppressed: string;
  summaryNew: string;
  summaryNone: string;
  summaryCaution: string;
  cmp: Record<Cmp, string>;
  pos: Record<Pos, string>;
  point: string;
  tooFew: string;
  newOperator: string;
  l95: string;
  l998: string;
  within: string;
  above: string;
  below: string;
  caption: string;
  colOperator: string;
  colN: string;
  colValue: string;
  colPosition: string;
  axisN: string;
  newList: string;
  selected: string;
}

const CMP: readonly Cmp[] = ['better', 'worse', 'higher', 'lower', 'similar', 'not-comparable'];
const POS: readonly Pos[] = ['above-99.8', 'above-95', 'within', 'below-95', 'below-99.8'];
const FLAT = [
  'roledescription', 'instructions', 'summaryCompared', 'summaryWithin', 'summaryAbove', 'summaryBelow',
  'summaryPhi', 'summaryPhiNone', 'summaryNoPhi', 'summarySuppressed', 'summaryNew', 'summaryNone',
  'summaryCaution', 'point', 'tooFew', 'newOperator', 'l95', 'l998', 'within', 'above', 'below', 'caption',
  'colOperator', 'colN', 'colValue', 'colPosition', 'axisN', 'newList', 'selected',
] as const;

/** The FunnelPlot's strings for the active locale and overrides. */
export function funnelStrings_of(t: Translate): FunnelStrings {
  const get = (k: string) => t(`funnel.${k}` as MessageKey);
  const out = Object.fromEntries(FLAT.map((k) => [k, get(k)])) as Omit<FunnelStrings, 'cmp' | 'pos'>;
  return {
    ...out,
    cmp: Object.fromEntries(CMP.map((k) => [k, get(`cmp.${k}`)])) as Record<Cmp, string>,
    pos: Object.fromEntries(POS.map((k) => [k, get(`pos.${k}`)])) as Record<Pos, string>,
  };
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : whole));
}
