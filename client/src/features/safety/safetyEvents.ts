import { i18n } from '../../i18n/i18n';
import { onServerEvent } from '../../lib/socket';
import { announce } from '../../ui/Announcer';
import { isolate } from '../../ui/isolate';
import { getChat } from '../chat/chatStore';
import { addSupporterFlag } from './supporterFlagsStore';

/** A flag on one of the supporter's chats: the protocol card and the tab marker follow. */
export function subscribeSafetyEvents(): () => void {
  return onServerEvent('flag:raised', ({ flag }) => {
    addSupporterFlag(flag);
    const name = getChat(flag.conversationId)?.conversation.peerPseudonym ?? '';
    announce(
      i18n.t('protocol.announce', {
        name: isolate(name),
        level: i18n.t(`flags.level.${flag.level}`),
      }),
    );
  });
}
