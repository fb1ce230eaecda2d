import type { Receipts } from '@alongside/shared';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../i18n/errorKey';
import { TimeStamp } from '../../ui/TimeStamp';
import { MessageBody } from './MessageBody';
import { deliveryState, type ChatMessage, type Side } from './messageList';
import { retryMessage } from './outbox';

export function MessageItem({
  message,
  side,
  receipts,
}: {
  message: ChatMessage;
  side: Side;
  receipts: Receipts;
}) {
  const { t } = useTranslation();
  const own = message.from === side;
  const state = own ? deliveryState(message, side, receipts) : undefined;
  const kind = message.from === 'system' ? 'system' : own ? 'own' : 'theirs';
  // A moderator's words look different for everyone, so nobody mistakes who is speaking.
  const fromModerator = message.from === 'moderator';
  return (
    <li
      data-testid="message"
      data-seq={message.seq ?? undefined}
      data-from={message.from}
      data-state={state}
      className={`message message--${kind} message--from-${message.from}${fromModerator ? ' message--moderator' : ''}`}
    >
      {kind !== 'system' && (
        <p className="message__author">
          <span dir="auto">{own ? t('chat.you') : message.authorName}</span>
          {fromModerator && <span className="message__role">{t('chat.moderatorRole')}</span>}
        </p>
      )}
      <MessageBody body={message.body} />
      <p className="message__meta">
        <TimeStamp at={message.sentAt} />
        {state && (
          <span className={`message__state message__state--${state}`}>
            {t(`chat.delivery.${state}`)}
          </span>
        )}
      </p>
      {message.state === 'failed' && (
        <p className="message__failed">
          {message.errorCode && <span>{t(errorKey(message.errorCode))} </span>}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              retryMessage(message.conversationId, message.clientId);
            }}
          >
            {t('chat.retry')}
          </button>
        </p>
      )}
    </li>
  );
}
