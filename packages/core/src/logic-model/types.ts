/**
 * The data of a logic model (theory of change): ordered columns (stages), boxes in them, links
 * between boxes, who is responsible for each box, the assumptions and external factors the model
 * rests on, and the target population. Columns come from data, so both the service-level stages
 * (target population → inputs → outputs → outcomes) and the social-procurement stages (principle
 * → planning actions → … → super-goals) fit, as does any other ordered set.
 */
import type { Indicator, LocalizedText } from '../schema/types.js';

/**
 * Who is responsible for what a box describes: the operator, the ministry, both, or an adjacent
 * service (e.g. a community clinic after a detox stay). Never shown by colour alone.
 */
export type BoxResponsibility = 'operator' | 'ministry' | 'shared' | 'adjacent';

/** One stage of the model, in reading order (the first column sits at the inline start). */
export interface LogicModelColumn {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

/** One box: an input, an activity, an output, an outcome, a planning action… */
export interface LogicModelBox {
  id: string;
  /** The id of its column. */
  column: string;
  label: LocalizedText;
  description?: LocalizedText;
  responsibility?: BoxResponsibility;
  /** Ids of indicators (in `LogicModel.indicators`) that measure this box. */
  indicatorIds?: string[];
  /** A key outcome: kept by the "key outcomes only" tender view. */
  key?: boolean;
}

/** A link from a box to a box it leads to. Links may skip columns; many to many is fine. */
export interface LogicModelLink {
  from: string;
  to: string;
  label?: LocalizedText;
}

/** The population a service is for, and what characterises it. */
export interface TargetPopulation {
  description: LocalizedText;
  characteristics?: LocalizedText[];
}

/** A whole logic model. */
export interface LogicModel {
  id: string;
  title: LocalizedText;
  /** A version label (e.g. a date or "tender 2026"), shown when two versions are compared. */
  version?: string;
  columns: LogicModelColumn[];
  boxes: LogicModelBox[];
  links: LogicModelLink[];
  assumptions?: LocalizedText[];
  externalFactors?: LocalizedText[];
  targetPopulation?: TargetPopulation;
  /** Indicators that boxes refer to by id. */
  indicators?: Indicator[];
}
