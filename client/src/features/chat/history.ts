import { LIMITS } from '@alongside/shared';
import { request } from '../../lib/socket';
import { addMessages, getChat, upsertConversation } from './chatStore';
import { lastSeqSeen } from './messageList';

const inFlight = new Map<string, Promise<void>>();

/**
 * Fetches everything after the last seq we hold, page by page. Called after every
 * (re)connect and whenever a message arrives for a chat we do not know yet.
 */
export function syncConversation(conversationId: string): Promise<void> {
  const running = inFlight.get(conversationId);
  if (running) return running;
  const run = (async () => {
    for (;;) {
      const afterSeq = lastSeqSeen(getChat(conversationId)?.messages ?? []);
      const page = await request('conversation:history', {
        conversationId,
        afterSeq,
        limit: LIMITS.historyPage,
      });
      upsertConversation(page.conversation);
      addMessages(conversationId, page.messages);
      if (!page.hasMore || page.messages.length === 0) return;
    }
  })().finally(() => {
    inFlight.delete(conversationId);
  });
  inFlight.set(conversationId, run);
  return run;
}
