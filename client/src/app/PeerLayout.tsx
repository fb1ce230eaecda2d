import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from '../features/connection/ConnectionBanner';
import { LanguageSwitcher } from '../features/language/LanguageSwitcher';
import { PeerHelpBar } from '../features/peer/PeerHelpBar';

export function PeerLayout({ quickExit, children }: { quickExit: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell shell--peer">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__row">
          <p className="brand">{t('app.name')}</p>
          <div className="topbar__actions">
            <LanguageSwitcher compact />
            {quickExit}
          </div>
        </div>
        <PeerHelpBar />
      </header>
      <ConnectionBanner />
      <main id="main" className="main main--narrow" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
