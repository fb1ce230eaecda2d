import type { FlagLevel, SupporterFlag } from '@alongside/shared';

export type RiskCategory = SupporterFlag['categories'][number];

/** One line of the protocol card; each has a sentence under protocol.step.<name>. */
export type LevelStep =
  | 'stay'
  | 'askSafeNow'
  | 'moderatorAlerted'
  | 'emergency'
  | 'slowDown'
  | 'askDirectly'
  | 'resourcesShown'
  | 'checkIn'
  | 'moderatorCanSee'
  | 'raiseIfGrows';

export type ProtocolStep =
  { kind: 'level'; step: LevelStep } | { kind: 'category'; category: RiskCategory };

const levelSteps: Readonly<Record<FlagLevel, readonly LevelStep[]>> = {
  imminent: ['stay', 'askSafeNow', 'moderatorAlerted', 'emergency'],
  high: ['slowDown', 'askDirectly', 'moderatorAlerted', 'resourcesShown'],
  concern: ['checkIn', 'moderatorCanSee', 'raiseIfGrows'],
};

/** At high and imminent levels the "ask directly" step already covers suicide. */
function categoryAdds(category: RiskCategory, level: FlagLevel): boolean {
  return category !== 'suicide' || level === 'concern';
}

// A card someone can take in at a glance, mid-conversation: never a wall of text.
const MAX_CATEGORY_STEPS = 2;

/**
 * What to do now, for one flag: a few steps for its level, then at most two lines that
 * only a particular category needs (e.g. medical care after an overdose).
 */
export function protocolSteps(
  level: FlagLevel,
  categories: readonly RiskCategory[],
): ProtocolStep[] {
  const forLevel = levelSteps[level].map((step): ProtocolStep => ({ kind: 'level', step }));
  const forCategories = [...new Set(categories)]
    .filter((category) => categoryAdds(category, level))
    .slice(0, MAX_CATEGORY_STEPS)
    .map((category): ProtocolStep => ({ kind: 'category', category }));
  return [...forLevel, ...forCategories];
}
