import type { SupporterFlag } from '@alongside/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { addSupporterFlag, resetSupporterFlags, supporterFlagsStore } from './supporterFlagsStore';

function flag(id: string, level: SupporterFlag['level'], createdAt: number): SupporterFlag {
  return {
    id,
    conversationId: 'c1',
    level,
    categories: ['suicide'],
    reasons: [],
    messageSeq: null,
    status: 'open',
    createdAt,
  };
}

describe("a supporter's flags on one chat", () => {
  beforeEach(resetSupporterFlags);

  it('keeps the most severe on top, and folds the earlier cards when a new one arrives', () => {
    addSupporterFlag(flag('concern', 'concern', 1));
    addSupporterFlag(flag('imminent', 'imminent', 2));
    const { byChat, folded } = supporterFlagsStore.get();
    expect(byChat['c1']?.map((f) => f.id)).toEqual(['imminent', 'concern']);
    expect(folded).toEqual(['concern']);
  });

  it('does not list the same flag twice when it is pushed again', () => {
    addSupporterFlag(flag('a', 'high', 1));
    addSupporterFlag(flag('a', 'high', 1));
    expect(supporterFlagsStore.get().byChat['c1']).toHaveLength(1);
    expect(supporterFlagsStore.get().folded).toEqual([]);
  });
});
