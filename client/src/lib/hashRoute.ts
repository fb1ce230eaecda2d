import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'peer' }
  | { name: 'supporter' }
  | { name: 'moderator' }
  | { name: 'join'; invite: string };

/** Hash routing keeps the server's job to "serve index.html" and works from any path. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const join = /^\/join\/([^/?#]+)/.exec(path);
  if (join?.[1]) return { name: 'join', invite: decodeURIComponent(join[1]) };
  if (path.startsWith('/supporter')) return { name: 'supporter' };
  if (path.startsWith('/moderator')) return { name: 'moderator' };
  return { name: 'peer' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'peer':
      return '#/';
    case 'supporter':
      return '#/supporter';
    case 'moderator':
      return '#/moderator';
    case 'join':
      return `#/join/${encodeURIComponent(route.invite)}`;
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) {
    // Replace, so an invite token does not linger in the back history.
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = href;
  }
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash);
}
