import type {
  ClientEventName,
  ClientToServerEvents,
  EventOutput,
  Identity,
  ParsedInput,
  ServerToClientEvents,
} from '@alongside/shared';
import type { Server, Socket } from 'socket.io';

export interface SocketData {
  identity: Identity;
  tokenHash: string;
}

// Server-to-server events are unused: nodes share state through the store and the adapter.
export type AppServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

export interface HandlerContext {
  identity: Identity;
  socket: AppSocket;
}

export type Handler<E extends ClientEventName> = (
  input: ParsedInput<E>,
  ctx: HandlerContext,
) => Promise<EventOutput<E>>;

/** Every client event must have exactly one handler: the compiler checks the set is complete. */
export type Handlers = { [E in ClientEventName]: Handler<E> };
export type HandlerGroup<E extends ClientEventName> = { [K in E]: Handler<K> };

export const userRoom = (id: string) => `user:${id}`;
export const roleRoom = (role: string) => `role:${role}`;
/** Supporters on an active shift: they receive the live queue. */
export const ON_SHIFT_ROOM = 'shift:on';
