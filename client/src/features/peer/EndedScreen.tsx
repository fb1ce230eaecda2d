import type { Conversation } from '@alongside/shared';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { isolate } from '../../ui/isolate';
import { chatStore } from '../chat/chatStore';
import { MessageList } from '../chat/MessageList';
import { ResourceList } from '../resources/ResourceList';
import { startAgain } from './peerActions';

function EndedBy({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  switch (conversation.endedBy) {
    case 'peer':
      return <p>{t('ended.byYou')}</p>;
    case 'supporter':
    case 'moderator':
      return <p>{t('ended.byOther', { name: isolate(conversation.supporterName) })}</p>;
    case 'system':
    case null:
      return <p>{t('ended.bySystem')}</p>;
  }
}

export function EndedScreen({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const entry = useStore(chatStore, (s) => s.chats[conversationId]);
  if (!entry) return null;
  const { conversation } = entry;
  return (
    <section className="screen" aria-labelledby="ended-heading" data-testid="chat-ended">
      <ScreenHeading id="ended-heading">{t('ended.heading')}</ScreenHeading>
      <EndedBy conversation={conversation} />
      <p className="lead">{t('ended.thanks')}</p>
      {entry.messages.length > 0 && (
        <details className="transcript">
          <summary>{t('ended.readBack')}</summary>
          <MessageList entry={entry} side="peer" name={conversation.supporterName} />
        </details>
      )}
      <ResourceList />
      <button
        type="button"
        className="button button--primary button--wide"
        onClick={() => {
          startAgain(conversationId);
        }}
      >
        {t('ended.again')}
      </button>
    </section>
  );
}
