import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../lib/store';
import { chatStore } from '../features/chat/chatStore';
import { ConsentScreen } from '../features/peer/ConsentScreen';
import { EndedScreen } from '../features/peer/EndedScreen';
import { HelpPanel } from '../features/peer/HelpPanel';
import { JoinForm } from '../features/peer/JoinForm';
import { PeerChatScreen } from '../features/peer/PeerChatScreen';
import { peerStage } from '../features/peer/peerStage';
import { peerStore } from '../features/peer/peerStore';
import { QuickExitButton } from '../features/peer/QuickExitButton';
import { WaitingScreen } from '../features/peer/WaitingScreen';
import { YourDataScreen } from '../features/privacy/YourDataScreen';
import { closeSession, openPeerSession } from '../features/session/session';
import { sessionStore } from '../features/session/sessionStore';
import { PeerLayout } from './PeerLayout';

function PeerScreen() {
  const { t } = useTranslation();
  const peer = useStore(peerStore, (s) => s);
  const chats = useStore(chatStore, (s) => s);
  const failed = useStore(sessionStore, (s) => s.failed);
  const stage = peerStage(peer, chats);
  if (peer.screen === 'data') return <YourDataScreen />;
  if (failed) {
    return (
      <section className="screen">
        <h1 className="screen-heading">{t('peer.failedHeading')}</h1>
        <p>{t('peer.failed')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            openPeerSession();
          }}
        >
          {t('common.tryAgain')}
        </button>
      </section>
    );
  }
  switch (stage.name) {
    case 'loading':
      return (
        <p className="screen loading" role="status">
          {t('peer.loading')}
        </p>
      );
    case 'consent':
      return <ConsentScreen />;
    case 'details':
      return <JoinForm />;
    case 'waiting':
      return <WaitingScreen />;
    case 'chat':
      return <PeerChatScreen conversationId={stage.conversationId} />;
    case 'ended':
      return <EndedScreen conversationId={stage.conversationId} />;
  }
}

/** The peer's side: one calm column, quick exit always in reach. */
export function PeerApp() {
  const exiting = useStore(peerStore, (s) => s.exiting);
  useEffect(() => {
    openPeerSession();
    return closeSession;
  }, []);
  // Quick exit: nothing of the conversation stays on screen while the next page loads.
  if (exiting) return null;
  return (
    <PeerLayout quickExit={<QuickExitButton />}>
      <HelpPanel />
      <PeerScreen />
    </PeerLayout>
  );
}
