import { z } from 'zod';

/** Bumped when the wire changes incompatibly; the handshake carries it. */
export const PROTOCOL_VERSION = 1;

/** Every bound on the wire lives here, so schemas, docs and the UI agree. */
export const LIMITS = {
  messageChars: 4000,
  pseudonymChars: 40,
  queueNoteChars: 500,
  flagNoteChars: 2000,
  topicsPerRequest: 8,
  topicChars: 40,
  usernameChars: 40,
  displayNameChars: 60,
  passwordMinChars: 10,
  passwordMaxChars: 200,
  historyPage: 200,
  maxPayloadBytes: 64 * 1024,
  minCapacity: 1,
  maxCapacity: 5,
} as const;

/** Bumped whenever the consent text changes meaningfully; peers then accept again. */
export const CONSENT_VERSION = 1;

export const roles = ['peer', 'supporter', 'moderator'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Server-issued ids: url-safe, bounded. Clients never choose one that is trusted. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids are url-safe characters');

/** A client-generated id for idempotent sends (a UUID or similar). */
export const clientIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const languageSchema = z
  .string()
  .min(2)
  .max(12)
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a BCP 47 language tag such as "en" or "pt-BR"');

/** Human text: trimmed, no control characters except newlines and tabs. */
export function text(max: number, min = 1) {
  return z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
        .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
          message: 'control characters are not allowed',
        }),
    );
}

export const timestampSchema = z.number().int().nonnegative();
export const emptySchema = z.object({}).strict();
