import { createStore } from '../../lib/store';

/** Which supporter chat tab is on screen. */
export const tabsStore = createStore<{ activeId: string | null }>({ activeId: null });

export function selectTab(activeId: string | null): void {
  tabsStore.set((s) => (s.activeId === activeId ? s : { activeId }));
}
