import type { ParticipantRole } from '@alongside/shared';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { isolate } from '../../ui/isolate';
import { chatStore, setContactReminder, type ChatEntry } from './chatStore';
import { ChatTimer } from './ChatTimer';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import type { Side } from './messageList';
import { useReadTracking } from './readTracking';
import { useEndChat } from './useEndChat';

interface ChatViewProps {
  conversationId: string;
  side: Side;
  /** The chat is the one on screen (its tab is selected). */
  inView: boolean;
  heading: ReactNode;
  /** Extra details under the heading (e.g. the peer's topics for a supporter). */
  details?: ReactNode;
  /** More controls next to "End chat" (e.g. the supporter's "Raise a concern"). */
  actions?: ReactNode;
  /** Cards shown above the messages (e.g. a safety protocol card). */
  notices?: ReactNode;
  /** What to show once the chat has ended (who ended it, what next). */
  ended?: ReactNode;
  /** Put the cursor in the composer when the chat appears. */
  focusComposer?: boolean;
}

function useNameOf(entry: ChatEntry | undefined): (role: ParticipantRole) => string {
  const { t } = useTranslation();
  return (role) => {
    if (!entry) return '';
    switch (role) {
      case 'peer':
        return entry.conversation.peerPseudonym;
      case 'supporter':
        return entry.conversation.supporterName;
      case 'moderator':
        return entry.moderatorName ?? t('chat.aModerator');
      case 'system':
        return '';
    }
  };
}

function ModeratorNotice({ entry, side }: { entry: ChatEntry; side: Side }) {
  const { t } = useTranslation();
  if (!entry.conversation.moderatorJoined) return null;
  return (
    <p className="notice notice--info" role="status" data-testid="moderator-joined">
      {side === 'moderator'
        ? t('chat.youJoined')
        : entry.moderatorName
          ? t('chat.moderatorJoinedNamed', { name: isolate(entry.moderatorName) })
          : t('chat.moderatorJoined')}
    </p>
  );
}

/** One conversation: timer, messages with receipts, typing hint, composer, end. */
export function ChatView({
  conversationId,
  side,
  inView,
  heading,
  details,
  actions,
  notices,
  ended,
  focusComposer = false,
}: ChatViewProps) {
  const { t } = useTranslation();
  const entry = useStore(chatStore, (s) => s.chats[conversationId]);
  const nameOf = useNameOf(entry);
  const end = useEndChat(
    conversationId,
    side,
    (side === 'peer' ? entry?.conversation.supporterName : entry?.conversation.peerPseudonym) ?? '',
  );
  useReadTracking(conversationId, inView);
  const active = entry?.conversation.status === 'active';
  const endedRef = useRef<HTMLDivElement>(null);
  const wasActive = useRef(active);
  useEffect(() => {
    // When the chat ends, End chat and its question vanish with it, and focus would fall back
    // to the page itself: a keyboard or screen-reader user would lose their place.
    if (wasActive.current && !active) {
      const focused = document.activeElement;
      if (!focused || focused === document.body) endedRef.current?.focus();
    }
    wasActive.current = active;
  }, [active]);
  if (!entry) return null;
  const { conversation } = entry;
  // Ending is for the two participants; a moderator who joined cannot end the chat.
  const canEnd = active && side !== 'moderator';
  const logName =
    side === 'peer'
      ? conversation.supporterName
      : side === 'supporter'
        ? conversation.peerPseudonym
        : `${conversation.peerPseudonym}, ${conversation.supporterName}`;

  return (
    <div className="chat">
      <div className="chat__header">
        <div className="chat__title">
          {heading}
          {details}
        </div>
        {(Boolean(actions) || canEnd) && (
          <div className="chat__actions">
            {actions}
            {canEnd && end.button}
          </div>
        )}
      </div>
      {canEnd && end.panel}
      {active && (
        <ChatTimer
          startedAt={conversation.startedAt}
          limitMinutes={conversation.timeLimitMinutes}
          side={side}
        />
      )}
      <ModeratorNotice entry={entry} side={side} />
      {/* On wide screens the notices (e.g. a protocol card) sit beside the conversation, so
          the guidance stays in view while writing. */}
      <div className="chat__body">
        <div className="chat__aside">{notices}</div>
        <div className="chat__conversation">
          <MessageList entry={entry} side={side} name={logName} />
          <p className="typing" aria-hidden={!entry.typingFrom}>
            {entry.typingFrom ? t('chat.typing', { name: isolate(nameOf(entry.typingFrom)) }) : ''}
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
          {active ? (
            <Composer conversationId={conversationId} autoFocus={focusComposer} />
          ) : (
            <div ref={endedRef} tabIndex={-1} className="chat__ended">
              {ended}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
