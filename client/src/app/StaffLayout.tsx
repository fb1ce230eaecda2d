import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../lib/store';
import { ConnectionBanner } from '../features/connection/ConnectionBanner';
import { LanguageSwitcher } from '../features/language/LanguageSwitcher';
import { signOut } from '../features/session/session';
import { sessionStore } from '../features/session/sessionStore';
import { Announcer } from '../ui/Announcer';

/** Header and frame shared by the supporter console and the moderator screen. */
export function StaffLayout({
  roleLabel,
  account = true,
  children,
}: {
  roleLabel: string;
  /** Show who is signed in and the sign-out button (not on the registration screen). */
  account?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const identity = useStore(sessionStore, (s) => s.identity);
  const signedIn = useStore(sessionStore, (s) => s.phase === 'active');
  return (
    <div className="shell shell--staff">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <p className="brand">
          {t('app.name')} <span className="brand__role">{roleLabel}</span>
        </p>
        <div className="topbar__actions">
          {account && identity?.displayName && (
            <span className="topbar__who">{identity.displayName}</span>
          )}
          <LanguageSwitcher />
          {account && signedIn && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => void signOut()}
            >
              {t('auth.signOut')}
            </button>
          )}
        </div>
      </header>
      <ConnectionBanner />
      <Announcer />
      <main id="main" className="main main--wide" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
