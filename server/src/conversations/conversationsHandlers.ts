import type { Notifier } from '../realtime/notifier.js';
import type { HandlerGroup } from '../realtime/types.js';
import type { ShiftsService } from '../shifts/shiftsService.js';
import type { ConversationHeader, MessageRecord } from '../store/types.js';
import {
  participantIds,
  toConversationView,
  toMessageView,
  type ConversationsService,
} from './conversationsService.js';

export interface ConversationHooks {
  /**
   * Runs after a message is stored and delivered (and again on a resend): safety checks.
   * Returns a promise only when it has store work to wait for (a flag to raise).
   */
  afterMessage?: (
    conversation: ConversationHeader,
    message: MessageRecord,
    duplicate: boolean,
  ) => Promise<void> | undefined;
}

export function conversationsHandlers(deps: {
  conversations: ConversationsService;
  shifts: ShiftsService;
  notifier: Notifier;
  hooks?: ConversationHooks;
}): HandlerGroup<
  | 'conversation:send'
  | 'conversation:history'
  | 'conversation:receipt'
  | 'conversation:typing'
  | 'conversation:end'
> {
  const { conversations, shifts, notifier } = deps;
  return {
    'conversation:send': async (input, { identity }) => {
      const { conversation, message, duplicate } = await conversations.send(identity, input);
      const view = toMessageView(message);
      // A duplicate was already pushed when first stored; the ack alone answers the resend.
      if (!duplicate) {
        notifier.toUsers(participantIds(conversation), 'conversation:message', { message: view });
      }
      // The hooks run for a resend too: if they failed the first time (a store blip), the retry
      // is what gets the message assessed. They are idempotent.
      const pending = deps.hooks?.afterMessage?.(conversation, message, duplicate);
      if (pending) await pending;
      return { message: view, duplicate };
    },
    'conversation:history': async (input, { identity }) => {
      const { conversation, messages, hasMore } = await conversations.history(identity, input);
      return {
        conversation: toConversationView(conversation),
        messages: messages.map(toMessageView),
        hasMore,
      };
    },
    'conversation:receipt': async (input, { identity }) => {
      const { conversation, receipts } = await conversations.receipt(identity, input);
      notifier.toUsers(participantIds(conversation), 'conversation:receipts', {
        conversationId: conversation.id,
        receipts,
      });
      return { receipts };
    },
    'conversation:typing': async (input, { identity }) => {
      const { conversation, side } = await conversations.requireParticipant(
        identity,
        input.conversationId,
      );
      const others = participantIds(conversation).filter((id) => id !== identity.id);
      notifier.toUsers(others, 'conversation:typing', {
        conversationId: conversation.id,
        from: side,
        typing: input.typing,
      });
      return {};
    },
    'conversation:end': async (input, { identity }) => {
      const { conversation, changed } = await conversations.end(identity, input.conversationId);
      const view = toConversationView(conversation);
      if (changed) {
        notifier.toUsers(participantIds(conversation), 'conversation:ended', {
          conversation: view,
        });
        const shift = await shifts.closeIfIdle(conversation.supporterId);
        notifier.toUsers([conversation.supporterId], 'shift:updated', { shift });
      }
      return { conversation: view };
    },
  };
}
