import type { FlagView, SupporterFlag } from '@alongside/shared';
import type { FlagRecord } from '../store/types.js';

const severity = { concern: 1, high: 2, imminent: 3 } as const;

/** Most severe first, then oldest first: what needs a human soonest is on top. */
export function compareFlags(a: FlagRecord, b: FlagRecord): number {
  return severity[b.level] - severity[a.level] || a.createdAt - b.createdAt;
}

export function levelRank(level: FlagRecord['level']): number {
  return severity[level];
}

/** Notes are included only for a moderator who has opened the conversation. */
export function toFlagView(
  flag: FlagRecord,
  opts: { supporterName: string | null; withNotes: boolean },
): FlagView {
  return {
    id: flag.id,
    conversationId: flag.conversationId,
    queueEntryId: flag.queueEntryId,
    source: flag.source,
    level: flag.level,
    categories: flag.categories,
    rules: [...new Set(flag.reasons.map((r) => r.rule))],
    status: flag.status,
    createdAt: flag.createdAt,
    acknowledgedAt: flag.acknowledgedAt,
    acknowledgedBy: flag.acknowledgedBy,
    resolvedAt: flag.resolvedAt,
    outcome: flag.outcome as FlagView['outcome'],
    supporterName: opts.supporterName,
    notes: opts.withNotes
      ? flag.notes.map(({ authorName, body, at }) => ({ authorName, body, at }))
      : [],
    waiting: flag.conversationId === null,
  };
}

export function toSupporterFlag(flag: FlagRecord, messageSeq: number | null): SupporterFlag | null {
  if (!flag.conversationId) return null;
  return {
    id: flag.id,
    conversationId: flag.conversationId,
    level: flag.level,
    categories: flag.categories,
    reasons: flag.reasons,
    messageSeq,
    status: flag.status,
    createdAt: flag.createdAt,
  };
}
