import { useSyncExternalStore } from 'react';

/**
 * An optional, quiet two-note chime for new flags. Off until the moderator turns it on:
 * browsers only allow sound after a gesture, and the switch itself is that gesture.
 */
const PREFERENCE_KEY = 'alongside.flagSound';
let context: AudioContext | null = null;
const listeners = new Set<() => void>();

function readPreference(): boolean {
  try {
    return localStorage.getItem(PREFERENCE_KEY) === 'on';
  } catch {
    return false;
  }
}

let enabled = readPreference();

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Call from a click or change handler: that is when the browser lets audio start. */
export function setSoundEnabled(on: boolean): void {
  enabled = on;
  try {
    localStorage.setItem(PREFERENCE_KEY, on ? 'on' : 'off');
  } catch {
    /* the choice then lasts for this visit only */
  }
  if (on) void audio()?.resume();
  for (const listener of [...listeners]) listener();
}

export function useSoundEnabled(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => enabled,
  );
}

// A remembered "on" needs a gesture on this page before audio may start.
if (typeof window !== 'undefined' && enabled) {
  window.addEventListener('pointerdown', () => void audio()?.resume(), { once: true });
}

export function playChime(): void {
  if (!enabled) return;
  const ctx = audio();
  if (!ctx || ctx.state !== 'running') return;
  const start = ctx.currentTime;
  for (const [i, frequency] of [660, 880].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    const at = start + i * 0.18;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.08, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.4);
  }
}
