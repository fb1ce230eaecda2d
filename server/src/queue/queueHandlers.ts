import { DomainError } from '@alongside/shared';
import { toConversationView, participantIds } from '../conversations/conversationsService.js';
import type { Notifier } from '../realtime/notifier.js';
import type { HandlerGroup } from '../realtime/types.js';
import type { ShiftsService } from '../shifts/shiftsService.js';
import type { QueueBroadcaster } from './queueBroadcaster.js';
import { toEntryView, type QueueService } from './queueService.js';

export interface QueueHooks {
  /** Lets the safety feature assess a waiting peer's note. */
  afterJoin?: (entry: Parameters<typeof toEntryView>[0]) => Promise<void>;
}

export function queueHandlers(deps: {
  queue: QueueService;
  shifts: ShiftsService;
  broadcaster: QueueBroadcaster;
  notifier: Notifier;
  hooks?: QueueHooks;
}): HandlerGroup<'queue:join' | 'queue:leave' | 'queue:list' | 'queue:accept'> {
  const { queue, shifts, broadcaster, notifier } = deps;
  return {
    'queue:join': async (input, { identity }) => {
      const entry = await queue.join(identity.id, input);
      await deps.hooks?.afterJoin?.(entry);
      const statuses = await queue.statuses();
      const status = statuses.get(entry.id)?.status;
      if (!status)
        throw new DomainError('already_taken', 'You were matched with a supporter already.');
      broadcaster.schedule();
      return { entry: toEntryView(entry), status };
    },
    'queue:leave': async (_input, { identity }) => {
      const left = await queue.leave(identity.id);
      if (left) broadcaster.schedule();
      return { left: left !== null };
    },
    'queue:list': async (_input, { identity }) => {
      // Pseudonyms and notes are for people who can act on them: supporters on shift.
      if (identity.role === 'supporter' && !(await shifts.current(identity.id))) {
        throw new DomainError('not_on_shift');
      }
      return { entries: (await queue.list()).map(toEntryView) };
    },
    'queue:accept': async (input, { identity }) => {
      const { conversation } = await queue.accept(identity, input.entryId);
      const view = toConversationView(conversation);
      notifier.toUsers(participantIds(conversation), 'conversation:opened', { conversation: view });
      notifier.toUsers([identity.id], 'shift:updated', {
        shift: await shifts.current(identity.id),
      });
      broadcaster.schedule();
      return { conversation: view };
    },
  };
}
