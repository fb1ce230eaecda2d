import type { CrisisResources } from '@alongside/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { request, useConnection } from '../../lib/socket';
import { createStore, useStore } from '../../lib/store';

/** Crisis resources from the operator's directory on the server, by requested locale. */
const resourcesStore = createStore<Record<string, CrisisResources>>({});
const loading = new Set<string>();

/** The most specific locale we can ask for: the browser's region with the interface language. */
export function resourceLocale(uiLanguage: string, preferred: readonly string[]): string {
  const base = uiLanguage.split('-')[0] ?? uiLanguage;
  return preferred.find((tag) => tag.split('-')[0] === base) ?? base;
}

function load(locale: string): void {
  if (loading.has(locale)) return;
  loading.add(locale);
  request('safety:resources', { locale })
    .then(({ resources }) => {
      resourcesStore.set((s) => ({ ...s, [locale]: resources }));
    })
    .catch(() => {
      // The built-in list stays on screen; the next connect asks again.
      loading.delete(locale);
    });
}

/** The server's resources for a locale, or null until (or unless) they arrive. */
export function useResourcesFor(locale: string): CrisisResources | null {
  const connected = useConnection().phase === 'connected';
  const resources = useStore(resourcesStore, (s) => s[locale] ?? null);
  useEffect(() => {
    if (connected && !resources) load(locale);
  }, [connected, resources, locale]);
  return resources;
}

/** The server's resources for this person's language, or null until (or unless) they arrive. */
export function useCrisisResources(): CrisisResources | null {
  const { i18n } = useTranslation();
  return useResourcesFor(resourceLocale(i18n.language, navigator.languages));
}

/** A pushed list (after a safety flag) is the freshest; keep it for its locale too. */
export function rememberResources(resources: CrisisResources): void {
  resourcesStore.set((s) => ({ ...s, [resources.locale]: resources }));
}
