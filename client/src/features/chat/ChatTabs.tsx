import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { useChatFlagLevel } from '../safety/supporterFlagsStore';
import { chatStore } from './chatStore';
import type { Side } from './messageList';
import { selectTab, tabsStore } from './tabsStore';
import { unreadIn } from './unread';

function ChatTab({
  conversationId,
  selected,
  side,
}: {
  conversationId: string;
  selected: boolean;
  side: Side;
}) {
  const { t } = useTranslation();
  const entry = useStore(chatStore, (s) => s.chats[conversationId]);
  const flagLevel = useChatFlagLevel(conversationId);
  const unread = entry ? unreadIn(entry, side) : 0;
  if (!entry) return null;
  const ended = entry.conversation.status === 'ended';
  return (
    <button
      type="button"
      role="tab"
      id={`tab-${conversationId}`}
      aria-selected={selected}
      aria-controls={`panel-${conversationId}`}
      tabIndex={selected ? 0 : -1}
      className={`chat-tab${selected ? ' chat-tab--selected' : ''}${ended ? ' chat-tab--ended' : ''}`}
      data-testid="chat-tab"
      data-unread={unread}
      data-flag={flagLevel ?? undefined}
      onClick={() => {
        selectTab(conversationId);
      }}
    >
      <span className="chat-tab__name" dir="auto">
        {entry.conversation.peerPseudonym}
      </span>
      {flagLevel && (
        <span
          className={`badge badge--flag badge--flag-${flagLevel}`}
          data-testid="tab-flag"
          aria-label={t('tabs.flagged', { level: t(`flags.level.${flagLevel}`) })}
        >
          {t(`flags.short.${flagLevel}`)}
        </span>
      )}
      {ended && <span className="chat-tab__ended">{t('tabs.ended')}</span>}
      {unread > 0 && (
        <span className="badge badge--unread" aria-label={t('tabs.unread', { count: unread })}>
          {unread}
        </span>
      )}
      {entry.typingFrom && <span className="visually-hidden">{t('tabs.typing')}</span>}
    </button>
  );
}

/**
 * Several chats at once, as tabs (ARIA tabs pattern: arrow keys move between them). Used by
 * supporters for the chats they hold and by moderators for the chats they joined.
 */
export function ChatTabs({
  side,
  label,
  empty,
  renderChat,
}: {
  side: Side;
  label: string;
  empty: ReactNode;
  renderChat: (conversationId: string) => ReactNode;
}) {
  const order = useStore(chatStore, (s) => s.order);
  const chosen = useStore(tabsStore, (s) => s.activeId);
  const list = useRef<HTMLDivElement>(null);
  const activeId = chosen && order.includes(chosen) ? chosen : (order[0] ?? null);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!activeId) return;
    const index = order.indexOf(activeId);
    const next =
      e.key === 'ArrowRight'
        ? order[(index + 1) % order.length]
        : e.key === 'ArrowLeft'
          ? order[(index - 1 + order.length) % order.length]
          : e.key === 'Home'
            ? order[0]
            : e.key === 'End'
              ? order[order.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    selectTab(next);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${CSS.escape(next)}`)?.focus();
  }

  if (order.length === 0) return <>{empty}</>;
  return (
    <>
      <div ref={list} role="tablist" aria-label={label} className="chat-tabs" onKeyDown={onKeyDown}>
        {order.map((id) => (
          <ChatTab key={id} conversationId={id} selected={id === activeId} side={side} />
        ))}
      </div>
      {/* Only the chat on screen is rendered; drafts live in the store, so nothing is lost. */}
      {activeId && (
        <div
          role="tabpanel"
          id={`panel-${activeId}`}
          aria-labelledby={`tab-${activeId}`}
          className="chat-panel"
        >
          {renderChat(activeId)}
        </div>
      )}
    </>
  );
}
