import { useEffect } from 'react';
import { navigate } from '../lib/hashRoute';
import { useStore } from '../lib/store';
import { closeSession, openStaffSession } from '../features/session/session';
import { sessionStore, type SessionState } from '../features/session/sessionStore';

/**
 * Opens the staff session for this screen and sends someone who signed in with the other
 * role to their own screen.
 */
export function useStaffSession(expected: 'supporter' | 'moderator'): SessionState {
  const session = useStore(sessionStore, (s) => s);
  useEffect(() => {
    openStaffSession();
    return closeSession;
  }, []);
  const role = session.identity?.role;
  useEffect(() => {
    if (role === 'supporter' || role === 'moderator') {
      if (role !== expected) navigate({ name: role }, { replace: true });
    }
  }, [role, expected]);
  return session;
}
