import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { chatStore } from './chatStore';
import { SupporterChat } from './SupporterChat';
import { selectTab, tabsStore } from './tabsStore';
import { unreadIn } from './unread';

function ChatTab({ conversationId, selected }: { conversationId: string; selected: boolean }) {
  const { t } = useTranslation();
  const entry = useStore(chatStore, (s) => s.chats[conversationId]);
  const unread = entry ? unreadIn(entry, 'supporter') : 0;
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
      onClick={() => {
        selectTab(conversationId);
      }}
    >
      <span className="chat-tab__name" dir="auto">
        {entry.conversation.peerPseudonym}
      </span>
      {ended && <span className="chat-tab__ended">{t('tabs.ended')}</span>}
      {unread > 0 && (
        <span className="badge badge--unread" aria-label={t('tabs.unread', { count: unread })}>
          {unread}
        </span>
      )}
      {entry.otherTyping && <span className="visually-hidden">{t('tabs.typing')}</span>}
    </button>
  );
}

/** Several chats at once, as tabs (ARIA tabs pattern: arrow keys move between them). */
export function ChatTabs() {
  const { t } = useTranslation();
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

  return (
    <section className="panel chats" aria-labelledby="chats-heading">
      <h2 id="chats-heading" className="visually-hidden">
        {t('tabs.heading')}
      </h2>
      {order.length === 0 ? (
        <p className="chats__empty">{t('tabs.none')}</p>
      ) : (
        <>
          <div
            ref={list}
            role="tablist"
            aria-label={t('tabs.heading')}
            className="chat-tabs"
            onKeyDown={onKeyDown}
          >
            {order.map((id) => (
              <ChatTab key={id} conversationId={id} selected={id === activeId} />
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
              <SupporterChat key={activeId} conversationId={activeId} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
