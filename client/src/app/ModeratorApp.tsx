import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from '../features/auth/SignInForm';
import { ModeratorDashboard } from '../features/moderation/ModeratorDashboard';
import { StaffLayout } from './StaffLayout';
import { useStaffSession } from './useStaffSession';

export function ModeratorApp() {
  const { t } = useTranslation();
  const session = useStaffSession('moderator');
  const title = t('title.moderator');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <StaffLayout roleLabel={t('roles.moderator')}>
      {session.phase === 'signed-out' ? (
        <SignInForm heading={t('auth.moderatorHeading')} />
      ) : (
        <>
          <h1 className="screen-heading">{t('moderator.heading')}</h1>
          {/* The safety-flags panel plugs in here when that feature lands. */}
          <ModeratorDashboard flagsPanel={null} />
        </>
      )}
    </StaffLayout>
  );
}
