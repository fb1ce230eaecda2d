/**
 * Where session tokens live. A peer's token stays in localStorage so a returning peer is
 * recognised; a staff token lives only for the tab (sessionStorage) because staff often
 * use shared workstations.
 */
const PEER_KEY = 'alongside.peerToken';
const STAFF_KEY = 'alongside.staffToken';

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    // Storage can be blocked (private modes, policies); the app then works for this visit only.
    return null;
  }
}

function write(storage: Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    /* see read() */
  }
}

export const peerToken = {
  get: () => read(localStorage, PEER_KEY),
  set: (token: string | null) => {
    write(localStorage, PEER_KEY, token);
  },
};

export const staffToken = {
  get: () => read(sessionStorage, STAFF_KEY),
  set: (token: string | null) => {
    write(sessionStorage, STAFF_KEY, token);
  },
};
