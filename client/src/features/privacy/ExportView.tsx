import { useTranslation } from 'react-i18next';
import { MessageBody } from '../chat/MessageBody';
import type { ExportFile } from './exportFile';

function When({ at }: { at: number }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={new Date(at).toISOString()}>
      {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        at,
      )}
    </time>
  );
}

/** The export as a file to keep, and as a page to read: every chat with every message. */
export function ExportView({ file }: { file: ExportFile }) {
  const { t } = useTranslation();
  const { data } = file;
  return (
    <div className="export" data-testid="export">
      <p>
        {t('privacy.exportedAt')} <When at={data.exportedAt} />
      </p>
      <a
        className="button button--primary"
        href={file.url}
        download={file.name}
        data-testid="download-export"
      >
        {t('privacy.download')}
      </a>
      {data.conversations.length === 0 ? (
        <p className="hint">{t('privacy.noChats')}</p>
      ) : (
        <ol className="export__chats">
          {data.conversations.map(({ conversation, messages }) => (
            <li key={conversation.id} className="export__chat" data-testid="export-chat">
              <h3>
                {t('privacy.chatWith')} <span dir="auto">{conversation.supporterName}</span>
              </h3>
              <p className="hint">
                <When at={conversation.startedAt} />
                {conversation.endedAt !== null && (
                  <>
                    {' – '}
                    <When at={conversation.endedAt} />
                  </>
                )}
              </p>
              {messages.length === 0 ? (
                <p className="hint">{t('privacy.noMessages')}</p>
              ) : (
                <ol className="message-list export__messages">
                  {messages.map((m) => (
                    <li
                      key={m.seq}
                      className={`message message--transcript${m.from === 'peer' ? ' message--own' : ''}${m.from === 'moderator' ? ' message--moderator' : ''}`}
                    >
                      <p className="message__author">
                        <span dir="auto">{m.from === 'peer' ? t('chat.you') : m.authorName}</span>
                        {m.from === 'moderator' && (
                          <span className="message__role">{t('chat.moderatorRole')}</span>
                        )}
                      </p>
                      <MessageBody body={m.body} />
                      <p className="message__meta">
                        <When at={m.sentAt} />
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
