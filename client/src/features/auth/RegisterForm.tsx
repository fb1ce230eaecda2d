import { LIMITS } from '@alongside/shared';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/hashRoute';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/useAction';
import { usePublicConfig } from '../config/config';
import { TopicPicker } from '../config/TopicPicker';
import { registerFromInvite } from '../session/session';
import { registrationProblems, type RegistrationFields } from './registration';

interface FieldProps {
  name: keyof RegistrationFields;
  label: string;
  hint: string;
  type: string;
  autoComplete: string;
  value: string;
  problem: string | null;
  maxLength: number;
  onChange: (value: string) => void;
}

function Field({
  name,
  label,
  hint,
  type,
  autoComplete,
  value,
  problem,
  maxLength,
  onChange,
}: FieldProps) {
  const id = useId();
  const hintId = useId();
  const problemId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <input
        id={id}
        data-testid={name === 'displayName' ? 'display-name' : name}
        type={type}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={maxLength}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {problem && (
        <p id={problemId} className="field__problem">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Create a supporter (or the first moderator) account from a one-time invite link. */
export function RegisterForm({ invite }: { invite: string }) {
  const { t } = useTranslation();
  const { config, failed, retry } = usePublicConfig();
  const [fields, setFields] = useState<RegistrationFields>({
    username: '',
    displayName: '',
    password: '',
  });
  const [experience, setExperience] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const action = useAction(registerFromInvite);
  const problems = registrationProblems(fields);
  const problem = (name: keyof RegistrationFields) => {
    const key = problems[name];
    return submitted && key ? t(`register.problems.${key}`) : null;
  };
  const set = (name: keyof RegistrationFields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: name === 'username' ? value.toLowerCase() : value }));
  };

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const identity = await action.run({
      invite,
      ...fields,
      displayName: fields.displayName.trim(),
      experience,
    });
    if (identity)
      navigate(
        { name: identity.role === 'moderator' ? 'moderator' : 'supporter' },
        { replace: true },
      );
  }

  return (
    <section className="screen screen--narrow" aria-labelledby="register-heading">
      <ScreenHeading id="register-heading">{t('register.heading')}</ScreenHeading>
      <p className="lead">{t('register.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          name="username"
          label={t('auth.username')}
          hint={t('register.usernameHint')}
          type="text"
          autoComplete="username"
          value={fields.username}
          problem={problem('username')}
          maxLength={LIMITS.usernameChars}
          onChange={set('username')}
        />
        <Field
          name="displayName"
          label={t('register.displayName')}
          hint={t('register.displayNameHint')}
          type="text"
          autoComplete="nickname"
          value={fields.displayName}
          problem={problem('displayName')}
          maxLength={LIMITS.displayNameChars}
          onChange={set('displayName')}
        />
        <Field
          name="password"
          label={t('auth.password')}
          hint={t('register.passwordHint', { count: LIMITS.passwordMinChars })}
          type="password"
          autoComplete="new-password"
          value={fields.password}
          problem={problem('password')}
          maxLength={LIMITS.passwordMaxChars}
          onChange={set('password')}
        />
        <TopicPicker
          legend={t('register.experienceLegend')}
          hint={t('register.experienceHint')}
          topics={config?.topics ?? []}
          selected={experience}
          max={LIMITS.topicsPerRequest}
          onChange={setExperience}
          unavailable={failed}
          onRetry={retry}
        />
        <ErrorNotice error={action.error} />
        <button
          type="submit"
          className="button button--primary"
          data-testid="register"
          disabled={action.pending}
        >
          {action.pending ? t('register.submitting') : t('register.submit')}
        </button>
      </form>
    </section>
  );
}
