import { z } from 'zod';
import { CONSENT_VERSION, idSchema, timestampSchema } from './common.js';
import { conversationSchema, messageSchema } from './conversations.js';

export const auditRecordSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  actorId: z.string().nullable(),
  actorRole: z.enum(['peer', 'supporter', 'moderator', 'system']),
  action: z.string(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditRecordView = z.infer<typeof auditRecordSchema>;

export const peerExportSchema = z.object({
  exportedAt: timestampSchema,
  consentVersion: z.number().int().nullable(),
  conversations: z.array(
    z.object({ conversation: conversationSchema, messages: z.array(messageSchema) }),
  ),
});
export type PeerExport = z.infer<typeof peerExportSchema>;

export const privacyEvents = {
  'consent:accept': {
    summary: `Record that the peer read and accepted the plain-language consent (current version ${CONSENT_VERSION}). Required before queue:join.`,
    roles: ['peer'],
    input: z.object({ version: z.literal(CONSENT_VERSION) }).strict(),
    output: z.object({ consentVersion: z.number().int(), consentedAt: timestampSchema }),
    errors: [],
  },
  'privacy:export': {
    summary:
      'Everything kept about the peer: their chats with transcripts (JSON; the client also renders it as a page).',
    roles: ['peer'],
    input: z.object({}).strict(),
    output: peerExportSchema,
    errors: [],
  },
  'privacy:erase': {
    summary:
      'Erase the peer: transcripts, queue place and identity go; flags and audit records stay without the peer’s identity or words. The session ends.',
    roles: ['peer'],
    input: z.object({ confirm: z.literal(true) }).strict(),
    output: z.object({ erasedConversations: z.number().int().nonnegative() }),
    errors: [],
  },
  'audit:list': {
    summary: 'The append-only audit log, newest first, filterable by actor, action and target.',
    roles: ['moderator'],
    input: z
      .object({
        actorId: idSchema.optional(),
        action: z.string().max(60).optional(),
        targetId: idSchema.optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ records: z.array(auditRecordSchema) }),
    errors: [],
  },
} as const;
