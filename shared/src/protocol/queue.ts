import { z } from 'zod';
import { idSchema, languageSchema, LIMITS, text, timestampSchema } from './common.js';
import { conversationSchema } from './conversations.js';

export const topicSchema = z
  .string()
  .min(1)
  .max(LIMITS.topicChars)
  .regex(/^[a-z0-9_-]+$/, 'topic ids are lowercase words');

/** Priority rises with risk: a flagged peer is offered before anyone else. */
export const queuePriorities = { normal: 0, concern: 1, high: 2, imminent: 3 } as const;

export const queueEntryViewSchema = z.object({
  id: idSchema,
  pseudonym: z.string(),
  topics: z.array(topicSchema),
  note: z.string().nullable(),
  language: languageSchema,
  wantsSharedExperience: z.boolean(),
  priority: z.number().int().min(0).max(3),
  joinedAt: timestampSchema,
  returning: z.boolean(),
});
export type QueueEntryView = z.infer<typeof queueEntryViewSchema>;

export const queueStatusSchema = z.object({
  position: z.number().int().positive(),
  queueLength: z.number().int().nonnegative(),
  /** null when no estimate is honest, e.g. nobody is on shift. */
  estimatedWaitSeconds: z.number().int().nonnegative().nullable(),
  supportersOnShift: z.number().int().nonnegative(),
});
export type QueueStatus = z.infer<typeof queueStatusSchema>;

export const queueJoinInputSchema = z
  .object({
    pseudonym: text(LIMITS.pseudonymChars),
    topics: z.array(topicSchema).max(LIMITS.topicsPerRequest).default([]),
    note: text(LIMITS.queueNoteChars, 0).optional(),
    language: languageSchema.default('en'),
    wantsSharedExperience: z.boolean().default(false),
  })
  .strict();
export type QueueJoinInput = z.input<typeof queueJoinInputSchema>;

export const queueEvents = {
  'queue:join': {
    summary:
      'Ask for support: join the queue with a pseudonym, topics, an optional note and a language.',
    roles: ['peer'],
    input: queueJoinInputSchema,
    output: z.object({ entry: queueEntryViewSchema, status: queueStatusSchema }),
    errors: ['already_queued', 'already_taken', 'consent_required'],
  },
  'queue:leave': {
    summary: 'Leave the queue.',
    roles: ['peer'],
    input: z.object({}).strict(),
    output: z.object({ left: z.boolean() }),
    errors: [],
  },
  'queue:list': {
    summary:
      'The queue in fair order (priority, then waiting time). Also pushed live as queue:updated.',
    roles: ['supporter', 'moderator'],
    input: z.object({}).strict(),
    output: z.object({ entries: z.array(queueEntryViewSchema) }),
    errors: ['not_on_shift'],
  },
  'queue:accept': {
    summary:
      'Take a peer from the queue: a given entry, or without entryId the next one in fair order (a topic match with your experience breaks ties). Atomic: one winner.',
    roles: ['supporter'],
    input: z.object({ entryId: idSchema.optional() }).strict(),
    output: z.object({ conversation: conversationSchema }),
    errors: ['already_taken', 'not_found', 'not_on_shift', 'at_capacity'],
  },
} as const;

export const queueServerEvents = {
  'queue:status': {
    summary: 'To a waiting peer: their position and wait estimate changed.',
    payload: queueStatusSchema,
  },
  'queue:updated': {
    summary: 'To supporters and moderators: the queue changed (full list in fair order).',
    payload: z.object({ entries: z.array(queueEntryViewSchema) }),
  },
} as const;
