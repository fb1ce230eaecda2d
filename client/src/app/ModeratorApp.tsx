import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from '../features/auth/SignInForm';
import { useFlagTitle } from '../features/flags/FlagsPanel';
import { ModeratorDashboard } from '../features/moderation/ModeratorDashboard';
import { StaffLayout } from './StaffLayout';
import { useStaffSession } from './useStaffSession';

function Dashboard() {
  const { t } = useTranslation();
  useFlagTitle(t('title.moderator'));
  return (
    <>
      <h1 className="screen-heading">{t('moderator.heading')}</h1>
      <ModeratorDashboard />
    </>
  );
}

export function ModeratorApp() {
  const { t } = useTranslation();
  const session = useStaffSession('moderator');
  const title = t('title.moderator');
  const signedOut = session.phase === 'signed-out';
  useEffect(() => {
    if (signedOut) document.title = title;
  }, [signedOut, title]);
  return (
    <StaffLayout roleLabel={t('roles.moderator')}>
      {signedOut ? <SignInForm heading={t('auth.moderatorHeading')} /> : <Dashboard />}
    </StaffLayout>
  );
}
