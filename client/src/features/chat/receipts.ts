import { request } from '../../lib/socket';
import { chatStore, getChat, markReadLocally, setReceipts } from './chatStore';
import { lastSeqFrom } from './messageList';

const inFlight = new Set<string>();
const again = new Map<string, boolean>();

/**
 * Tells the other side how far we have received (and, when the chat is in view, read).
 * One receipt per chat is in flight at a time; anything newer is sent right after it.
 */
export function acknowledge(conversationId: string, read: boolean): void {
  const side = chatStore.get().side;
  const entry = getChat(conversationId);
  if (!side || !entry) return;
  const upTo = lastSeqFrom(entry.messages, 'other', side);
  if (upTo === 0) return;
  if (read) markReadLocally(conversationId, upTo);
  // Receipts belong to the two participants; a moderator who joined only keeps a local mark.
  if (side === 'moderator') return;
  const mine = entry.conversation.receipts[side];
  const needDelivered = upTo > mine.delivered;
  const needRead = read && upTo > mine.read;
  if (!needDelivered && !needRead) return;
  if (inFlight.has(conversationId)) {
    again.set(conversationId, (again.get(conversationId) ?? false) || read);
    return;
  }
  inFlight.add(conversationId);
  request('conversation:receipt', {
    conversationId,
    delivered: upTo,
    ...(needRead ? { read: upTo } : {}),
  })
    .then(({ receipts }) => {
      setReceipts(conversationId, receipts);
    })
    .catch(() => {
      // Not worth an error on screen: the next message or the next reconnect sends it again.
    })
    .finally(() => {
      inFlight.delete(conversationId);
      const pendingRead = again.get(conversationId);
      again.delete(conversationId);
      if (pendingRead !== undefined) acknowledge(conversationId, pendingRead);
    });
}
