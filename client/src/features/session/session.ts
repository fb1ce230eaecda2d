import type { Identity } from '@alongside/shared';
import { api } from '../../lib/api';
import { connect, disconnect } from '../../lib/socket';
import { peerToken, staffToken } from '../../lib/tokenStorage';
import { resetChats } from '../chat/chatStore';
import { resetFlags } from '../flags/flagsStore';
import { forgetAllJoined } from '../flags/joinedChats';
import { markErased, markPeerReady, resetPeer } from '../peer/peerStore';
import { resetQueue } from '../queue/queueStore';
import { resetSupporterFlags } from '../safety/supporterFlagsStore';
import { resetShift } from '../shift/shiftStore';
import {
  resetSession,
  sessionStore,
  setSession,
  type SessionKind,
  type SignedOutReason,
} from './sessionStore';

/** How long a returning peer's first screen waits for the server before showing the start. */
const PEER_READY_FALLBACK_MS = 3_000;
/** A fresh peer identity that is refused again and again means something else is wrong. */
const MAX_PEER_RECOVERIES = 3;

let peerRecoveries = 0;

function resetAll(kind: SessionKind): void {
  resetSession(kind);
  resetChats(kind === 'peer' ? 'peer' : null);
  resetPeer();
  resetQueue();
  resetShift();
  resetFlags();
  resetSupporterFlags();
}

/* ---------- peers: anonymous, token kept by the browser ---------- */

function connectPeer(token: string): void {
  setSession({ phase: 'active', failed: false });
  connect(token, {
    onUnauthenticated: () => {
      void recoverPeer();
    },
  });
}

/** The stored token expired or was revoked: continue with a fresh anonymous identity. */
async function recoverPeer(): Promise<void> {
  peerToken.set(null);
  peerRecoveries += 1;
  if (peerRecoveries > MAX_PEER_RECOVERIES) {
    setSession({ failed: true, phase: 'signed-out' });
    markPeerReady();
    return;
  }
  try {
    const { token } = await api.peerSession(null);
    peerToken.set(token);
    connectPeer(token);
  } catch {
    setSession({ failed: true, phase: 'signed-out' });
  }
  markPeerReady();
}

/** Peer screen opened: a returning peer reconnects at once to find their queue place or chat. */
export function openPeerSession(): void {
  resetAll('peer');
  const token = peerToken.get();
  if (!token) {
    markPeerReady();
    return;
  }
  connectPeer(token);
  setTimeout(markPeerReady, PEER_READY_FALLBACK_MS);
}

/** After consent: make sure an anonymous identity exists (a stored one is reused if valid). */
export async function ensurePeerSession(): Promise<void> {
  if (sessionStore.get().phase === 'active') return;
  const { token } = await api.peerSession(peerToken.get());
  peerToken.set(token);
  connectPeer(token);
}

/** After erasure the identity is gone on the server, so this browser forgets it too. */
export function forgetPeer(): void {
  peerToken.set(null);
  disconnect();
  resetAll('peer');
  markPeerReady();
  markErased();
}

/* ---------- staff: accounts, token kept for this tab only ---------- */

function connectStaff(token: string): void {
  setSession({ phase: 'active', signedOutReason: null });
  connect(token, {
    onUnauthenticated: () => {
      endStaffSession('expired');
    },
  });
}

export function openStaffSession(): void {
  resetAll('staff');
  const token = staffToken.get();
  if (token) connectStaff(token);
}

export function endStaffSession(reason: SignedOutReason | null): void {
  staffToken.set(null);
  forgetAllJoined();
  disconnect();
  resetAll('staff');
  setSession({ signedOutReason: reason });
}

export async function signIn(username: string, password: string): Promise<Identity> {
  const { token, identity } = await api.login(username, password);
  staffToken.set(token);
  setSession({ identity });
  connectStaff(token);
  return identity;
}

/** Registration stores the session; the role's screen connects when it opens. */
export async function registerFromInvite(
  input: Parameters<typeof api.register>[0],
): Promise<Identity> {
  const { token, identity } = await api.register(input);
  staffToken.set(token);
  return identity;
}

export async function signOut(): Promise<void> {
  const token = staffToken.get();
  endStaffSession(null);
  if (token) await api.logout(token).catch(() => undefined);
}

export function handleRevoked(reason: SignedOutReason): void {
  if (sessionStore.get().kind === 'peer') void recoverPeer();
  else endStaffSession(reason);
}

/** The role's screen closed (route change): drop the connection. */
export function closeSession(): void {
  disconnect();
}
