import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { parseRoute, useHash } from '../lib/hashRoute';
import { JoinApp } from './JoinApp';
import { ModeratorApp } from './ModeratorApp';
import { PeerApp } from './PeerApp';
import { SupporterApp } from './SupporterApp';

/** One screen per role, chosen by the hash: #/ peer, #/supporter, #/moderator, #/join/<invite>. */
export function App() {
  const route = parseRoute(useHash());
  const { t } = useTranslation();
  const peerTitle = t('title.peer');
  useEffect(() => {
    if (route.name === 'peer') document.title = peerTitle;
  }, [route.name, peerTitle]);
  switch (route.name) {
    case 'peer':
      return <PeerApp />;
    case 'supporter':
      return <SupporterApp />;
    case 'moderator':
      return <ModeratorApp />;
    case 'join':
      return <JoinApp key={route.invite} invite={route.invite} />;
  }
}
