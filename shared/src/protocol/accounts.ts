import { z } from 'zod';
import { idSchema, LIMITS, timestampSchema } from './common.js';
import { topicSchema } from './queue.js';

export const accountRoleSchema = z.enum(['supporter', 'moderator']);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export const usernameSchema = z
  .string()
  .min(3)
  .max(LIMITS.usernameChars)
  .regex(/^[a-z0-9._-]+$/, 'lowercase letters, digits, dot, dash and underscore');

export const passwordSchema = z.string().min(LIMITS.passwordMinChars).max(LIMITS.passwordMaxChars);

export const accountViewSchema = z.object({
  id: idSchema,
  username: usernameSchema,
  displayName: z.string(),
  role: accountRoleSchema,
  experience: z.array(topicSchema),
  disabled: z.boolean(),
  createdAt: timestampSchema,
});
export type AccountView = z.infer<typeof accountViewSchema>;

// HTTP bodies (auth happens over HTTP; the socket handshake then carries the token).
export const loginBodySchema = z
  .object({ username: usernameSchema, password: passwordSchema })
  .strict();
export const registerBodySchema = z
  .object({
    invite: z.string().min(16).max(200),
    username: usernameSchema,
    displayName: z.string().trim().min(1).max(LIMITS.displayNameChars),
    password: passwordSchema,
    experience: z.array(topicSchema).max(LIMITS.topicsPerRequest).default([]),
  })
  .strict();
export const sessionResponseSchema = z.object({
  token: z.string(),
  identity: z.object({
    id: idSchema,
    role: z.enum(['peer', 'supporter', 'moderator']),
    displayName: z.string().optional(),
  }),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const accountEvents = {
  'account:invite': {
    summary: 'Create a single-use invite link for a new supporter (or moderator).',
    roles: ['moderator'],
    input: z.object({ role: accountRoleSchema.default('supporter') }).strict(),
    output: z.object({ inviteUrl: z.string(), expiresAt: timestampSchema }),
    errors: [],
  },
  'account:list': {
    summary: 'All supporter and moderator accounts.',
    roles: ['moderator'],
    input: z.object({}).strict(),
    output: z.object({ accounts: z.array(accountViewSchema) }),
    errors: [],
  },
  'account:set-disabled': {
    summary:
      'Disable (or re-enable) an account; a disabled account is signed out everywhere at once.',
    roles: ['moderator'],
    input: z.object({ accountId: idSchema, disabled: z.boolean() }).strict(),
    output: z.object({ account: accountViewSchema }),
    errors: ['not_found', 'forbidden'],
  },
} as const;
