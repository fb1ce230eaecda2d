import type { ChatEntry } from './chatStore';
import { countUnread, type Side } from './messageList';

/** What we have read: the later of our local mark and what the server recorded for us. */
export function readMark(entry: ChatEntry, side: Side): number {
  // A moderator keeps no receipts on the server: only the local mark counts.
  if (side === 'moderator') return entry.readUpTo;
  return Math.max(entry.readUpTo, entry.conversation.receipts[side].read);
}

export function unreadIn(entry: ChatEntry, side: Side): number {
  return countUnread(entry.messages, side, readMark(entry, side));
}

export function totalUnread(entries: readonly ChatEntry[], side: Side): number {
  return entries.reduce((sum, entry) => sum + unreadIn(entry, side), 0);
}
