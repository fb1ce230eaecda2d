import type { SupporterFlag } from '@alongside/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addSupporterFlag,
  resetSupporterFlags,
  supporterFlagsStore,
  updateSupporterFlagStatus,
} from './supporterFlagsStore';

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

  it("takes a moderator's new status onto the card, keeping which message raised it", () => {
    addSupporterFlag({ ...flag('a', 'high', 1), messageSeq: 4 });
    expect(updateSupporterFlagStatus({ ...flag('a', 'high', 1), status: 'acknowledged' })).toBe(
      true,
    );
    expect(supporterFlagsStore.get().byChat['c1']?.[0]).toMatchObject({
      status: 'acknowledged',
      messageSeq: 4,
    });
    // The same status again is no news, so nothing is announced twice.
    expect(updateSupporterFlagStatus({ ...flag('a', 'high', 1), status: 'acknowledged' })).toBe(
      false,
    );
  });

  it('does not bring back the card of a chat the supporter has closed', () => {
    expect(updateSupporterFlagStatus({ ...flag('gone', 'high', 1), status: 'resolved' })).toBe(
      false,
    );
    expect(supporterFlagsStore.get().byChat).toEqual({});
  });
});
