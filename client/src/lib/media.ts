import { useSyncExternalStore } from 'react';

/** A live CSS media query, e.g. to tell touch screens from mouse-and-keyboard ones. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = matchMedia(query);
      list.addEventListener('change', listener);
      return () => {
        list.removeEventListener('change', listener);
      };
    },
    () => matchMedia(query).matches,
  );
}
