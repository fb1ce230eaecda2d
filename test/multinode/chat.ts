import type { Message } from '@alongside/shared';
import type { TestClient } from '../helpers/clients.js';
import { sleep } from '../helpers/clients.js';

/** Resolves once the client's socket is connected (at once if it is). */
export function connected(client: TestClient, timeoutMs = 10_000): Promise<void> {
  if (client.socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not reconnect')), timeoutMs);
    client.socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves at the socket's next fresh connection (after a drop). */
export function reconnection(client: TestClient, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('socket did not drop and reconnect')),
      timeoutMs,
    );
    client.socket.once('disconnect', () => {
      client.socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}

/**
 * What a real client does with a message: send, and on a timeout or a brief outage send again
 * with the same clientId until the server acknowledges it.
 */
export async function sendUntilStored(
  client: TestClient,
  conversationId: string,
  clientId: string,
  body: string,
): Promise<{ message: Message; attempts: number; duplicate: boolean }> {
  for (let attempt = 1; attempt <= 40; attempt++) {
    await connected(client);
    const reply = await client
      .send('conversation:send', { conversationId, clientId, body }, 1000)
      .catch(() => null);
    if (reply?.ok) return { message: reply.message, attempts: attempt, duplicate: reply.duplicate };
    if (reply && reply.error.code !== 'unavailable') {
      throw new Error(`send failed: ${reply.error.code} ${reply.error.message}`);
    }
    await sleep(100);
  }
  throw new Error(`message ${clientId} was never stored`);
}

/** The whole transcript, page by page, as a client resyncs after a reconnect. */
export async function fullHistory(client: TestClient, conversationId: string): Promise<Message[]> {
  const messages: Message[] = [];
  for (;;) {
    const afterSeq = messages.at(-1)?.seq ?? 0;
    const page = await client.ok('conversation:history', { conversationId, afterSeq, limit: 200 });
    messages.push(...page.messages);
    if (!page.hasMore) return messages;
  }
}

/** Pushed messages received so far, in arrival order. */
export function pushedMessages(client: TestClient, conversationId: string): Message[] {
  const pushes = (client.received.get('conversation:message') ?? []) as { message: Message }[];
  return pushes.map((p) => p.message).filter((m) => m.conversationId === conversationId);
}

/**
 * A client's screen: pushes as they came, then filled in from a history resync. Throws if the
 * same seq ever arrived with different content; returns the messages in seq order.
 */
export function mergeBySeq(pushed: Message[], history: Message[]): Message[] {
  const bySeq = new Map<number, Message>();
  for (const message of [...pushed, ...history]) {
    const seen = bySeq.get(message.seq);
    if (seen && (seen.clientId !== message.clientId || seen.body !== message.body)) {
      throw new Error(`seq ${message.seq} arrived with different content`);
    }
    bySeq.set(message.seq, message);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
