import type { z } from 'zod';
import type { Role } from './common.js';
import type { ErrorCode, ProtocolError } from './errors.js';
import { accountEvents } from './accounts.js';
import { conversationEvents, conversationServerEvents } from './conversations.js';
import { queueEvents, queueServerEvents } from './queue.js';
import { privacyEvents } from './privacy.js';
import { safetyEvents, safetyServerEvents } from './safety.js';
import { sessionEvents, sessionServerEvents } from './session.js';
import { shiftEvents, shiftServerEvents } from './shifts.js';

export * from './accounts.js';
export * from './common.js';
export * from './conversations.js';
export * from './errors.js';
export * from './queue.js';
export * from './privacy.js';
export * from './safety.js';
export * from './session.js';
export * from './shifts.js';

/** One client event: who may send it, what it takes, what its ack carries, how it can fail. */
export interface ClientEventSpec {
  summary: string;
  roles: readonly Role[];
  input: z.ZodType;
  output: z.ZodType<object>;
  errors: readonly ErrorCode[];
}
export interface ServerEventSpec {
  summary: string;
  payload: z.ZodType;
}

/** The contract: every event a client may send. Handlers, the typed client and the docs derive from it. */
export const clientEvents = {
  ...sessionEvents,
  ...queueEvents,
  ...shiftEvents,
  ...conversationEvents,
  ...safetyEvents,
  ...accountEvents,
  ...privacyEvents,
} as const satisfies Record<string, ClientEventSpec>;

/** Every event the server pushes. */
export const serverEvents = {
  ...sessionServerEvents,
  ...queueServerEvents,
  ...shiftServerEvents,
  ...conversationServerEvents,
  ...safetyServerEvents,
} as const satisfies Record<string, ServerEventSpec>;

export type ClientEventName = keyof typeof clientEvents;
export type ServerEventName = keyof typeof serverEvents;
export type EventInput<E extends ClientEventName> = z.input<(typeof clientEvents)[E]['input']>;
export type ParsedInput<E extends ClientEventName> = z.output<(typeof clientEvents)[E]['input']>;
export type EventOutput<E extends ClientEventName> = z.output<(typeof clientEvents)[E]['output']>;
export type ServerPayload<E extends ServerEventName> = z.output<
  (typeof serverEvents)[E]['payload']
>;

/** Every acknowledgement has this shape. */
export type Ack<T> = ({ ok: true } & T) | { ok: false; error: ProtocolError };

export type ClientToServerEvents = {
  [E in ClientEventName]: (
    input: EventInput<E>,
    ack: (result: Ack<EventOutput<E>>) => void,
  ) => void;
};
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerPayload<E>) => void;
};

export function isClientEventName(name: string): name is ClientEventName {
  return Object.hasOwn(clientEvents, name);
}
