import type { QueueEntry } from './types.js';

/** Fair order: the highest priority (risk) first, then whoever has waited longest. */
export function compareQueueEntries(a: QueueEntry, b: QueueEntry): number {
  // Code-unit order, as Redis sorts equal scores: both stores agree on ties.
  return (
    b.priority - a.priority || a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The entry a supporter should take next: fair order, except that among entries of equal
 * priority whose peers asked for shared experience, one matching the supporter's experience
 * goes first. A match never jumps a higher-priority (riskier) peer.
 */
export function pickNextEntry(ordered: QueueEntry[], experience: string[]): QueueEntry | undefined {
  const first = ordered[0];
  if (!first || experience.length === 0) return first;
  const samePriority = ordered.filter((e) => e.priority === first.priority);
  const matched = samePriority.find(
    (e) => e.wantsSharedExperience && e.topics.some((t) => experience.includes(t)),
  );
  return matched ?? first;
}

export function emptyReceipts() {
  return { peer: { delivered: 0, read: 0 }, supporter: { delivered: 0, read: 0 } };
}
