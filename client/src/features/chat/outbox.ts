import type { Conversation } from '@alongside/shared';
import { newClientId } from '../../lib/ids';
import { isConnected, request } from '../../lib/socket';
import { isTransient, toRequestError } from '../../lib/requestError';
import { sessionStore } from '../session/sessionStore';
import { addMessages, addPending, chatStore, getChat, setPendingState } from './chatStore';
import type { Side } from './messageList';

const RETRY_DELAYS_MS = [1_000, 3_000, 8_000];
const sending = new Set<string>();

/**
 * Sends one message, retrying with the SAME clientId after a timeout so the server can
 * dedupe; a message that still fails stays on screen as failed, never silently lost.
 */
async function deliver(conversationId: string, clientId: string, body: string): Promise<void> {
  if (sending.has(clientId)) return;
  sending.add(clientId);
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const { message } = await request('conversation:send', { conversationId, clientId, body });
        addMessages(conversationId, [message]);
        return;
      } catch (err) {
        const error = toRequestError(err);
        // Offline: keep it pending; the resync after reconnect sends it again.
        if (error.code === 'offline') return;
        const delay = RETRY_DELAYS_MS[attempt];
        if (!isTransient(error.code) || delay === undefined) {
          setPendingState(conversationId, clientId, 'failed', error.code);
          return;
        }
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(delay, error.retryAfterMs ?? 0)),
        );
        if (!isConnected()) return;
      }
    }
  } finally {
    sending.delete(clientId);
  }
}

function authorName(side: Side, conversation: Conversation): string {
  switch (side) {
    case 'peer':
      return conversation.peerPseudonym;
    case 'supporter':
      return conversation.supporterName;
    case 'moderator':
      return sessionStore.get().identity?.displayName ?? '';
  }
}

export function sendMessage(conversationId: string, body: string): void {
  const side = chatStore.get().side;
  const entry = getChat(conversationId);
  if (!side || !entry) return;
  const clientId = newClientId();
  addPending({
    state: 'pending',
    conversationId,
    seq: null,
    clientId,
    from: side,
    authorName: authorName(side, entry.conversation),
    body,
    sentAt: Date.now(),
  });
  void deliver(conversationId, clientId, body);
}

/** The person asked to try a failed message again. */
export function retryMessage(conversationId: string, clientId: string): void {
  const message = getChat(conversationId)?.messages.find(
    (m) => m.seq === null && m.clientId === clientId,
  );
  if (!message) return;
  setPendingState(conversationId, clientId, 'pending');
  void deliver(conversationId, clientId, message.body);
}

/** After a reconnect: everything still pending goes again, in the order it was written. */
export async function flushPending(): Promise<void> {
  for (const entry of Object.values(chatStore.get().chats)) {
    if (entry.conversation.status !== 'active') continue;
    for (const m of entry.messages) {
      if (m.state === 'pending') await deliver(m.conversationId, m.clientId, m.body);
    }
  }
}
