import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientEventName,
  type ClientToServerEvents,
  type EventInput,
  type EventOutput,
  type ServerEventName,
  type ServerPayload,
  type ServerToClientEvents,
} from '@alongside/shared';
import { io, type Socket } from 'socket.io-client';
import { RequestError, isErrorCode } from './requestError';
import { createStore, useStore } from './store';

/**
 * The one typed socket client. It owns the connection, turns acks into values or
 * RequestErrors, and tells subscribers when a (re)connect happened so they can resync
 * by sequence number — the server keeps no connection-state recovery.
 */

export type ConnectionPhase =
  'idle' | 'connecting' | 'connected' | 'reconnecting' | 'outdated' | 'unauthenticated';

export interface ConnectionState {
  phase: ConnectionPhase;
  /** True after the first successful connect of this session, so we can say "again". */
  hasConnected: boolean;
  /** When the last reconnect (not the first connect) succeeded. */
  reconnectedAt: number | null;
}

const initialConnection: ConnectionState = {
  phase: 'idle',
  hasConnected: false,
  reconnectedAt: null,
};
export const connectionStore = createStore<ConnectionState>(initialConnection);

export function useConnection(): ConnectionState {
  return useStore(connectionStore, (s) => s);
}

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Listener = (payload: unknown) => void;

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_RETRY_DELAY_MS = 30_000;

let socket: AppSocket | null = null;
let token: string | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryAttempt = 0;
let handleUnauthenticated: (() => void) | null = null;
const serverListeners = new Map<ServerEventName, Set<Listener>>();
const connectListeners = new Set<() => void>();

function setPhase(phase: ConnectionPhase): void {
  connectionStore.set((s) => (s.phase === phase ? s : { ...s, phase }));
}

function clearRetry(): void {
  if (retryTimer !== null) clearTimeout(retryTimer);
  retryTimer = null;
}

/** Server-refused handshakes are not retried by socket.io itself; we back off and try again. */
function scheduleRetry(): void {
  clearRetry();
  const base = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** retryAttempt);
  retryAttempt += 1;
  const delay = base / 2 + Math.random() * (base / 2);
  retryTimer = setTimeout(() => {
    retryTimer = null;
    // Still offline: keep waiting (the 'online' event reconnects at once).
    if (!navigator.onLine) scheduleRetry();
    else socket?.connect();
  }, delay);
}

function handshakeCode(err: Error): string | undefined {
  const data = (err as Error & { data?: { code?: unknown } }).data;
  return typeof data?.code === 'string' ? data.code : undefined;
}

function attach(s: AppSocket): void {
  s.on('connect', () => {
    clearRetry();
    retryAttempt = 0;
    connectionStore.set((c) => ({
      phase: 'connected',
      hasConnected: true,
      reconnectedAt: c.hasConnected ? Date.now() : c.reconnectedAt,
    }));
    for (const listener of [...connectListeners]) listener();
  });
  s.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    setPhase(connectionStore.get().hasConnected ? 'reconnecting' : 'connecting');
    // The server closed us on purpose (e.g. a revoked session). Try again later: if the
    // token is no longer valid, the handshake will say so and we stop.
    if (reason === 'io server disconnect') scheduleRetry();
  });
  s.on('connect_error', (err) => {
    const code = handshakeCode(err);
    if (code === 'version_mismatch') {
      setPhase('outdated');
      s.disconnect();
      return;
    }
    if (code === 'unauthenticated') {
      setPhase('unauthenticated');
      s.disconnect();
      handleUnauthenticated?.();
      return;
    }
    setPhase(connectionStore.get().hasConnected ? 'reconnecting' : 'connecting');
    if (!s.active) scheduleRetry();
  });
  // One catch-all dispatcher; onServerEvent keeps the typing per event name.
  s.onAny((event: string, payload: unknown) => {
    for (const listener of [...(serverListeners.get(event as ServerEventName) ?? [])])
      listener(payload);
  });
}

/** Opens (or re-opens with a new token) the one connection of this tab. */
export function connect(sessionToken: string, options: { onUnauthenticated: () => void }): void {
  disconnect();
  token = sessionToken;
  handleUnauthenticated = options.onUnauthenticated;
  connectionStore.set({ ...initialConnection, phase: 'connecting' });
  const s: AppSocket = io({
    transports: ['websocket'],
    // A function, so every reconnect sends the current token.
    auth: (cb) => {
      cb({ token, protocolVersion: PROTOCOL_VERSION });
    },
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
  });
  socket = s;
  attach(s);
}

export function disconnect(): void {
  clearRetry();
  retryAttempt = 0;
  handleUnauthenticated = null;
  if (socket) {
    socket.removeAllListeners();
    socket.disconnect();
  }
  socket = null;
  token = null;
  connectionStore.set(initialConnection);
}

/** Try now instead of waiting out the backoff (the browser says the network is back). */
export function reconnectNow(): void {
  if (socket && !socket.connected && connectionStore.get().phase !== 'outdated') {
    clearRetry();
    socket.connect();
  }
}

/**
 * The browser says the network is gone: say so now rather than after a ping times out
 * (which takes many seconds on a phone), and stop sending into a dead connection. Whatever
 * is written meanwhile stays pending and goes after the resync.
 */
function goOffline(): void {
  const s = socket;
  if (!s?.connected) return;
  s.disconnect();
  setPhase(connectionStore.get().hasConnected ? 'reconnecting' : 'connecting');
  scheduleRetry();
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', reconnectNow);
  window.addEventListener('offline', goOffline);
}

/**
 * Sends a client event and resolves with its output, or throws a RequestError.
 * Never buffers while offline: callers decide whether to retry (the outbox does, with the
 * same clientId, so the server can dedupe).
 */
export async function request<E extends ClientEventName>(
  event: E,
  input: EventInput<E>,
  options: { timeoutMs?: number } = {},
): Promise<EventOutput<E>> {
  const s = socket;
  if (!s?.connected) throw new RequestError('offline');
  // socket.io's event typing cannot follow a generic E; the contract types guarantee the pair.
  const emitter = s.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) as unknown as {
    emitWithAck(event: string, input: unknown): Promise<Ack<EventOutput<E>>>;
  };
  let ack: Ack<EventOutput<E>>;
  try {
    ack = await emitter.emitWithAck(event, input);
  } catch {
    throw new RequestError('timeout');
  }
  if (!ack.ok) {
    const code = isErrorCode(ack.error.code) ? ack.error.code : 'internal';
    throw new RequestError(code, ack.error.message, ack.error.retryAfterMs);
  }
  const { ok: _ok, ...output } = ack;
  return output as unknown as EventOutput<E>;
}

/** Subscribe to a server push; survives reconnects and new connections. */
export function onServerEvent<E extends ServerEventName>(
  event: E,
  handler: (payload: ServerPayload<E>) => void,
): () => void {
  const set = serverListeners.get(event) ?? new Set<Listener>();
  serverListeners.set(event, set);
  const listener = handler as Listener;
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** Runs after every successful connect — the place to resync. */
export function onConnected(listener: () => void): () => void {
  connectListeners.add(listener);
  return () => {
    connectListeners.delete(listener);
  };
}

/** Resolves once connected (at once if already), or rejects with a RequestError('offline'). */
export function whenConnected(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  if (socket?.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new RequestError('offline'));
    }, timeoutMs);
    const off = onConnected(() => {
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

export function isConnected(): boolean {
  return socket?.connected ?? false;
}
