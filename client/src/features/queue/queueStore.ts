import type { QueueEntryView } from '@alongside/shared';
import { createStore } from '../../lib/store';

/** The live queue as staff see it, in the server's fair order. */
export interface QueueState {
  entries: QueueEntryView[];
  loaded: boolean;
}

export const queueStore = createStore<QueueState>({ entries: [], loaded: false });

export function setQueueEntries(entries: QueueEntryView[]): void {
  queueStore.set({ entries, loaded: true });
}

export function resetQueue(): void {
  queueStore.set({ entries: [], loaded: false });
}
