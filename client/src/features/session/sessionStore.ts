import type { Identity } from '@alongside/shared';
import { createStore } from '../../lib/store';

export type SessionKind = 'peer' | 'staff';
export type SignedOutReason = 'revoked' | 'disabled' | 'signed_out' | 'expired';

export interface SessionState {
  kind: SessionKind | null;
  /** signed-out: staff must sign in; active: a token is in use (the socket may still be connecting). */
  phase: 'signed-out' | 'active';
  identity: Identity | null;
  /** Why a staff member is looking at the sign-in form again, if it was not their choice. */
  signedOutReason: SignedOutReason | null;
  /** Creating a peer session failed (e.g. the server is unreachable). */
  failed: boolean;
}

const initial: SessionState = {
  kind: null,
  phase: 'signed-out',
  identity: null,
  signedOutReason: null,
  failed: false,
};
export const sessionStore = createStore<SessionState>(initial);

export function setSession(update: Partial<SessionState>): void {
  sessionStore.set((s) => ({ ...s, ...update }));
}

export function resetSession(kind: SessionKind | null): void {
  sessionStore.set({ ...initial, kind });
}
