import type { FlagLevel, SupporterFlag } from '@alongside/shared';
import { createStore, useStore } from '../../lib/store';
import { compareLevels } from './levels';

/** Flags on the supporter's own chats, as pushed by the server (flag:raised), per chat. */
export interface SupporterFlagsState {
  byChat: Record<string, SupporterFlag[]>;
  /** Protocol cards the supporter folded away with "Got it". */
  folded: string[];
}

const initial: SupporterFlagsState = { byChat: {}, folded: [] };
export const supporterFlagsStore = createStore<SupporterFlagsState>(initial);

export function resetSupporterFlags(): void {
  supporterFlagsStore.set(initial);
}

/**
 * Most severe first, then newest: the card on top is the one that matters now. Earlier
 * cards on the same chat fold to one line, so the new one is not buried.
 */
export function addSupporterFlag(flag: SupporterFlag): void {
  supporterFlagsStore.set((s) => {
    const others = (s.byChat[flag.conversationId] ?? []).filter((f) => f.id !== flag.id);
    const list = [...others, flag].sort(
      (a, b) => compareLevels(b.level, a.level) || b.createdAt - a.createdAt,
    );
    const folded = [...new Set([...s.folded, ...others.map((f) => f.id)])];
    return { byChat: { ...s.byChat, [flag.conversationId]: list }, folded };
  });
}

/**
 * A moderator acted on a flag: the card on screen takes the new status and keeps the rest
 * (the server no longer knows which message raised it). Returns whether the status changed,
 * so only a real change is announced. A flag with no card here (its chat was closed) stays gone.
 */
export function updateSupporterFlagStatus(flag: SupporterFlag): boolean {
  const current = supporterFlagsStore
    .get()
    .byChat[flag.conversationId]?.find((f) => f.id === flag.id);
  if (!current || current.status === flag.status) return false;
  supporterFlagsStore.set((s) => {
    const list = (s.byChat[flag.conversationId] ?? []).map((f) =>
      f.id === flag.id ? { ...f, status: flag.status } : f,
    );
    return { ...s, byChat: { ...s.byChat, [flag.conversationId]: list } };
  });
  return true;
}

export function setFolded(flagId: string, folded: boolean): void {
  supporterFlagsStore.set((s) => ({
    ...s,
    folded: folded ? [...s.folded, flagId] : s.folded.filter((id) => id !== flagId),
  }));
}

export function forgetChatFlags(conversationId: string): void {
  supporterFlagsStore.set((s) => {
    if (!s.byChat[conversationId]) return s;
    const { [conversationId]: _gone, ...byChat } = s.byChat;
    return { ...s, byChat };
  });
}

const none: readonly SupporterFlag[] = [];

export function useChatFlags(conversationId: string): readonly SupporterFlag[] {
  return useStore(supporterFlagsStore, (s) => s.byChat[conversationId] ?? none);
}

/** The highest level flagged on a chat, for the marker on its tab. */
export function useChatFlagLevel(conversationId: string): FlagLevel | null {
  return useStore(supporterFlagsStore, (s) => s.byChat[conversationId]?.[0]?.level ?? null);
}
