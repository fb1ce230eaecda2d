import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { useLanguageName, useTopicLabel } from '../../ui/labels';
import { isolate } from '../../ui/isolate';
import { ProtocolCards } from '../safety/ProtocolCard';
import { useRaiseConcern } from '../safety/useRaiseConcern';
import { forgetChatFlags } from '../safety/supporterFlagsStore';
import { chatStore, removeChat } from './chatStore';
import { ChatView } from './ChatView';

export function SupporterChat({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  const languageName = useLanguageName();
  const conversation = useStore(chatStore, (s) => s.chats[conversationId]?.conversation);
  const active = conversation?.status === 'active';
  const concern = useRaiseConcern(conversationId, active);
  if (!conversation) return null;
  const endedBy =
    conversation.endedBy === 'supporter'
      ? 'you'
      : conversation.endedBy === 'peer'
        ? 'peer'
        : 'system';
  return (
    <ChatView
      conversationId={conversationId}
      side="supporter"
      inView
      heading={
        <h2 className="chat__heading" dir="auto">
          {t('supporterChat.heading', { name: isolate(conversation.peerPseudonym) })}
        </h2>
      }
      details={
        <p className="hint">
          {languageName(conversation.language)}
          {conversation.topics.length > 0 && (
            <> · {conversation.topics.map(topicLabel).join(', ')}</>
          )}
        </p>
      }
      actions={concern.button}
      notices={
        <>
          <ProtocolCards conversationId={conversationId} language={conversation.language} />
          {concern.panel}
        </>
      }
      ended={
        <div className="chat-ended" data-testid="chat-ended">
          <p>
            {t(`supporterChat.endedBy.${endedBy}`, { name: isolate(conversation.peerPseudonym) })}
          </p>
          <p className="hint">{t('supporterChat.afterCare')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              removeChat(conversationId);
              forgetChatFlags(conversationId);
            }}
          >
            {t('supporterChat.close')}
          </button>
        </div>
      }
    />
  );
}
