import { z } from 'zod';
import { idSchema, LIMITS, timestampSchema } from './common.js';

/** ending: takes no new chats and closes itself when its last chat ends. */
export const shiftStatusSchema = z.enum(['active', 'paused', 'ending']);
export type ShiftStatus = z.infer<typeof shiftStatusSchema>;

export const capacitySchema = z.number().int().min(LIMITS.minCapacity).max(LIMITS.maxCapacity);

export const shiftSchema = z.object({
  supporterId: idSchema,
  status: shiftStatusSchema,
  capacity: capacitySchema,
  startedAt: timestampSchema,
  activeChats: z.number().int().nonnegative(),
});
export type Shift = z.infer<typeof shiftSchema>;

const shiftOutput = z.object({ shift: shiftSchema.nullable() });

export const shiftEvents = {
  'shift:start': {
    summary: 'Go on shift with a capacity of 1–5 concurrent chats (or change the capacity).',
    roles: ['supporter'],
    input: z.object({ capacity: capacitySchema }).strict(),
    output: z.object({ shift: shiftSchema }),
    errors: [],
  },
  'shift:pause': {
    summary: 'Take a break: no new chats are offered; current chats continue.',
    roles: ['supporter'],
    input: z.object({}).strict(),
    output: shiftOutput,
    errors: ['not_on_shift'],
  },
  'shift:resume': {
    summary: 'Come back from a break.',
    roles: ['supporter'],
    input: z.object({}).strict(),
    output: shiftOutput,
    errors: ['not_on_shift'],
  },
  'shift:end': {
    summary:
      'End the shift. With chats still open the shift stops taking new ones and ends with its last chat.',
    roles: ['supporter'],
    input: z.object({}).strict(),
    output: shiftOutput,
    errors: ['not_on_shift'],
  },
} as const;

export const shiftServerEvents = {
  'shift:updated': {
    summary: 'To the supporter: their shift changed (null once it has ended).',
    payload: shiftOutput,
  },
} as const;
