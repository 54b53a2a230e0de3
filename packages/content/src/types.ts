/**
 * The shapes of the content. Every text is a `ContentText`: Hebrew and English are required by the
 * type, Arabic is optional and left out where we could not write it well, so the UI falls back
 * visibly (`text_resolve` reports `fallback: true`) and `content_untranslated('ar')` lists it.
 */
import type { Locale } from '@rechesh/core';

/**
 * A text of the content. Assignable to `LocalizedText` from @rechesh/core.
 * @example { he: 'מקבלי השירות במרכז', en: 'Service recipients at the centre', ar: 'متلقّو الخدمة في المركز' }
 */
export interface ContentText {
  readonly he: string;
  readonly en: string;
  readonly ar?: string;
}

/** Which source document a fact comes from (see the seeds README): 001 the M&E report, 002 the logic model, 003 the toolkit, 004 public participation. */
export type ContentSource = '001' | '002' | '003' | '004';

/** The ids of the six principles of optimal social procurement, in the documents' order. */
export type PrincipleId =
  | 'recipients-at-centre'
  | 'results-oriented-management'
  | 'economic-planning-and-competition'
  | 'operator-as-partner'
  | 'innovation-and-flexibility'
  | 'knowledge-development-and-retention';

/** A statement with a stable id: a super-goal or a super-outcome. */
export interface ContentStatement {
  readonly id: string;
  readonly text: ContentText;
}

/** One of the six principles, with what it aims at (super-goal) and how it gets there (super-outcomes). */
export interface Principle {
  readonly id: PrincipleId;
  /** 1 to 6, the documents' order. */
  readonly number: number;
  readonly name: ContentText;
  /** The principle's definition. Only 003's board for results-oriented management gives one. */
  readonly definition?: ContentText;
  /** The principle's effect on the quality and efficiency of the service. */
  readonly superGoal: ContentStatement;
  /** The contract is managed in the light of the principle: what holds when it does. */
  readonly superOutcomes: readonly ContentStatement[];
}

/** The stages of the procurement process that the tools menu and the full logic model use. */
export type ProcurementStage = 'planning' | 'tender' | 'management';

/** What kind of item of the toolkit a tool is. */
export type ToolKind = 'practical-tool' | 'site' | 'guide' | 'material' | 'action';

/** An item of the tools menu. */
export interface Tool {
  readonly id: string;
  readonly kind: ToolKind;
  readonly name: ContentText;
  readonly description: ContentText;
  /** The principles it serves; empty when it serves the whole process. */
  readonly principles: readonly PrincipleId[];
  /** The stages of the procurement process it serves; empty when it serves them all. */
  readonly stages: readonly ProcurementStage[];
  readonly sources: readonly ContentSource[];
}

/** A term of the definitions glossary. */
export interface GlossaryTerm {
  readonly id: string;
  readonly term: ContentText;
  readonly definition: ContentText;
  /** Ids of related terms in the glossary. */
  readonly related?: readonly string[];
  readonly sources: readonly ContentSource[];
}

/** A path in the content that lacks a translation, and the locale it lacks. */
export interface UntranslatedText {
  /** Where the text is, e.g. `principles[recipients-at-centre].definition`. */
  readonly path: string;
  readonly locale: Locale;
}
