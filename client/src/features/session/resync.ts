import { CONSENT_VERSION, type SessionState } from '@alongside/shared';
import { isConnected, request } from '../../lib/socket';
import { toRequestError } from '../../lib/requestError';
import { chatStore, removeChat, upsertConversation } from '../chat/chatStore';
import { syncConversation } from '../chat/history';
import { flushPending } from '../chat/outbox';
import { setFlags } from '../flags/flagsStore';
import { forgetJoined, joinedChatIds } from '../flags/joinedChats';
import { acknowledge } from '../chat/receipts';
import { adoptWaitingDraft } from '../peer/peerEvents';
import { markPeerReady, setConsented, setPeerQueue } from '../peer/peerStore';
import { setQueueEntries } from '../queue/queueStore';
import { setShift } from '../shift/shiftStore';
import { setSession } from './sessionStore';

const RETRY_MS = 2_000;
let running: Promise<void> | null = null;
let rerun = false;

function applyRole(state: SessionState): void {
  switch (state.identity.role) {
    case 'peer':
      setPeerQueue(state.queue);
      // Consent given before (this version), or someone already queued or chatting, who
      // agreed when they joined: no need to ask again.
      if (state.consentVersion === CONSENT_VERSION || state.queue || state.conversations.length > 0)
        setConsented();
      markPeerReady();
      return;
    case 'supporter':
      chatStore.set((s) => (s.side === 'supporter' ? s : { ...s, side: 'supporter' }));
      setShift(state.shift);
      return;
    case 'moderator':
      chatStore.set((s) => (s.side === 'moderator' ? s : { ...s, side: 'moderator' }));
      return;
  }
}

/**
 * Fetches what a chat missed. A chat that is gone (erased) or no longer ours (handed over)
 * leaves this screen instead of failing the whole resync again and again.
 */
async function syncOrDrop(conversationId: string): Promise<boolean> {
  try {
    await syncConversation(conversationId);
    return true;
  } catch (err) {
    const { code } = toRequestError(err);
    if (code !== 'not_found' && code !== 'forbidden') throw err;
    removeChat(conversationId);
    return false;
  }
}

/** Moderators: the open flags, and the chats they joined (which session:resume does not list). */
function resyncModerator(): Promise<unknown> {
  return Promise.all([
    request('flag:list', {}).then(({ flags }) => {
      setFlags(flags);
    }),
    ...joinedChatIds()
      .filter((id) => !chatStore.get().chats[id])
      .map((id) =>
        syncOrDrop(id).then((kept) => {
          if (!kept) forgetJoined(id);
        }),
      ),
  ]);
}

/**
 * Rebuilds the view after every (re)connect: who we are, queue place, shift, open chats;
 * then fetches what each chat missed by sequence number and resends unconfirmed messages.
 */
async function resyncOnce(): Promise<void> {
  const state = await request('session:resume', {});
  setSession({ identity: state.identity });
  applyRole(state);
  const open = new Set(state.conversations.map((c) => c.id));
  for (const conversation of state.conversations) upsertConversation(conversation);
  // A chat we showed as open but the server no longer lists ended while we were away.
  const endedMeanwhile = Object.values(chatStore.get().chats)
    .filter((e) => e.conversation.status === 'active' && !open.has(e.conversation.id))
    .map((e) => e.conversation.id);
  const ids = [...open, ...endedMeanwhile];
  const staff = state.identity.role !== 'peer';
  await Promise.all([
    ...ids.map((id) => syncOrDrop(id)),
    staff
      ? request('queue:list', {}).then(({ entries }) => {
          setQueueEntries(entries);
        })
      : Promise.resolve(),
    state.identity.role === 'moderator' ? resyncModerator() : Promise.resolve(),
  ]);
  if (state.identity.role === 'peer') for (const id of open) adoptWaitingDraft(id);
  for (const id of open) acknowledge(id, false);
  await flushPending();
}

export function resync(): void {
  if (running) {
    rerun = true;
    return;
  }
  running = resyncOnce()
    .catch(() => {
      // A timeout or a brief outage: try again while still connected.
      setTimeout(() => {
        if (isConnected()) resync();
      }, RETRY_MS);
    })
    .finally(() => {
      running = null;
      if (rerun) {
        rerun = false;
        resync();
      }
    });
}
