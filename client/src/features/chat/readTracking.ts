import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from '../../lib/store';
import { chatStore } from './chatStore';
import { lastSeqFrom } from './messageList';
import { acknowledge } from './receipts';

function subscribeVisibility(listener: () => void): () => void {
  document.addEventListener('visibilitychange', listener);
  return () => {
    document.removeEventListener('visibilitychange', listener);
  };
}

export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribeVisibility, () => document.visibilityState === 'visible');
}

/**
 * A message counts as read only when its chat is on screen and the page is visible —
 * "read" must mean a person could have seen it.
 */
export function useReadTracking(conversationId: string, inView: boolean): void {
  const pageVisible = usePageVisible();
  const lastFromOther = useStore(chatStore, (s) => {
    const entry = s.chats[conversationId];
    return entry && s.side ? lastSeqFrom(entry.messages, 'other', s.side) : 0;
  });
  useEffect(() => {
    if (inView && pageVisible && lastFromOther > 0) acknowledge(conversationId, true);
  }, [conversationId, inView, pageVisible, lastFromOther]);
}
