import type { FlagView, Message } from '@alongside/shared';
import { createStore } from '../../lib/store';
import { mergeFlag } from './flagOrder';

/** What an audited open returned: the transcript and the words that raised the flag. */
export interface OpenedFlag {
  reasons: { rule: string; match: string }[];
  peerPseudonym: string | null;
  messages: Message[];
  openedAt: number;
}

export interface FlagsState {
  /** Unresolved flags by id (the server's list, kept live by flag:alert and flag:updated). */
  flags: Record<string, FlagView>;
  loaded: boolean;
  opened: Record<string, OpenedFlag>;
  /** The newest alert still waiting for someone, for the assertive announcement. */
  latestAlert: { flagId: string; text: string } | null;
  /** Alerts already announced on this page, so a reconnect does not repeat them. */
  announced: string[];
}

const initial: FlagsState = {
  flags: {},
  loaded: false,
  opened: {},
  latestAlert: null,
  announced: [],
};
export const flagsStore = createStore<FlagsState>(initial);

export function resetFlags(): void {
  flagsStore.set(initial);
}

/** The full list after a (re)connect: anything not in it was resolved meanwhile. */
export function setFlags(list: readonly FlagView[]): void {
  flagsStore.set((s) => {
    const flags: Record<string, FlagView> = {};
    for (const flag of list) flags[flag.id] = mergeFlag(s.flags[flag.id], flag);
    return { ...s, flags, loaded: true };
  });
}

/** A resolved flag leaves the open list; its transcript goes from this screen with it. */
export function upsertFlag(flag: FlagView): void {
  flagsStore.set((s) => {
    // Once someone has acknowledged it, the alert has done its job.
    const latestAlert =
      flag.status !== 'open' && s.latestAlert?.flagId === flag.id ? null : s.latestAlert;
    if (flag.status === 'resolved') {
      const { [flag.id]: _flag, ...flags } = s.flags;
      const { [flag.id]: _opened, ...opened } = s.opened;
      return { ...s, flags, opened, latestAlert };
    }
    return {
      ...s,
      flags: { ...s.flags, [flag.id]: mergeFlag(s.flags[flag.id], flag) },
      latestAlert,
    };
  });
}

/** True the first time this page hears of an alert for the flag. */
export function markAnnounced(flagId: string): boolean {
  if (flagsStore.get().announced.includes(flagId)) return false;
  flagsStore.set((s) => ({ ...s, announced: [...s.announced, flagId] }));
  return true;
}

export function setLatestAlert(latestAlert: FlagsState['latestAlert']): void {
  flagsStore.set((s) => ({ ...s, latestAlert }));
}

export function setOpened(flagId: string, opened: OpenedFlag): void {
  flagsStore.set((s) => ({ ...s, opened: { ...s.opened, [flagId]: opened } }));
}

export function closeOpened(flagId: string): void {
  flagsStore.set((s) => {
    if (!s.opened[flagId]) return s;
    const { [flagId]: _gone, ...opened } = s.opened;
    return { ...s, opened };
  });
}
