import { errorCodes, type ErrorCode } from '@alongside/shared';

/** Failures the client detects itself, next to the server's closed set of codes. */
export type ClientErrorCode = 'timeout' | 'offline';
export type RequestErrorCode = ErrorCode | ClientErrorCode;

/** Every failed request (socket or HTTP) becomes one of these, so the UI handles one shape. */
export class RequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string = code,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorCodes, code);
}

/** Anything thrown → a RequestError; unknown failures count as internal. */
export function toRequestError(err: unknown): RequestError {
  if (err instanceof RequestError) return err;
  return new RequestError('internal', err instanceof Error ? err.message : String(err));
}

/** Retrying makes sense for these: the same request may succeed a moment later. */
export function isTransient(code: RequestErrorCode): boolean {
  return (
    code === 'timeout' || code === 'offline' || code === 'unavailable' || code === 'rate_limited'
  );
}
