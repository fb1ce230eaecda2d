import { z } from 'zod';
import {
  clientIdSchema,
  idSchema,
  languageSchema,
  LIMITS,
  text,
  timestampSchema,
} from './common.js';

export const participantRoleSchema = z.enum(['peer', 'supporter', 'moderator', 'system']);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

export const receiptsSchema = z.object({
  peer: z.object({ delivered: z.number().int(), read: z.number().int() }),
  supporter: z.object({ delivered: z.number().int(), read: z.number().int() }),
});
export type Receipts = z.infer<typeof receiptsSchema>;

export const conversationSchema = z.object({
  id: idSchema,
  status: z.enum(['active', 'ended']),
  peerPseudonym: z.string(),
  supporterName: z.string(),
  topics: z.array(z.string()),
  language: languageSchema,
  startedAt: timestampSchema,
  endedAt: timestampSchema.nullable(),
  endedBy: z.enum(['peer', 'supporter', 'moderator', 'system']).nullable(),
  /** Minutes before the gentle wrap-up; the client shows the timer. */
  timeLimitMinutes: z.number().int().positive(),
  lastSeq: z.number().int().nonnegative(),
  receipts: receiptsSchema,
  /** A moderator has joined: both participants are told, and can see it. */
  moderatorJoined: z.boolean(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const messageSchema = z.object({
  conversationId: idSchema,
  seq: z.number().int().positive(),
  clientId: clientIdSchema,
  from: participantRoleSchema,
  authorName: z.string(),
  body: z.string(),
  sentAt: timestampSchema,
});
export type Message = z.infer<typeof messageSchema>;

const conversationRef = { conversationId: idSchema };
const seqSchema = z.number().int().nonnegative();

export const conversationEvents = {
  'conversation:send': {
    summary:
      'Send a message. clientId makes it idempotent: a resend returns the original message with duplicate: true.',
    roles: ['peer', 'supporter', 'moderator'],
    input: z
      .object({ ...conversationRef, clientId: clientIdSchema, body: text(LIMITS.messageChars) })
      .strict(),
    output: z.object({ message: messageSchema, duplicate: z.boolean() }),
    errors: ['not_found', 'forbidden', 'conversation_ended'],
  },
  'conversation:history': {
    summary:
      'Messages after a sequence number, in order (page of up to 200; hasMore says if more follow).',
    roles: ['peer', 'supporter', 'moderator'],
    input: z
      .object({
        ...conversationRef,
        afterSeq: seqSchema.default(0),
        limit: z.number().int().min(1).max(LIMITS.historyPage).default(LIMITS.historyPage),
      })
      .strict(),
    output: z.object({
      conversation: conversationSchema,
      messages: z.array(messageSchema),
      hasMore: z.boolean(),
    }),
    errors: ['not_found', 'forbidden'],
  },
  'conversation:receipt': {
    summary: 'Tell the other side how far you have received (delivered) and read.',
    roles: ['peer', 'supporter'],
    input: z
      .object({ ...conversationRef, delivered: seqSchema.optional(), read: seqSchema.optional() })
      .strict(),
    output: z.object({ receipts: receiptsSchema }),
    errors: ['not_found', 'forbidden'],
  },
  'conversation:typing': {
    summary: 'Say that you are (or stopped) typing. Never carries the draft itself.',
    roles: ['peer', 'supporter', 'moderator'],
    input: z.object({ ...conversationRef, typing: z.boolean() }).strict(),
    output: z.object({}),
    errors: ['not_found', 'forbidden'],
  },
  'conversation:end': {
    summary: 'End the chat (either side).',
    roles: ['peer', 'supporter'],
    input: z.object(conversationRef).strict(),
    output: z.object({ conversation: conversationSchema }),
    errors: ['not_found', 'forbidden'],
  },
} as const;

export const conversationServerEvents = {
  'conversation:opened': {
    summary: 'To both sides: a chat has opened (or you were added to one).',
    payload: z.object({ conversation: conversationSchema }),
  },
  'conversation:message': {
    summary: 'A new message in one of your chats.',
    payload: z.object({ message: messageSchema }),
  },
  'conversation:receipts': {
    summary: 'Delivery and read state changed.',
    payload: z.object({ conversationId: idSchema, receipts: receiptsSchema }),
  },
  'conversation:typing': {
    summary: 'The other side started or stopped typing.',
    payload: z.object({
      conversationId: idSchema,
      from: participantRoleSchema,
      typing: z.boolean(),
    }),
  },
  'conversation:contact-reminder': {
    summary:
      'To both sides: a message seemed to share contact details (phone, e-mail, handle); a gentle reminder that the relationship stays on the platform. Nothing is blocked.',
    payload: z.object({
      conversationId: idSchema,
      seq: z.number().int().positive(),
      kinds: z.array(z.enum(['phone', 'email', 'handle', 'link'])),
    }),
  },
  'conversation:erased': {
    summary: 'To the supporter: the peer erased their data; this chat and its transcript are gone.',
    payload: z.object({ conversationId: idSchema }),
  },
  'conversation:ended': {
    summary: 'A chat ended.',
    payload: z.object({ conversation: conversationSchema }),
  },
} as const;
