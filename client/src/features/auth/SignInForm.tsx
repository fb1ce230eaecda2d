import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/useAction';
import { signIn } from '../session/session';
import { sessionStore } from '../session/sessionStore';

export function SignInForm({ heading }: { heading: string }) {
  const { t } = useTranslation();
  const ids = { username: useId(), password: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const reason = useStore(sessionStore, (s) => s.signedOutReason);
  const action = useAction(signIn);

  function submit(e: SyntheticEvent) {
    e.preventDefault();
    void action.run(username.trim().toLowerCase(), password);
  }

  return (
    <section className="screen screen--narrow" aria-labelledby="sign-in-heading">
      <ScreenHeading id="sign-in-heading">{heading}</ScreenHeading>
      {reason && <p className="notice">{t(`auth.signedOut.${reason}`)}</p>}
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.username}>{t('auth.username')}</label>
          <input
            id={ids.username}
            data-testid="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => {
              setUsername(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t('auth.password')}</label>
          <input
            id={ids.password}
            data-testid="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
          />
        </div>
        <ErrorNotice error={action.error} />
        <button
          type="submit"
          className="button button--primary"
          data-testid="sign-in"
          disabled={action.pending}
        >
          {action.pending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </section>
  );
}
