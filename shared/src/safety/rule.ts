import type { RiskCategory, RiskLevel } from './types.js';

/**
 * One detection rule. `re` runs against a normalised clause. When it has a named group `core`,
 * the context checks (negation, subject, wish/intent tails) read the text before the core, so a
 * rule can include its own frame ("i … self harm") and still be negated ("i haven't self harmed").
 */
export interface Rule {
  readonly id: string;
  readonly level: RiskLevel;
  readonly categories: readonly RiskCategory[];
  readonly re: RegExp;
  /**
   * Who the clause is about. 'self' (default) and 'third' are fixed by the words themselves
   * ("myself", "herself"). The 'resolve' kinds look at the nearest subject before the match,
   * defaulting to the writer; "you" (a supporter's question) and generic "people" drop the match;
   * 'resolve-self' keeps only the writer and 'resolve-third' only someone else.
   */
  readonly subject?: 'self' | 'third' | 'resolve' | 'resolve-self' | 'resolve-third';
  /** Categories when the subject is someone else (e.g. a friend's overdose is medical only). */
  readonly thirdCategories?: readonly RiskCategory[];
  /** Negation before the core drops the match (default true). */
  readonly negatable?: boolean;
  /** Level in the distant past or after recovery ("used to", "clean for a year"); default concern. */
  readonly pastLevel?: RiskLevel;
  /** Level when the clause says it happened recently ("last night", "again"). */
  readonly recentLevel?: RiskLevel;
  /** Level when the message laughs ("lol", "😂"); default unchanged. */
  readonly jokeLevel?: RiskLevel;
  /** An act ("took all my pills"): after a wish or thought verb it is only thinking (high). */
  readonly act?: boolean;
  /** An intention: a "now" marker in the clause (and no wish verb) makes it imminent. */
  readonly now?: boolean;
  /** Accident words in the clause ("chopping", "fell") drop it. */
  readonly accident?: boolean;
  /** Fiction/news context drops it even about the writer (default: only about someone else). */
  readonly media?: boolean;
  /** Must also match somewhere in the whole normalised message. */
  readonly requires?: RegExp;
  /** A plan, means or farewell signal: escalates other signals of these categories to imminent. */
  readonly plan?: readonly RiskCategory[];
  /**
   * Literal stems, one of which every match must contain, tested against the clause padded with
   * a space at each end (so " hit" is a word start): a cheap check that skips the full regular
   * expression for the (vast majority of) clauses that cannot match.
   */
  readonly hint?: readonly string[];
  /** Named tags used by message-level combinations (see detectRisk.ts). */
  readonly tags?: readonly string[];
}

/** Compile a rule pattern (global, for matchAll; no 'i' flag: text is already lowercase). */
export const re = (source: string): RegExp => new RegExp(source, 'g');

/** Hint stems written compactly: `stems('kill|murder', ' hit|beat')` → ['kill', 'murder', ' hit', 'beat']. */
export const stems = (...parts: string[]): string[] => parts.join('|').split('|');
