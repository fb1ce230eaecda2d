import { i18n } from '../../i18n/i18n';
import { onServerEvent } from '../../lib/socket';
import { announce } from '../../ui/Announcer';
import { isolate } from '../../ui/isolate';
import { getChat } from '../chat/chatStore';
import { addSupporterFlag, updateSupporterFlagStatus } from './supporterFlagsStore';

function peerName(conversationId: string): string {
  return isolate(getChat(conversationId)?.conversation.peerPseudonym ?? '');
}

/** A flag on one of the supporter's chats: the protocol card and the tab marker follow. */
export function subscribeSafetyEvents(): () => void {
  const offs = [
    onServerEvent('flag:raised', ({ flag }) => {
      addSupporterFlag(flag);
      announce(
        i18n.t('protocol.announce', {
          name: peerName(flag.conversationId),
          level: i18n.t(`flags.level.${flag.level}`),
        }),
      );
    }),
    // A moderator picked the flag up or closed it: the supporter is not left wondering.
    onServerEvent('flag:updated', (update) => {
      if (update.view !== 'supporter') return;
      const { flag } = update;
      if (!updateSupporterFlagStatus(flag) || flag.status === 'open') return;
      announce(
        i18n.t(`protocol.statusAnnounce.${flag.status}`, {
          name: peerName(flag.conversationId),
        }),
      );
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
