import type { AccountView } from '@alongside/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../lib/socket';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useTopicLabel } from '../../ui/labels';
import { useAction } from '../../ui/useAction';
import { sessionStore } from '../session/sessionStore';
import { accountsStore, loadAccounts, setAccountDisabled } from './accountsStore';

function AccountRow({ account, self }: { account: AccountView; self: boolean }) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  const toggle = useAction(setAccountDisabled);
  return (
    <tr data-testid="account-row" data-username={account.username}>
      <th scope="row" dir="auto">
        {account.displayName}
        <span className="hint account__username">{account.username}</span>
      </th>
      <td>{t(`roles.${account.role}`)}</td>
      <td>{account.experience.map(topicLabel).join(', ') || '—'}</td>
      <td>{account.disabled ? t('accounts.disabled') : t('accounts.enabled')}</td>
      <td>
        {!self && (
          <button
            type="button"
            className="button button--small"
            data-testid="toggle-account"
            disabled={toggle.pending}
            aria-label={t(account.disabled ? 'accounts.enableNamed' : 'accounts.disableNamed', {
              name: account.displayName,
            })}
            onClick={() => void toggle.run(account.id, !account.disabled)}
          >
            {account.disabled ? t('accounts.enable') : t('accounts.disable')}
          </button>
        )}
        <ErrorNotice error={toggle.error} />
      </td>
    </tr>
  );
}

export function AccountList() {
  const { t } = useTranslation();
  const { accounts, loaded } = useStore(accountsStore, (s) => s);
  const selfId = useStore(sessionStore, (s) => s.identity?.id);
  const connected = useConnection().phase === 'connected';
  const load = useAction(loadAccounts);
  const { run } = load;

  // Load on every (re)connect: accounts may have changed while we were away.
  useEffect(() => {
    if (connected) void run();
  }, [connected, run]);

  return (
    <section className="panel" aria-labelledby="accounts-heading">
      <div className="panel__head">
        <h2 id="accounts-heading">{t('accounts.heading')}</h2>
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={load.pending}
          onClick={() => void run()}
        >
          {t('accounts.refresh')}
        </button>
      </div>
      <ErrorNotice error={load.error} />
      {!loaded ? (
        <p className="hint">{t('common.loading')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('accounts.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col">{t('accounts.experience')}</th>
                <th scope="col">{t('accounts.status')}</th>
                <th scope="col">{t('accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <AccountRow key={account.id} account={account} self={account.id === selfId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
