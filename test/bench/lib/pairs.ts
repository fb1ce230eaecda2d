import type { ServerEventName, ServerPayload } from '@alongside/shared';
import { connect, request, type BenchSocket } from './clients.js';
import type { Deployment } from './deployment.js';
import { giveConsent, peerSessions, supporterSessions } from './people.js';
import { mapLimit } from './stats.js';

/** One open chat: a peer and a supporter, each on their own socket (and maybe their own node). */
export interface Pair {
  conversationId: string;
  peer: BenchSocket;
  supporter: BenchSocket;
}

/**
 * Opens `count` chats through the real flow: the supporter goes on shift (capacity 1), the peer
 * joins the queue, the supporter accepts that entry, and the peer's conversation:opened arrives.
 * Peers connect to the first node and supporters to the last, so with two nodes every chat
 * crosses between them. Batches keep the queue short while pairs are made.
 */
export async function openPairs(d: Deployment, count: number, batch = 50): Promise<Pair[]> {
  const peerNode = d.nodes[0];
  const supporterNode = d.nodes[d.nodes.length - 1];
  if (!peerNode || !supporterNode) throw new Error('no nodes');
  const supporters = await supporterSessions(d.moderator, supporterNode.url, count);
  const peers = await peerSessions(peerNode.url, count);
  const pairs: Pair[] = [];
  for (let first = 0; first < count; first += batch) {
    const indexes = Array.from({ length: Math.min(batch, count - first) }, (_x, k) => first + k);
    pairs.push(
      ...(await mapLimit(indexes, batch, async (i) => {
        const [supporter, peer] = await Promise.all([
          connect(supporterNode.url, (supporters[i] as { token: string }).token),
          connect(peerNode.url, (peers[i] as { token: string }).token),
        ]);
        await request(supporter, 'shift:start', { capacity: 1 });
        await giveConsent(peer);
        const { entry } = await request(peer, 'queue:join', { pseudonym: `Peer ${i}` });
        const opened = nextPush(peer, 'conversation:opened');
        const { conversation } = await request(supporter, 'queue:accept', { entryId: entry.id });
        const seen = await opened;
        if (seen.conversation.id !== conversation.id)
          throw new Error('peer was opened into another chat');
        return { conversationId: conversation.id, peer, supporter };
      })),
    );
  }
  return pairs;
}

/** The next push of `event` on `socket`, or a rejection after `timeoutMs`. */
export function nextPush<E extends ServerEventName>(
  socket: BenchSocket,
  event: E,
  timeoutMs = 15_000,
): Promise<ServerPayload<E>> {
  const loose = socket as unknown as {
    once(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
  };
  return new Promise((resolve, reject) => {
    const listener = (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload as ServerPayload<E>);
    };
    const timer = setTimeout(() => {
      loose.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    loose.once(event, listener);
  });
}
