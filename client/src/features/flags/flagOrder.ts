import type { FlagView } from '@alongside/shared';
import { compareLevels } from '../safety/levels';

/** Most severe first, then oldest first: what needs a human soonest is on top. */
export function sortFlags(flags: readonly FlagView[]): FlagView[] {
  return [...flags].sort((a, b) => compareLevels(b.level, a.level) || a.createdAt - b.createdAt);
}

/**
 * A pushed view carries notes only when the server knows we may see them (after we opened
 * the chat or wrote one); an update without notes must not wipe the ones we already show.
 */
export function mergeFlag(existing: FlagView | undefined, incoming: FlagView): FlagView {
  if (!existing || incoming.notes.length > 0 || existing.notes.length === 0) return incoming;
  return { ...incoming, notes: existing.notes };
}
