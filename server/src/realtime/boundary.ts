import {
  clientEvents,
  DomainError,
  errorCodes,
  isClientEventName,
  type Ack,
  type ClientEventName,
  type ProtocolError,
} from '@alongside/shared';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import { StoreUnavailableError } from '../store/errors.js';
import type { AppSocket, Handlers } from './types.js';

export interface RateGate {
  /** Resolves when allowed; throws a DomainError('rate_limited') otherwise. */
  check(event: ClientEventName, socket: AppSocket): Promise<void>;
}

function validationError(error: z.ZodError): ProtocolError {
  const tooBig = error.issues.some((i) => i.code === 'too_big');
  // Paths and messages only: the offending values are never echoed or logged.
  const detail = error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`)
    .join('; ');
  return tooBig
    ? { code: 'payload_too_large', message: `${errorCodes.payload_too_large} ${detail}` }
    : { code: 'bad_request', message: `${errorCodes.bad_request} ${detail}` };
}

function toProtocolError(err: unknown, event: string, logger: Logger): ProtocolError {
  if (err instanceof DomainError) return err.toProtocol();
  if (err instanceof StoreUnavailableError) {
    logger.warn({ event }, 'store unavailable');
    return { code: 'unavailable', message: errorCodes.unavailable };
  }
  logger.error(
    { event, err: err instanceof Error ? { name: err.name, stack: err.stack } : String(err) },
    'handler failed',
  );
  return { code: 'internal', message: errorCodes.internal };
}

/**
 * The one boundary every client event passes: find the ack, validate the payload with the
 * contract's schema, check the role, apply rate limits, run the handler, answer the ack.
 * Handlers never catch; whatever they throw becomes a typed error here.
 */
export function attachHandlers(
  socket: AppSocket,
  handlers: Handlers,
  logger: Logger,
  gate?: RateGate,
) {
  const loose = socket as unknown as {
    on(event: string, listener: (...args: unknown[]) => void): void;
    onAny(listener: (event: string, ...args: unknown[]) => void): void;
  };

  const answer = (ack: unknown, result: Ack<object>) => {
    if (typeof ack === 'function') (ack as (r: unknown) => void)(result);
  };

  async function dispatch(event: ClientEventName, args: unknown[]): Promise<Ack<object>> {
    const spec = clientEvents[event];
    if (args.length !== 1) {
      return {
        ok: false,
        error: {
          code: 'bad_request',
          message: `${errorCodes.bad_request} Send exactly one payload object and an acknowledgement.`,
        },
      };
    }
    const identity = socket.data.identity;
    if (!(spec.roles as readonly string[]).includes(identity.role)) {
      return { ok: false, error: { code: 'forbidden', message: errorCodes.forbidden } };
    }
    const parsed = spec.input.safeParse(args[0]);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      if (gate) await gate.check(event, socket);
      const handler = handlers[event] as (
        input: unknown,
        ctx: { identity: typeof identity; socket: AppSocket },
      ) => Promise<object>;
      const output = await handler(parsed.data, { identity, socket });
      return { ok: true, ...output };
    } catch (err) {
      return { ok: false, error: toProtocolError(err, event, logger) };
    }
  }

  for (const event of Object.keys(clientEvents) as ClientEventName[]) {
    loose.on(event, (...raw: unknown[]) => {
      const ack = typeof raw.at(-1) === 'function' ? raw.pop() : undefined;
      void dispatch(event, raw).then((result) => {
        answer(ack, result);
      });
    });
  }

  loose.onAny((event: string, ...raw: unknown[]) => {
    if (isClientEventName(event)) return;
    answer(raw.at(-1), {
      ok: false,
      error: { code: 'unknown_event', message: errorCodes.unknown_event },
    });
  });
}
