import { createHash, randomBytes } from 'node:crypto';

/** Unguessable, url-safe ids: 16 random bytes. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** Bearer tokens (sessions, invites): 32 random bytes. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stores keep only this, so a leaked store yields no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
