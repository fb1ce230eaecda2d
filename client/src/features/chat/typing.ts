import { useCallback, useEffect, useRef } from 'react';
import { request } from '../../lib/socket';

const REPEAT_MS = 3_000;
const IDLE_MS = 4_000;

/**
 * "I am typing" signals, throttled: at most one start per few seconds and a stop after a
 * pause. Only a boolean travels — the draft itself never leaves the device until sent.
 */
export function useTypingSignal(conversationId: string | null): {
  onDraftChange: () => void;
  stop: () => void;
} {
  const lastStart = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typing = useRef(false);

  const signal = useCallback(
    (value: boolean) => {
      if (!conversationId) return;
      request('conversation:typing', { conversationId, typing: value }).catch(() => {
        // A lost typing hint does no harm; the other side clears it after a while anyway.
      });
    },
    [conversationId],
  );

  const stop = useCallback(() => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = null;
    if (typing.current) signal(false);
    typing.current = false;
    lastStart.current = 0;
  }, [signal]);

  const onDraftChange = useCallback(() => {
    const now = Date.now();
    if (now - lastStart.current > REPEAT_MS) {
      lastStart.current = now;
      typing.current = true;
      signal(true);
    }
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stop, IDLE_MS);
  }, [signal, stop]);

  useEffect(() => stop, [stop]);
  return { onDraftChange, stop };
}
