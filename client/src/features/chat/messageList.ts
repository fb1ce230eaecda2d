import type { Message, ParticipantRole, Receipts } from '@alongside/shared';
import type { RequestErrorCode } from '../../lib/requestError';

/**
 * A message as the client holds it: confirmed ones carry the server's seq; our own
 * unconfirmed ones wait in the list as pending (or failed) under their clientId.
 */
export type ChatMessage =
  | (Message & { state: 'confirmed' })
  | {
      state: 'pending' | 'failed';
      conversationId: string;
      seq: null;
      clientId: string;
      from: ParticipantRole;
      authorName: string;
      body: string;
      sentAt: number;
      errorCode?: RequestErrorCode;
    };

/** Who is looking at a chat. A moderator who joined reads and writes but keeps no receipts. */
export type Side = 'peer' | 'supporter' | 'moderator';
export type DeliveryState = 'pending' | 'failed' | 'sent' | 'delivered' | 'read';

/**
 * Folds server messages into the list: deduped by seq (a resync or a resend may bring the
 * same message twice), ordered by seq, and any pending copy with the same clientId dropped.
 * Pending messages stay after the confirmed ones, in the order they were written.
 */
export function mergeMessages(
  current: readonly ChatMessage[],
  incoming: readonly Message[],
): ChatMessage[] {
  if (incoming.length === 0) return current as ChatMessage[];
  const bySeq = new Map<number, ChatMessage>();
  const pending: ChatMessage[] = [];
  for (const m of current) {
    if (m.seq === null) pending.push(m);
    else bySeq.set(m.seq, m);
  }
  const arrivedClientIds = new Set<string>();
  for (const m of incoming) {
    if (!bySeq.has(m.seq)) bySeq.set(m.seq, { ...m, state: 'confirmed' });
    arrivedClientIds.add(m.clientId);
  }
  const confirmed = [...bySeq.values()].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return [...confirmed, ...pending.filter((m) => !arrivedClientIds.has(m.clientId))];
}

/** The highest seq we hold: what to ask history for after a reconnect. */
export function lastSeqSeen(messages: readonly ChatMessage[]): number {
  let max = 0;
  for (const m of messages) if (m.seq !== null && m.seq > max) max = m.seq;
  return max;
}

/** The highest seq written by the other side: what our delivered/read receipts point at. */
export function lastSeqFrom(
  messages: readonly ChatMessage[],
  from: ParticipantRole | 'other',
  ownSide: Side,
): number {
  let max = 0;
  for (const m of messages) {
    if (m.seq === null) continue;
    const matches = from === 'other' ? m.from !== ownSide : m.from === from;
    if (matches && m.seq > max) max = m.seq;
  }
  return max;
}

/** Unread: messages from anyone but us with a seq beyond what we have read. */
export function countUnread(
  messages: readonly ChatMessage[],
  ownSide: Side,
  readUpTo: number,
): number {
  let count = 0;
  for (const m of messages)
    if (m.seq !== null && m.from !== ownSide && m.seq > readUpTo) count += 1;
  return count;
}

/** The participant whose receipts say how far our messages got; a moderator has none. */
function receiptHolder(side: Side): 'peer' | 'supporter' | null {
  switch (side) {
    case 'peer':
      return 'supporter';
    case 'supporter':
      return 'peer';
    case 'moderator':
      return null;
  }
}

/** How far one of our own messages has got, from the other side's receipts. */
export function deliveryState(
  message: ChatMessage,
  ownSide: Side,
  receipts: Receipts,
): DeliveryState {
  if (message.state !== 'confirmed') return message.state;
  const holder = receiptHolder(ownSide);
  if (!holder) return 'sent';
  const theirs = receipts[holder];
  if (theirs.read >= message.seq) return 'read';
  if (theirs.delivered >= message.seq) return 'delivered';
  return 'sent';
}
