import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { isolate } from '../../ui/isolate';
import { chatStore } from '../chat/chatStore';
import { ChatView } from '../chat/ChatView';
import { peerStore, setDraftFocused } from './peerStore';

export function PeerChatScreen({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const supporterName = useStore(
    chatStore,
    (s) => s.chats[conversationId]?.conversation.supporterName ?? '',
  );
  // Someone typing their first message when the chat opens keeps typing, in the chat's composer.
  const [wasTyping] = useState(() => peerStore.get().draftFocused);
  useEffect(() => {
    // The waiting draft is gone; a removed element does not always report its blur.
    setDraftFocused(false);
  }, []);
  return (
    <section className="screen screen--chat" aria-labelledby="chat-heading">
      <ChatView
        conversationId={conversationId}
        side="peer"
        inView
        heading={
          <ScreenHeading id="chat-heading" takeFocus={!wasTyping}>
            {t('peerChat.heading', { name: isolate(supporterName) })}
          </ScreenHeading>
        }
        details={<p className="hint">{t('peerChat.intro')}</p>}
        focusComposer={wasTyping}
      />
    </section>
  );
}
