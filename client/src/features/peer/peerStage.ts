import type { ChatState } from '../chat/chatStore';
import type { PeerState } from './peerStore';

export type PeerStage =
  | { name: 'loading' }
  | { name: 'consent' }
  | { name: 'details' }
  | { name: 'waiting' }
  | { name: 'chat'; conversationId: string }
  | { name: 'ended'; conversationId: string };

/**
 * Which screen a peer sees follows from the data, not from navigation: an open chat wins,
 * then a queue place, then a just-ended chat; so a reload or reconnect lands in the right place.
 */
export function peerStage(peer: PeerState, chats: ChatState): PeerStage {
  const newestFirst = [...chats.order].reverse();
  const active = newestFirst.find((id) => chats.chats[id]?.conversation.status === 'active');
  if (active) return { name: 'chat', conversationId: active };
  if (peer.queue) return { name: 'waiting' };
  const ended = newestFirst.find(
    (id) => chats.chats[id]?.conversation.status === 'ended' && !peer.dismissed.includes(id),
  );
  if (ended) return { name: 'ended', conversationId: ended };
  if (!peer.ready) return { name: 'loading' };
  if (!peer.consented) return { name: 'consent' };
  return { name: 'details' };
}
