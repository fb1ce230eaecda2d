import { createStore, useStore } from '../lib/store';

/**
 * One assertive live region per staff screen, for things that happen out of sight (a flag on
 * a chat in another tab). The text is replaced, not appended, so each message is read once.
 */
const announcerStore = createStore<{ text: string; n: number }>({ text: '', n: 0 });

export function announce(text: string): void {
  announcerStore.set((s) => ({ text, n: s.n + 1 }));
}

export function Announcer() {
  const { text, n } = useStore(announcerStore, (s) => s);
  return (
    <div className="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">
      {/* The key re-creates the text node, so the same sentence twice is read twice. */}
      <span key={n}>{text}</span>
    </div>
  );
}
