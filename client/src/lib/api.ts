import type { SessionResponse } from '@alongside/shared';
import { RequestError, isErrorCode } from './requestError';

/** The public configuration the server shares with every client. */
export interface PublicConfig {
  protocolVersion: number;
  topics: string[];
  limits: Record<string, number>;
  chatTimeLimitMinutes: number;
}

interface CallInit {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

async function call<T>(path: string, init: CallInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
      credentials: 'same-origin',
    });
  } catch {
    throw new RequestError('offline');
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (
      body as { error?: { code?: unknown; message?: unknown; retryAfterMs?: unknown } } | null
    )?.error;
    const code = isErrorCode(error?.code)
      ? error.code
      : response.status >= 500
        ? 'unavailable'
        : 'internal';
    throw new RequestError(
      code,
      typeof error?.message === 'string' ? error.message : response.statusText,
      typeof error?.retryAfterMs === 'number' ? error.retryAfterMs : undefined,
    );
  }
  return body as T;
}

const post = <T>(path: string, body: unknown, token?: string) =>
  call<T>(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

export const api = {
  config: () => call<PublicConfig>('/api/config'),
  /** A returning peer sends their stored token and keeps their identity if it is still valid. */
  peerSession: (token: string | null) =>
    post<SessionResponse>('/api/session/peer', token ? { token } : {}),
  login: (username: string, password: string) =>
    post<SessionResponse>('/api/session/login', { username, password }),
  register: (input: {
    invite: string;
    username: string;
    displayName: string;
    password: string;
    experience: string[];
  }) => post<SessionResponse>('/api/session/register', input),
  logout: (token: string) => post<undefined>('/api/session/logout', {}, token),
};
