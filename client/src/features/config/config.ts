import { useEffect } from 'react';
import { api, type PublicConfig } from '../../lib/api';
import { createStore, useStore } from '../../lib/store';

interface ConfigState {
  config: PublicConfig | null;
  failed: boolean;
}

const configStore = createStore<ConfigState>({ config: null, failed: false });
let loading: Promise<void> | null = null;

function load(): Promise<void> {
  loading ??= api
    .config()
    .then((config) => {
      configStore.set({ config, failed: false });
    })
    .catch(() => {
      configStore.set({ config: null, failed: true });
      // Let a later screen try again.
      loading = null;
    });
  return loading;
}

/** The server's public configuration (topics, limits, chat length), fetched once. */
export function usePublicConfig(): ConfigState & { retry: () => void } {
  const state = useStore(configStore, (s) => s);
  useEffect(() => {
    if (!configStore.get().config) void load();
  }, []);
  return { ...state, retry: () => void load() };
}
