/** Risk levels, lowest first. The order is meaningful: see {@link compareRiskLevel}. */
export const riskLevels = ['none', 'concern', 'high', 'imminent'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const riskCategories = [
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
] as const;
export type RiskCategory = (typeof riskCategories)[number];

/** Why the detector said what it said: the rule id and the (normalised) text it matched. */
export interface RiskReason {
  rule: string;
  match: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  /** Categories of every signal above `none`, in {@link riskCategories} order. */
  categories: RiskCategory[];
  /** Contributing rules, then any context that changed a level (past tense, escalation…). */
  reasons: RiskReason[];
}

const levelRank: Readonly<Record<RiskLevel, number>> = {
  none: 0,
  concern: 1,
  high: 2,
  imminent: 3,
};

/** Negative when `a` is lower than `b`, zero when equal, positive when higher (usable with sort). */
export function compareRiskLevel(a: RiskLevel, b: RiskLevel): number {
  return levelRank[a] - levelRank[b];
}

export function maxRiskLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank[a] >= levelRank[b] ? a : b;
}

export function minRiskLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank[a] <= levelRank[b] ? a : b;
}

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (riskLevels as readonly string[]).includes(value);
}

export function isRiskCategory(value: unknown): value is RiskCategory {
  return typeof value === 'string' && (riskCategories as readonly string[]).includes(value);
}
