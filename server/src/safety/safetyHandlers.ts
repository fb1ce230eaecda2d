import { toMessageView, participantIds } from '../conversations/conversationsService.js';
import type { Notifier } from '../realtime/notifier.js';
import type { HandlerGroup } from '../realtime/types.js';
import type { CrisisResourceCatalog } from './crisisResources.js';
import type { FlagDispatch } from './flagDispatch.js';
import type { SafetyService } from './safetyService.js';

export function safetyHandlers(deps: {
  safety: SafetyService;
  dispatch: FlagDispatch;
  notifier: Notifier;
  resources: CrisisResourceCatalog;
}): HandlerGroup<
  | 'flag:raise'
  | 'flag:list'
  | 'flag:acknowledge'
  | 'flag:note'
  | 'flag:resolve'
  | 'flag:open-conversation'
  | 'conversation:join'
  | 'safety:resources'
> {
  const { safety, dispatch, notifier, resources } = deps;
  return {
    'flag:raise': async (input, { identity }) => {
      const { flag, conversation } = await safety.raiseByHand(identity, input);
      await dispatch.raised(flag, { locale: conversation.language });
      return { flag: await dispatch.view(flag) };
    },
    'flag:list': async () => {
      const flags = await safety.unresolved();
      return { flags: await Promise.all(flags.map((f) => dispatch.view(f))) };
    },
    'flag:acknowledge': async (input, { identity }) => {
      const flag = await safety.acknowledge(identity, input.flagId);
      await dispatch.updated(flag);
      return { flag: await dispatch.view(flag) };
    },
    'flag:note': async (input, { identity }) => {
      const flag = await safety.addNote(identity, input.flagId, input.note);
      await dispatch.updated(flag);
      return { flag: await dispatch.view(flag, true) };
    },
    'flag:resolve': async (input, { identity }) => {
      const flag = await safety.resolve(identity, input);
      await dispatch.updated(flag);
      return { flag: await dispatch.view(flag, true) };
    },
    'flag:open-conversation': async (input, { identity }) => {
      const { flag, messages, peerPseudonym } = await safety.open(identity, input.flagId);
      return {
        flag: await dispatch.view(flag, true),
        reasons: flag.reasons,
        peerPseudonym,
        messages: messages.map(toMessageView),
      };
    },
    'conversation:join': async (input, { identity }) => {
      const conversation = await safety.join(identity, input.conversationId);
      notifier.toUsers(participantIds(conversation), 'conversation:participant', {
        conversationId: conversation.id,
        role: 'moderator',
        name: identity.displayName ?? '',
      });
      return { joined: true };
    },
    'safety:resources': (input) =>
      Promise.resolve({ resources: resources.forLocale(input.locale) }),
  };
}
