import { z } from 'zod';

/**
 * The closed set of error codes a client can receive. Each has a sentence for developers;
 * the client shows its own translated sentence keyed by the code.
 */
export const errorCodes = {
  bad_request: 'The payload does not match the schema for this event.',
  payload_too_large: 'The payload is larger than this event allows.',
  unknown_event: 'The server does not know this event.',
  unauthenticated: 'The session is missing, expired or revoked; sign in again.',
  forbidden: 'Your role or membership does not allow this.',
  not_found: 'Nothing with that id exists (or you cannot see it).',
  already_taken: 'Another supporter has already taken this chat.',
  already_queued: 'You are already waiting in the queue.',
  not_on_shift: 'Start or resume a shift first.',
  at_capacity: 'You are holding as many chats as your shift allows.',
  conversation_ended: 'This chat has ended.',
  consent_required: 'Read and accept how your information is used first.',
  invalid_credentials: 'The username or password is wrong.',
  invite_invalid: 'This invite link is unknown, used or expired.',
  username_taken: 'That username is already in use.',
  rate_limited: 'Too many requests; wait before trying again.',
  unavailable: 'The service is briefly unavailable; try again shortly.',
  version_mismatch: 'This page is out of date; reload it.',
  internal: 'Something went wrong on our side; it has been logged.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof errorCodes;
export const errorCodeList = Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]];

export const protocolErrorSchema = z.object({
  code: z.enum(errorCodeList),
  message: z.string(),
  /** Only with rate_limited: when a retry may succeed. */
  retryAfterMs: z.number().int().nonnegative().optional(),
});
export type ProtocolError = z.infer<typeof protocolErrorSchema>;

/** A domain error travels as a value with a code; thrown only through `fail`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorCodes[code],
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
  toProtocol(): ProtocolError {
    return this.retryAfterMs === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, retryAfterMs: this.retryAfterMs };
  }
}

export function fail(code: ErrorCode, message?: string): never {
  throw new DomainError(code, message);
}
