import type { RequestErrorCode } from '../lib/requestError';

/** Every error code a person can meet has a sentence in the catalogue under errors.<code>. */
export function errorKey<C extends RequestErrorCode>(code: C): `errors.${C}` {
  return `errors.${code}`;
}
