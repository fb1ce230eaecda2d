import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Topic ids come from server configuration, so a new topic may have no translation yet;
 * it then shows as its id with dashes turned into spaces rather than as a raw key.
 */
export function useTopicLabel(): (topic: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (topic: string) => {
      const key = `topics.${topic}`;
      return i18n.exists(key) ? (t as (k: string) => string)(key) : topic.replace(/[-_]/g, ' ');
    },
    [t, i18n],
  );
}

/** A language's name in the interface language, from the browser's own data. */
export function useLanguageName(): (tag: string) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (tag: string) => {
      try {
        return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    [i18n.language],
  );
}

/** Minutes from milliseconds, never below zero; for "waiting 3 min" style labels. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / 60_000));
}
