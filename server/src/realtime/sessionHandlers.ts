import {
  toConversationView,
  type ConversationsService,
} from '../conversations/conversationsService.js';
import { toEntryView, type QueueService } from '../queue/queueService.js';
import type { ShiftsService } from '../shifts/shiftsService.js';
import type { Store } from '../store/types.js';
import type { HandlerGroup } from './types.js';

export function sessionHandlers(deps: {
  store: Store;
  queue: QueueService;
  shifts: ShiftsService;
  conversations: ConversationsService;
}): HandlerGroup<'session:resume'> {
  const { store, queue, shifts, conversations } = deps;
  return {
    'session:resume': async (_input, { identity }) => {
      let queued = null;
      if (identity.role === 'peer') {
        const entry = await store.getQueueEntryForPeer(identity.id);
        const status = entry && (await queue.statuses()).get(entry.id)?.status;
        if (entry && status) queued = { entry: toEntryView(entry), status };
      }
      return {
        identity,
        queue: queued,
        shift: identity.role === 'supporter' ? await shifts.current(identity.id) : null,
        conversations: (await conversations.activeFor(identity)).map(toConversationView),
        consentVersion:
          identity.role === 'peer'
            ? ((await store.getPeer(identity.id))?.consentVersion ?? null)
            : null,
      };
    },
  };
}
