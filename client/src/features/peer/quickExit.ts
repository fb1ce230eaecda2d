import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { setExiting } from './peerStore';

/** A neutral, everyday page: someone glancing at the screen sees the weather. */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';
const DOUBLE_PRESS_MS = 1_000;

/**
 * Blank the page first (synchronously, so nothing lingers while the next page loads),
 * then replace this history entry so "Back" does not return here.
 */
export function quickExit(): void {
  flushSync(() => {
    setExiting();
  });
  document.title = '';
  location.replace(QUICK_EXIT_URL);
}

/** Escape pressed twice in quick succession leaves too. */
export function useQuickExitKey(): void {
  useEffect(() => {
    let lastEscape = 0;
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      const now = e.timeStamp;
      if (lastEscape > 0 && now - lastEscape < DOUBLE_PRESS_MS) quickExit();
      else lastEscape = now;
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
