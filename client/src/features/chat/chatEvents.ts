import { onServerEvent } from '../../lib/socket';
import {
  addMessages,
  chatStore,
  getChat,
  markModeratorJoined,
  removeChat,
  setContactReminder,
  setTyping,
  setReceipts,
  upsertConversation,
} from './chatStore';
import { forgetChatFlags } from '../safety/supporterFlagsStore';
import { syncConversation } from './history';
import { acknowledge } from './receipts';

// Typing hints can be lost (a dropped connection); clear them if nothing follows.
const TYPING_STALE_MS = 8_000;
const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();

function clearTypingTimer(conversationId: string): void {
  const timer = typingTimers.get(conversationId);
  if (timer) clearTimeout(timer);
  typingTimers.delete(conversationId);
}

/** Wires the conversation pushes into the chat store. Returns the unsubscribe. */
export function subscribeChatEvents(): () => void {
  const offs = [
    onServerEvent('conversation:opened', ({ conversation }) => {
      upsertConversation(conversation);
      // Messages may have been written before we heard of the chat.
      syncConversation(conversation.id).catch(() => undefined);
    }),
    onServerEvent('conversation:message', ({ message }) => {
      if (!getChat(message.conversationId)) {
        syncConversation(message.conversationId).catch(() => undefined);
        return;
      }
      addMessages(message.conversationId, [message]);
      if (message.from !== chatStore.get().side) {
        if (getChat(message.conversationId)?.typingFrom === message.from) {
          clearTypingTimer(message.conversationId);
          setTyping(message.conversationId, null);
        }
        acknowledge(message.conversationId, false);
      }
    }),
    onServerEvent('conversation:receipts', ({ conversationId, receipts }) => {
      setReceipts(conversationId, receipts);
    }),
    onServerEvent('conversation:typing', ({ conversationId, from, typing }) => {
      const current = getChat(conversationId)?.typingFrom ?? null;
      // A "stopped" from someone else must not hide the person who is still typing.
      if (!typing && current !== from) return;
      clearTypingTimer(conversationId);
      setTyping(conversationId, typing ? from : null);
      if (typing) {
        typingTimers.set(
          conversationId,
          setTimeout(() => {
            setTyping(conversationId, null);
          }, TYPING_STALE_MS),
        );
      }
    }),
    onServerEvent('conversation:contact-reminder', ({ conversationId }) => {
      setContactReminder(conversationId, true);
    }),
    onServerEvent('conversation:participant', ({ conversationId, name }) => {
      markModeratorJoined(conversationId, name);
    }),
    onServerEvent('conversation:erased', ({ conversationId }) => {
      // The peer erased their data: the transcript must go from this screen too.
      clearTypingTimer(conversationId);
      removeChat(conversationId);
      forgetChatFlags(conversationId);
    }),
    onServerEvent('conversation:ended', ({ conversation }) => {
      clearTypingTimer(conversation.id);
      upsertConversation(conversation);
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
