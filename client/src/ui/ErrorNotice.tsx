import { useTranslation } from 'react-i18next';
import { errorKey } from '../i18n/errorKey';
import type { RequestError } from '../lib/requestError';

/** A typed error in the person's language; announced at once (role="alert"). */
export function ErrorNotice({ error, id }: { error: RequestError | null; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : null;
  return (
    <p className="notice notice--error" role="alert" id={id}>
      {t(errorKey(error.code))}
      {seconds !== null && <> {t('common.retryIn', { count: seconds })}</>}
    </p>
  );
}
