import type { AccountRole } from '@alongside/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAction } from '../../ui/useAction';
import { createInvite } from './accountsStore';

/** A single-use invite link for a new supporter (or moderator), to pass on privately. */
export function InvitePanel() {
  const { t, i18n } = useTranslation();
  const roleId = useId();
  const linkId = useId();
  const [role, setRole] = useState<AccountRole>('supporter');
  const [copied, setCopied] = useState(false);
  const linkInput = useRef<HTMLInputElement>(null);
  const invite = useAction(createInvite);
  const [result, setResult] = useState<{ inviteUrl: string; expiresAt: number } | null>(null);

  async function create() {
    setCopied(false);
    const created = await invite.run(role);
    if (created) setResult(created);
  }

  async function copy() {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(result.inviteUrl);
      setCopied(true);
    } catch {
      // No clipboard permission (or plain http): select the text so it can be copied by hand.
      linkInput.current?.select();
    }
  }

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <div className="button-row">
        <div className="field field--inline">
          <label htmlFor={roleId}>{t('invite.role')}</label>
          <select
            id={roleId}
            value={role}
            onChange={(e) => {
              setRole(e.target.value === 'moderator' ? 'moderator' : 'supporter');
            }}
          >
            <option value="supporter">{t('roles.supporter')}</option>
            <option value="moderator">{t('roles.moderator')}</option>
          </select>
        </div>
        <button
          type="button"
          className="button button--primary"
          data-testid="create-invite"
          disabled={invite.pending}
          onClick={() => void create()}
        >
          {t('invite.create')}
        </button>
      </div>
      <ErrorNotice error={invite.error} />
      {result && (
        <div className="invite-result">
          <label htmlFor={linkId}>{t('invite.link')}</label>
          <div className="invite-result__row">
            <input
              ref={linkInput}
              id={linkId}
              data-testid="invite-link"
              type="text"
              readOnly
              value={result.inviteUrl}
              onFocus={(e) => {
                e.currentTarget.select();
              }}
            />
            <button
              type="button"
              className="button"
              data-testid="copy-invite"
              onClick={() => void copy()}
            >
              {t('invite.copy')}
            </button>
          </div>
          <p className="hint" role="status">
            {copied
              ? t('invite.copied')
              : t('invite.expires', {
                  when: new Intl.DateTimeFormat(i18n.language, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }).format(result.expiresAt),
                })}
          </p>
        </div>
      )}
    </section>
  );
}
