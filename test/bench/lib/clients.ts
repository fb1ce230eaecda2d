import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientEventName,
  type ClientToServerEvents,
  type EventInput,
  type EventOutput,
  type ServerToClientEvents,
  type SessionResponse,
} from '@alongside/shared';
import { io, type Socket } from 'socket.io-client';

/** Typed by the platform's contract; the baseline speaks the same events and acks. */
export type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Session = SessionResponse;

/** One Manager (and so one WebSocket) per socket, no reconnection: a drop is a failure to report. */
export function connect(url: string, token: string): Promise<BenchSocket> {
  const socket: BenchSocket = io(url, {
    transports: ['websocket'],
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    forceNew: true,
    reconnection: false,
    timeout: 30_000,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      resolve(socket);
    });
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Sends an event and resolves with its ok ack; an error ack rejects with its code. */
export async function request<E extends ClientEventName>(
  socket: BenchSocket,
  event: E,
  input: EventInput<E>,
  timeoutMs = 15_000,
): Promise<EventOutput<E>> {
  const timed = socket.timeout(timeoutMs) as unknown as {
    emitWithAck(event: string, input: unknown): Promise<Ack<EventOutput<E>>>;
  };
  const ack = await timed.emitWithAck(event, input);
  if (!ack.ok) throw new AckError(event, ack.error.code, ack.error.message);
  return ack;
}

export class AckError extends Error {
  constructor(
    readonly event: string,
    readonly code: string,
    message: string,
  ) {
    super(`${event}: ${code} ${message}`);
  }
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** The platform's /api/metrics is Prometheus text; the baseline serves the same two lines. */
export async function connectedSockets(url: string): Promise<number> {
  const text = await (await fetch(`${url}/api/metrics`)).text();
  return Number(/^alongside_sockets (\d+)/m.exec(text)?.[1] ?? NaN);
}

export function closeAll(sockets: Iterable<BenchSocket>): void {
  for (const socket of sockets) socket.close();
}
