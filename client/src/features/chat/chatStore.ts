import type { Conversation, Message, ParticipantRole, Receipts } from '@alongside/shared';
import type { RequestErrorCode } from '../../lib/requestError';
import { createStore } from '../../lib/store';
import { mergeMessages, type ChatMessage, type Side } from './messageList';

export interface ChatEntry {
  conversation: Conversation;
  messages: ChatMessage[];
  /** Who else is typing right now, if anyone (never what they type). */
  typingFrom: ParticipantRole | null;
  /** The moderator who joined, when we heard it happen (the conversation only says that one did). */
  moderatorName: string | null;
  /** Our own read mark, moved locally at once so unread counts do not wait for the ack. */
  readUpTo: number;
  draft: string;
  /** Someone seemed to share contact details; show the gentle stay-on-platform reminder. */
  contactReminder: boolean;
}

export interface ChatState {
  side: Side | null;
  chats: Record<string, ChatEntry>;
  /** Conversation ids in the order they opened (tab order). */
  order: string[];
}

export const chatStore = createStore<ChatState>({ side: null, chats: {}, order: [] });

export function resetChats(side: Side | null): void {
  chatStore.set({ side, chats: {}, order: [] });
}

function updateChat(conversationId: string, update: (entry: ChatEntry) => ChatEntry): void {
  chatStore.set((state) => {
    const entry = state.chats[conversationId];
    if (!entry) return state;
    const next = update(entry);
    return next === entry ? state : { ...state, chats: { ...state.chats, [conversationId]: next } };
  });
}

/** Receipts only move forward; an older snapshot (from a slow ack) must not move them back. */
function newerReceipts(a: Receipts, b: Receipts): Receipts {
  return {
    peer: {
      delivered: Math.max(a.peer.delivered, b.peer.delivered),
      read: Math.max(a.peer.read, b.peer.read),
    },
    supporter: {
      delivered: Math.max(a.supporter.delivered, b.supporter.delivered),
      read: Math.max(a.supporter.read, b.supporter.read),
    },
  };
}

export function upsertConversation(conversation: Conversation): void {
  chatStore.set((state) => {
    const existing = state.chats[conversation.id];
    const entry: ChatEntry = existing
      ? {
          ...existing,
          conversation: {
            ...conversation,
            receipts: newerReceipts(existing.conversation.receipts, conversation.receipts),
          },
          typingFrom: conversation.status === 'ended' ? null : existing.typingFrom,
        }
      : {
          conversation,
          messages: [],
          typingFrom: null,
          moderatorName: null,
          readUpTo: 0,
          draft: '',
          contactReminder: false,
        };
    return {
      ...state,
      chats: { ...state.chats, [conversation.id]: entry },
      order: existing ? state.order : [...state.order, conversation.id],
    };
  });
}

export function addMessages(conversationId: string, messages: Message[]): void {
  updateChat(conversationId, (entry) => {
    const merged = mergeMessages(entry.messages, messages);
    return merged === entry.messages ? entry : { ...entry, messages: merged };
  });
}

export function addPending(message: ChatMessage): void {
  updateChat(message.conversationId, (entry) => ({
    ...entry,
    messages: [...entry.messages, message],
  }));
}

export function setPendingState(
  conversationId: string,
  clientId: string,
  state: 'pending' | 'failed',
  errorCode?: RequestErrorCode,
): void {
  updateChat(conversationId, (entry) => ({
    ...entry,
    messages: entry.messages.map((m) =>
      m.seq === null && m.clientId === clientId
        ? { ...m, state, ...(errorCode ? { errorCode } : {}) }
        : m,
    ),
  }));
}

export function discardPending(conversationId: string, clientId: string): void {
  updateChat(conversationId, (entry) => ({
    ...entry,
    messages: entry.messages.filter((m) => !(m.seq === null && m.clientId === clientId)),
  }));
}

export function setReceipts(conversationId: string, receipts: Receipts): void {
  updateChat(conversationId, (entry) => ({
    ...entry,
    conversation: {
      ...entry.conversation,
      receipts: newerReceipts(entry.conversation.receipts, receipts),
    },
  }));
}

export function setTyping(conversationId: string, typingFrom: ParticipantRole | null): void {
  updateChat(conversationId, (entry) =>
    entry.typingFrom === typingFrom ? entry : { ...entry, typingFrom },
  );
}

export function setContactReminder(conversationId: string, shown: boolean): void {
  updateChat(conversationId, (entry) =>
    entry.contactReminder === shown ? entry : { ...entry, contactReminder: shown },
  );
}

export function markModeratorJoined(conversationId: string, name: string): void {
  updateChat(conversationId, (entry) => ({
    ...entry,
    moderatorName: name || entry.moderatorName,
    conversation: { ...entry.conversation, moderatorJoined: true },
  }));
}

export function markReadLocally(conversationId: string, seq: number): void {
  updateChat(conversationId, (entry) =>
    seq <= entry.readUpTo ? entry : { ...entry, readUpTo: seq },
  );
}

export function setDraft(conversationId: string, draft: string): void {
  updateChat(conversationId, (entry) => (entry.draft === draft ? entry : { ...entry, draft }));
}

/** A supporter closes the tab of an ended chat. */
export function removeChat(conversationId: string): void {
  chatStore.set((state) => {
    if (!state.chats[conversationId]) return state;
    const { [conversationId]: _removed, ...chats } = state.chats;
    return { ...state, chats, order: state.order.filter((id) => id !== conversationId) };
  });
}

export function getChat(conversationId: string): ChatEntry | undefined {
  return chatStore.get().chats[conversationId];
}
