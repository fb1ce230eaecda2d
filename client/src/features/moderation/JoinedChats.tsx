import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { chatStore, removeChat } from '../chat/chatStore';
import { ChatTabs } from '../chat/ChatTabs';
import { ChatView } from '../chat/ChatView';
import { forgetJoined } from '../flags/joinedChats';
import { useRaiseConcern } from '../safety/useRaiseConcern';

function JoinedChat({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const conversation = useStore(chatStore, (s) => s.chats[conversationId]?.conversation);
  const concern = useRaiseConcern(conversationId, conversation?.status === 'active');
  if (!conversation) return null;
  return (
    <ChatView
      conversationId={conversationId}
      side="moderator"
      inView
      actions={concern.button}
      notices={concern.panel}
      heading={
        <h3 className="chat__heading">
          <span dir="auto">{conversation.peerPseudonym}</span>
          {' · '}
          <span dir="auto">{conversation.supporterName}</span>
        </h3>
      }
      ended={
        <div className="chat-ended" data-testid="chat-ended">
          <p>{t('joined.ended')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              removeChat(conversationId);
              forgetJoined(conversationId);
            }}
          >
            {t('joined.close')}
          </button>
        </div>
      }
    />
  );
}

/** Chats this moderator joined: they read along and may write, visibly to both people. */
export function JoinedChats() {
  const { t } = useTranslation();
  return (
    <section className="panel chats" aria-labelledby="joined-heading" data-testid="joined-chats">
      <h2 id="joined-heading">{t('joined.heading')}</h2>
      <ChatTabs
        side="moderator"
        label={t('joined.heading')}
        empty={<p className="chats__empty">{t('joined.none')}</p>}
        renderChat={(id) => <JoinedChat key={id} conversationId={id} />}
      />
    </section>
  );
}
