import type { CrisisResources, FlagLevel, QueueEntryView, QueueStatus } from '@alongside/shared';
import { createStore } from '../../lib/store';

export interface PeerState {
  /** The peer has read the short consent note in this visit (or is already mid-chat). */
  consented: boolean;
  /** The first session:resume has answered (or we stopped waiting for it). */
  ready: boolean;
  queue: { entry: QueueEntryView | null; status: QueueStatus } | null;
  /** A first message written while waiting; it becomes the chat's draft when someone joins. */
  waitingDraft: string;
  /** Ended chats the peer has moved on from. */
  dismissed: string[];
  /** The peer is typing their first message right now (focus is in the waiting draft). */
  draftFocused: boolean;
  /** Quick exit in progress: render nothing. */
  exiting: boolean;
  /** Crisis resources the server asked us to show now (after a high or imminent risk). */
  crisis: { resources: CrisisResources; level: FlagLevel } | null;
  /** The peer opened "Need urgent help?". */
  helpOpen: boolean;
  /** A screen the peer chose over the one their situation decides (their data). */
  screen: 'main' | 'data';
  /** Everything was just erased: say so on the fresh start screen. */
  erased: boolean;
}

const initial: PeerState = {
  consented: false,
  ready: false,
  queue: null,
  waitingDraft: '',
  draftFocused: false,
  dismissed: [],
  exiting: false,
  crisis: null,
  helpOpen: false,
  screen: 'main',
  erased: false,
};
export const peerStore = createStore<PeerState>(initial);

export function resetPeer(): void {
  peerStore.set(initial);
}

export function setPeerQueue(queue: PeerState['queue']): void {
  peerStore.set((s) => ({ ...s, queue }));
}

export function setQueueStatus(status: QueueStatus): void {
  peerStore.set((s) => ({ ...s, queue: { entry: s.queue?.entry ?? null, status } }));
}

export function markPeerReady(): void {
  peerStore.set((s) => (s.ready ? s : { ...s, ready: true }));
}

export function setConsented(): void {
  peerStore.set((s) => ({ ...s, consented: true }));
}

export function withdrawConsentOnScreen(): void {
  peerStore.set((s) => ({ ...s, consented: false }));
}

export function setWaitingDraft(waitingDraft: string): void {
  peerStore.set((s) => ({ ...s, waitingDraft }));
}

export function setDraftFocused(draftFocused: boolean): void {
  peerStore.set((s) => (s.draftFocused === draftFocused ? s : { ...s, draftFocused }));
}

export function dismissEnded(conversationId: string): void {
  peerStore.set((s) => ({ ...s, dismissed: [...s.dismissed, conversationId] }));
}

export function setExiting(): void {
  peerStore.set((s) => ({ ...s, exiting: true }));
}

export function showCrisis(crisis: PeerState['crisis']): void {
  peerStore.set((s) => ({ ...s, crisis }));
}

export function setHelpOpen(helpOpen: boolean): void {
  peerStore.set((s) => (s.helpOpen === helpOpen ? s : { ...s, helpOpen }));
}

export function showScreen(screen: PeerState['screen']): void {
  peerStore.set((s) => (s.screen === screen ? s : { ...s, screen }));
}

export function markErased(): void {
  peerStore.set((s) => ({ ...s, erased: true }));
}
