import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAction } from '../../ui/useAction';
import { endChat } from './chatActions';
import { chatStore, setContactReminder } from './chatStore';
import { ChatTimer } from './ChatTimer';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import type { Side } from './messageList';
import { useReadTracking } from './readTracking';

interface ChatViewProps {
  conversationId: string;
  side: Side;
  /** The chat is the one on screen (its tab is selected). */
  inView: boolean;
  heading: ReactNode;
  /** Extra details under the heading (e.g. the peer's topics for a supporter). */
  details?: ReactNode;
  /** What to show once the chat has ended (who ended it, what next). */
  ended?: ReactNode;
  /** Put the cursor in the composer when the chat appears. */
  focusComposer?: boolean;
}

/** One conversation: timer, messages with receipts, typing hint, composer, end. */
export function ChatView({
  conversationId,
  side,
  inView,
  heading,
  details,
  ended,
  focusComposer = false,
}: ChatViewProps) {
  const { t } = useTranslation();
  const entry = useStore(chatStore, (s) => s.chats[conversationId]);
  const end = useAction(endChat);
  useReadTracking(conversationId, inView);
  if (!entry) return null;
  const { conversation } = entry;
  const active = conversation.status === 'active';
  const otherName = side === 'peer' ? conversation.supporterName : conversation.peerPseudonym;

  return (
    <div className="chat">
      <div className="chat__header">
        <div className="chat__title">
          {heading}
          {details}
        </div>
        {active && (
          <button
            type="button"
            className="button button--quiet"
            data-testid="end-chat"
            disabled={end.pending}
            onClick={() => void end.run(conversationId)}
          >
            {t('chat.end')}
          </button>
        )}
      </div>
      {active && (
        <ChatTimer
          startedAt={conversation.startedAt}
          limitMinutes={conversation.timeLimitMinutes}
          side={side}
        />
      )}
      {conversation.moderatorJoined && (
        <p className="notice notice--info">{t('chat.moderatorJoined')}</p>
      )}
      <ErrorNotice error={end.error} />
      <MessageList entry={entry} side={side} name={otherName} />
      <p className="typing" aria-hidden={!entry.otherTyping}>
        {entry.otherTyping ? t('chat.typing', { name: otherName }) : ''}
      </p>
      {entry.contactReminder && (
        <div className="notice notice--info contact-reminder" role="status">
          <p>{t('chat.contactReminder')}</p>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setContactReminder(conversationId, false);
            }}
          >
            {t('chat.dismiss')}
          </button>
        </div>
      )}
      {active ? <Composer conversationId={conversationId} autoFocus={focusComposer} /> : ended}
    </div>
  );
}
