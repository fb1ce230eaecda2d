import { z } from 'zod';
import { idSchema, PROTOCOL_VERSION, roleSchema } from './common.js';
import { queueEntryViewSchema, queueStatusSchema } from './queue.js';
import { shiftSchema } from './shifts.js';
import { conversationSchema } from './conversations.js';

/** What the socket handshake's `auth` carries. */
export const handshakeAuthSchema = z.object({
  token: z.string().min(16).max(200),
  protocolVersion: z.literal(PROTOCOL_VERSION),
});
export type HandshakeAuth = z.infer<typeof handshakeAuthSchema>;

export const identitySchema = z.object({
  id: idSchema,
  role: roleSchema,
  displayName: z.string().optional(),
});
export type Identity = z.infer<typeof identitySchema>;

/** Everything a client needs to rebuild its view after any (re)connect. */
export const sessionStateSchema = z.object({
  identity: identitySchema,
  queue: z.object({ entry: queueEntryViewSchema, status: queueStatusSchema }).nullable(),
  shift: shiftSchema.nullable(),
  conversations: z.array(conversationSchema),
  /** Peers only: the consent version they accepted (null: not yet, or an older text). */
  consentVersion: z.number().int().nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const sessionEvents = {
  'session:resume': {
    summary:
      'Returns who you are, your queue place, your shift and your open chats. Call after every (re)connect, then fetch missed messages with conversation:history.',
    roles: ['peer', 'supporter', 'moderator'],
    input: z.object({}).strict(),
    output: sessionStateSchema,
    errors: [],
  },
} as const;

export const sessionServerEvents = {
  'session:revoked': {
    summary: 'Your session was revoked or your account disabled; the socket is then closed.',
    payload: z.object({ reason: z.enum(['revoked', 'disabled', 'signed_out']) }),
  },
} as const;
