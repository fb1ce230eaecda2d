import type { FlagLevel } from '@alongside/shared';

const rank: Readonly<Record<FlagLevel, number>> = { concern: 1, high: 2, imminent: 3 };

/** Positive when `a` is more severe than `b` (usable with sort). */
export function compareLevels(a: FlagLevel, b: FlagLevel): number {
  return rank[a] - rank[b];
}

export const flagLevels: readonly FlagLevel[] = ['imminent', 'high', 'concern'];
