import type { Rule } from '../rule.js';
import { abuseRules } from './abuse.js';
import { harmToOthersRules } from './harmToOthers.js';
import { hopelessnessRules } from './hopelessness.js';
import { medicalRules } from './medical.js';
import { planRules } from './plan.js';
import { selfHarmRules } from './selfHarm.js';
import { suicideRules } from './suicide.js';

/** Every rule, in evaluation order (the order only affects the order of reasons). */
export const allRules: readonly Rule[] = [
  ...planRules,
  ...medicalRules,
  ...suicideRules,
  ...hopelessnessRules,
  ...selfHarmRules,
  ...harmToOthersRules,
  ...abuseRules,
];

export interface CompiledRule {
  readonly rule: Rule;
  /** The rule's hints as one regular expression (null: always run the rule). */
  readonly hint: RegExp | null;
}

export interface RuleFamily {
  /** Matches when any rule of the family could match; skips the whole family otherwise. */
  readonly gate: RegExp | null;
  readonly rules: readonly CompiledRule[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (stems: readonly string[]): RegExp =>
  new RegExp([...new Set(stems)].map(escape).join('|'));

function family(rules: readonly Rule[]): RuleFamily {
  const compiled = rules.map((rule) => ({ rule, hint: rule.hint ? anyOf(rule.hint) : null }));
  const ungated = rules.some((r) => !r.hint);
  return { gate: ungated ? null : anyOf(rules.flatMap((r) => r.hint ?? [])), rules: compiled };
}

/** Rules grouped by family, each with a gate, for fast evaluation. */
export const ruleFamilies: readonly RuleFamily[] = [
  family(planRules),
  family(medicalRules),
  family(suicideRules),
  family(hopelessnessRules),
  family(selfHarmRules),
  family(harmToOthersRules),
  family(abuseRules),
];

/**
 * Every rule's hints, trimmed, as one expression: when none of them appears anywhere in the
 * normalised message, no family's gate can open on any clause (clauses are substrings of the
 * message, and masking only replaces text with " ~ "), so the message needs no further work.
 * Trimming the padding spaces only makes it match more. Null if some rule has no hints.
 */
export const anyHint: RegExp | null = ruleFamilies.every((f) => f.gate !== null)
  ? anyOf(allRules.flatMap((r) => r.hint ?? []).map((h) => h.trim()))
  : null;
