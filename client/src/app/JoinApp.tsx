import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterForm } from '../features/auth/RegisterForm';
import { StaffLayout } from './StaffLayout';

export function JoinApp({ invite }: { invite: string }) {
  const { t } = useTranslation();
  const title = t('title.join');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <StaffLayout roleLabel={t('register.roleLabel')} account={false}>
      <RegisterForm invite={invite} />
    </StaffLayout>
  );
}
