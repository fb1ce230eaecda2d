import { useTranslation } from 'react-i18next';
import { SignInForm } from '../features/auth/SignInForm';
import { ChatTabs } from '../features/chat/ChatTabs';
import { SupporterChat } from '../features/chat/SupporterChat';
import { useUnreadTitle } from '../features/chat/useUnreadTitle';
import { QueuePanel } from '../features/queue/QueuePanel';
import { ShiftControls } from '../features/shift/ShiftControls';
import { StaffLayout } from './StaffLayout';
import { useStaffSession } from './useStaffSession';

function SupporterConsole() {
  const { t } = useTranslation();
  useUnreadTitle(t('title.supporter'));
  return (
    <div className="console">
      <h1 className="visually-hidden">{t('supporter.heading')}</h1>
      <aside className="console__side">
        <ShiftControls />
        <QueuePanel canAccept />
      </aside>
      <div className="console__main">
        <section className="panel chats" aria-labelledby="chats-heading">
          <h2 id="chats-heading" className="visually-hidden">
            {t('tabs.heading')}
          </h2>
          <ChatTabs
            side="supporter"
            label={t('tabs.heading')}
            empty={<p className="chats__empty">{t('tabs.none')}</p>}
            renderChat={(id) => <SupporterChat key={id} conversationId={id} />}
          />
        </section>
      </div>
    </div>
  );
}

export function SupporterApp() {
  const { t } = useTranslation();
  const session = useStaffSession('supporter');
  return (
    <StaffLayout roleLabel={t('roles.supporter')}>
      {session.phase === 'signed-out' ? (
        <SignInForm heading={t('auth.supporterHeading')} />
      ) : (
        <SupporterConsole />
      )}
    </StaffLayout>
  );
}
