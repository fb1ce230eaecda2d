import type { FlagView } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import { mergeFlag, sortFlags } from './flagOrder';

function flag(id: string, level: FlagView['level'], createdAt: number): FlagView {
  return {
    id,
    conversationId: 'c1',
    queueEntryId: null,
    source: 'detector',
    level,
    categories: ['suicide'],
    rules: [],
    status: 'open',
    createdAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    outcome: null,
    supporterName: 'Sam',
    notes: [],
    waiting: false,
  };
}

describe('open flags order', () => {
  it('puts imminent before high before concern, and older before newer', () => {
    const sorted = sortFlags([
      flag('concern-old', 'concern', 1),
      flag('high-new', 'high', 30),
      flag('imminent', 'imminent', 50),
      flag('high-old', 'high', 10),
    ]);
    expect(sorted.map((f) => f.id)).toEqual(['imminent', 'high-old', 'high-new', 'concern-old']);
  });
});

describe('merging a pushed flag', () => {
  it('keeps the notes we already show when the update carries none', () => {
    const note = { authorName: 'Morgan', body: 'Called back', at: 5 };
    const shown = { ...flag('f', 'high', 1), notes: [note] };
    const update = { ...flag('f', 'high', 1), status: 'acknowledged' as const };
    expect(mergeFlag(shown, update)).toMatchObject({ status: 'acknowledged', notes: [note] });
  });
});
