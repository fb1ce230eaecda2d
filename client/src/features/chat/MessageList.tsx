import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../ui/isolate';
import type { ChatEntry } from './chatStore';
import { MessageItem } from './MessageItem';
import type { Side } from './messageList';

// Within this distance of the bottom we follow new messages; further up, the reader is
// looking back and we leave the scroll position alone.
const STICK_THRESHOLD_PX = 120;

export function MessageList({ entry, side, name }: { entry: ChatEntry; side: Side; name: string }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const count = entry.messages.length;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <div
      ref={scroller}
      className="message-log"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={t('chat.logLabel', { name: isolate(name) })}
      // Scrollable regions must be reachable by keyboard.
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_THRESHOLD_PX;
      }}
    >
      {count === 0 ? (
        <p className="message-log__empty">{t('chat.empty')}</p>
      ) : (
        <ol className="message-list">
          {entry.messages.map((m) => (
            // clientId, not seq: a pending message keeps its element when it is confirmed.
            <MessageItem
              key={m.clientId}
              message={m}
              side={side}
              receipts={entry.conversation.receipts}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
