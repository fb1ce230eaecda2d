import { onServerEvent } from '../../lib/socket';
import { getChat, setDraft, upsertConversation } from '../chat/chatStore';
import { sessionStore } from '../session/sessionStore';
import { rememberResources } from '../resources/resourcesStore';
import {
  peerStore,
  setPeerQueue,
  setQueueStatus,
  setWaitingDraft,
  showCrisis,
  showScreen,
} from './peerStore';

/** What the peer wrote while waiting becomes the draft of the chat, ready to send. */
export function adoptWaitingDraft(conversationId: string): void {
  const draft = peerStore.get().waitingDraft;
  if (!draft || getChat(conversationId)?.draft) return;
  setDraft(conversationId, draft);
  setWaitingDraft('');
}

export function subscribePeerEvents(): () => void {
  const offs = [
    onServerEvent('queue:status', (status) => {
      setQueueStatus(status);
    }),
    onServerEvent('conversation:opened', ({ conversation }) => {
      if (sessionStore.get().kind !== 'peer') return;
      upsertConversation(conversation);
      setPeerQueue(null);
      adoptWaitingDraft(conversation.id);
      // Someone is here to talk: whatever else was on screen gives way to the chat.
      showScreen('main');
    }),
    onServerEvent('safety:resources', ({ resources, level }) => {
      rememberResources(resources);
      showCrisis({ resources, level });
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
