import { z } from 'zod';
import { idSchema, LIMITS, text, timestampSchema } from './common.js';
import { messageSchema } from './conversations.js';

export const flagLevelSchema = z.enum(['concern', 'high', 'imminent']);
export type FlagLevel = z.infer<typeof flagLevelSchema>;
export const riskCategorySchema = z.enum([
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
]);
export const flagStatusSchema = z.enum(['open', 'acknowledged', 'resolved']);
export const flagOutcomeSchema = z.enum([
  'safe_for_now',
  'safety_plan_made',
  'emergency_services_contacted',
  'referred_to_service',
  'peer_left',
  'false_alarm',
]);

/**
 * What a moderator sees of a flag before opening the chat: metadata and which rules fired,
 * never the words that fired them (those are content, shown only on an audited open).
 */
export const flagViewSchema = z.object({
  id: idSchema,
  conversationId: idSchema.nullable(),
  queueEntryId: idSchema.nullable(),
  source: z.enum(['detector', 'supporter', 'moderator']),
  level: flagLevelSchema,
  categories: z.array(riskCategorySchema),
  rules: z.array(z.string()),
  status: flagStatusSchema,
  createdAt: timestampSchema,
  acknowledgedAt: timestampSchema.nullable(),
  acknowledgedBy: z.string().nullable(),
  resolvedAt: timestampSchema.nullable(),
  outcome: flagOutcomeSchema.nullable(),
  supporterName: z.string().nullable(),
  /** Only in a moderator's view once they opened the chat, and in the supporter's own view. */
  notes: z.array(z.object({ authorName: z.string(), body: z.string(), at: timestampSchema })),
  waiting: z.boolean(),
});
export type FlagView = z.infer<typeof flagViewSchema>;

/** What the supporter in the chat sees: the matched words too (they already saw the message). */
export const supporterFlagSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  level: flagLevelSchema,
  categories: z.array(riskCategorySchema),
  reasons: z.array(z.object({ rule: z.string(), match: z.string() })),
  messageSeq: z.number().int().nullable(),
  status: flagStatusSchema,
  createdAt: timestampSchema,
});
export type SupporterFlag = z.infer<typeof supporterFlagSchema>;

export const crisisResourceSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  phone: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
  hours: z.string().optional(),
});
export const crisisResourcesSchema = z.object({
  locale: z.string(),
  emergencyNumber: z.string(),
  example: z.boolean(),
  resources: z.array(crisisResourceSchema),
});
export type CrisisResources = z.infer<typeof crisisResourcesSchema>;

const flagRef = z.object({ flagId: idSchema }).strict();
const flagOut = z.object({ flag: flagViewSchema });

export const safetyEvents = {
  'flag:raise': {
    summary: 'Raise a safety flag by hand on a chat you hold (supporter) or any chat (moderator).',
    roles: ['supporter', 'moderator'],
    input: z
      .object({
        conversationId: idSchema,
        level: flagLevelSchema,
        categories: z.array(riskCategorySchema).min(1).max(5),
        note: text(LIMITS.flagNoteChars, 0).optional(),
      })
      .strict(),
    output: flagOut,
    errors: ['not_found', 'forbidden'],
  },
  'flag:list': {
    summary:
      'Unresolved flags, most severe and oldest first. Also pushed live as flag:alert and flag:updated.',
    roles: ['moderator'],
    input: z.object({}).strict(),
    output: z.object({ flags: z.array(flagViewSchema) }),
    errors: [],
  },
  'flag:acknowledge': {
    summary: 'Acknowledge a flag: stops re-alerting every moderator.',
    roles: ['moderator'],
    input: flagRef,
    output: flagOut,
    errors: ['not_found'],
  },
  'flag:note': {
    summary: 'Add a note to a flag (audited; never logged).',
    roles: ['moderator'],
    input: z.object({ flagId: idSchema, note: text(LIMITS.flagNoteChars) }).strict(),
    output: flagOut,
    errors: ['not_found'],
  },
  'flag:resolve': {
    summary: 'Resolve a flag with an outcome.',
    roles: ['moderator'],
    input: z
      .object({
        flagId: idSchema,
        outcome: flagOutcomeSchema,
        note: text(LIMITS.flagNoteChars, 0).optional(),
      })
      .strict(),
    output: flagOut,
    errors: ['not_found'],
  },
  'flag:open-conversation': {
    summary:
      'Read a flagged chat: transcript and the words that raised each flag. Audited as content access.',
    roles: ['moderator'],
    input: flagRef,
    output: z.object({
      flag: flagViewSchema,
      reasons: z.array(z.object({ rule: z.string(), match: z.string() })),
      peerPseudonym: z.string().nullable(),
      messages: z.array(messageSchema),
    }),
    errors: ['not_found'],
  },
  'conversation:join': {
    summary:
      'A moderator joins a chat, visible to both participants (audited); they then receive and may send messages.',
    roles: ['moderator'],
    input: z.object({ conversationId: idSchema }).strict(),
    output: z.object({ joined: z.boolean() }),
    errors: ['not_found', 'conversation_ended'],
  },
  'safety:resources': {
    summary: 'Crisis resources for a locale (falls back to the default locale).',
    roles: ['peer', 'supporter', 'moderator'],
    input: z.object({ locale: z.string().max(20).optional() }).strict(),
    output: z.object({ resources: crisisResourcesSchema }),
    errors: [],
  },
} as const;

export const safetyServerEvents = {
  'flag:alert': {
    summary:
      'To moderators: a new or still-unacknowledged flag (sent again on every connect until acknowledged).',
    payload: flagOut,
  },
  'flag:updated': {
    summary:
      'A flag was acknowledged, noted or resolved. To moderators: their view (`view: "moderator"`). To the supporter holding the chat: the view for the protocol card (`view: "supporter"`), never the notes. Never to a peer.',
    // Tagged, so each screen keeps only the view meant for it and the two never blur.
    payload: z.discriminatedUnion('view', [
      z.object({ view: z.literal('moderator'), flag: flagViewSchema }),
      z.object({ view: z.literal('supporter'), flag: supporterFlagSchema }),
    ]),
  },
  'flag:raised': {
    summary: 'To the supporter in the chat: a flag on this chat, for the protocol card.',
    payload: z.object({ flag: supporterFlagSchema }),
  },
  'safety:resources': {
    summary: 'To the peer: crisis resources to show now (after a high or imminent risk).',
    payload: z.object({ resources: crisisResourcesSchema, level: flagLevelSchema }),
  },
  'conversation:participant': {
    summary: 'To everyone in a chat: a moderator joined it.',
    payload: z.object({ conversationId: idSchema, role: z.literal('moderator'), name: z.string() }),
  },
} as const;
