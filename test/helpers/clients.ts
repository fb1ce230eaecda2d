import {
  CONSENT_VERSION,
  PROTOCOL_VERSION,
  type Ack,
  type ClientEventName,
  type ClientToServerEvents,
  type EventInput,
  type EventOutput,
  type ServerEventName,
  type ServerPayload,
  type ServerToClientEvents,
  type SessionResponse,
} from '@alongside/shared';
import { io, type Socket } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestClient {
  socket: TestSocket;
  token: string;
  identity: SessionResponse['identity'];
  /** Sends an event and resolves with its acknowledgement (ok or typed error). */
  send<E extends ClientEventName>(
    event: E,
    input: EventInput<E>,
    timeoutMs?: number,
  ): Promise<Ack<EventOutput<E>>>;
  /** Like send, but fails the test on an error ack. */
  ok<E extends ClientEventName>(event: E, input: EventInput<E>): Promise<EventOutput<E>>;
  /** Resolves with the next push of `event` matching `match` (recorded pushes included). */
  next<E extends ServerEventName>(
    event: E,
    match?: (p: ServerPayload<E>) => boolean,
    timeoutMs?: number,
  ): Promise<ServerPayload<E>>;
  /** Every push received so far, by event. */
  received: Map<string, unknown[]>;
  close(): void;
}

export async function postJson<T = unknown>(
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export function connectSocket(
  url: string,
  token: string,
  extra: { origin?: string } = {},
): TestSocket {
  return io(url, {
    transports: ['websocket'],
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    reconnection: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    forceNew: true,
    ...(extra.origin ? { extraHeaders: { origin: extra.origin } } : {}),
  });
}

/** Wraps a socket with typed request and push-waiting helpers; resolves once connected. */
export async function connectClient(url: string, session: SessionResponse): Promise<TestClient> {
  const socket = connectSocket(url, session.token);
  const received = new Map<string, unknown[]>();
  const waiters = new Set<{
    event: string;
    match: (p: unknown) => boolean;
    resolve: (p: unknown) => void;
  }>();
  socket.onAny((event: string, payload: unknown) => {
    const list = received.get(event) ?? [];
    list.push(payload);
    received.set(event, list);
    for (const w of waiters) {
      if (w.event === event && w.match(payload)) {
        waiters.delete(w);
        w.resolve(payload);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => {
      resolve();
    });
    socket.once('connect_error', reject);
  });

  const client: TestClient = {
    socket,
    token: session.token,
    identity: session.identity,
    received,
    send: async (event, input, timeoutMs = 5000) => {
      const timed = socket.timeout(timeoutMs) as unknown as {
        emitWithAck(e: string, i: unknown): Promise<unknown>;
      };
      return (await timed.emitWithAck(event, input)) as Ack<EventOutput<typeof event>>;
    },
    ok: async (event, input) => {
      const result = await client.send(event, input);
      if (!result.ok)
        throw new Error(`${event} failed: ${result.error.code} ${result.error.message}`);
      return result;
    },
    next: (event, match = () => true, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const seen = (received.get(event) ?? []) as ServerPayload<typeof event>[];
        const already = seen.find((p) => match(p));
        if (already !== undefined) {
          // Consume it so the next call waits for a new one.
          seen.splice(seen.indexOf(already), 1);
          resolve(already);
          return;
        }
        const waiter = {
          event,
          match: match as (p: unknown) => boolean,
          resolve: (p: unknown) => {
            clearTimeout(timer);
            const list = received.get(event) ?? [];
            list.splice(list.indexOf(p), 1);
            resolve(p as ServerPayload<typeof event>);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`timed out waiting for ${event}`));
        }, timeoutMs);
        waiters.add(waiter);
      }),
    close: () => {
      socket.close();
    },
  };
  return client;
}

export async function peerSession(url: string): Promise<SessionResponse> {
  const res = await postJson<SessionResponse>(`${url}/api/session/peer`, {});
  if (res.status !== 200) throw new Error(`peer session failed: ${res.status}`);
  return res.body;
}

/** A peer with a fresh anonymous identity who has accepted the consent text (unless told not to). */
export async function connectPeer(
  url: string,
  opts: { consent?: boolean } = {},
): Promise<TestClient> {
  const peer = await connectClient(url, await peerSession(url));
  if (opts.consent !== false) await peer.ok('consent:accept', { version: CONSENT_VERSION });
  return peer;
}

let accountCounter = 0;

/**
 * Registers a staff account through a real invite (made by `makeInvite`, e.g. the app's
 * AccountsService or the CLI) and signs in over HTTP.
 */
export async function registerStaff(
  url: string,
  inviteToken: string,
  opts: { displayName?: string; experience?: string[] } = {},
): Promise<SessionResponse & { username: string; password: string }> {
  const username = `staff${Date.now().toString(36)}${(accountCounter++).toString(36)}`;
  const password = 'correct horse battery';
  const res = await postJson<SessionResponse>(`${url}/api/session/register`, {
    invite: inviteToken,
    username,
    displayName: opts.displayName ?? 'Sam',
    password,
    experience: opts.experience ?? [],
  });
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body, username, password };
}

/** The first path segment after #/join/ in an invite URL. */
export function inviteToken(inviteUrl: string): string {
  const token = inviteUrl.split('#/join/')[1];
  if (!token) throw new Error('not an invite url');
  return token;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
