import type { AuditRecordView } from '@alongside/shared';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAction } from '../../ui/useAction';
import { accountsStore } from '../accounts/accountsStore';
import { knownAuditActions, loadAudit, type AuditFilters } from './auditActions';

function useActionLabel(): (action: string) => string {
  const { t, i18n } = useTranslation();
  return (action) => {
    const key = `audit.actions.${action}`;
    return i18n.exists(key) ? (t as (k: string) => string)(key) : action;
  };
}

function Row({ record, names }: { record: AuditRecordView; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const actionLabel = useActionLabel();
  const who = record.actorId ? (names.get(record.actorId) ?? record.actorId) : t('audit.system');
  const details = Object.entries(record.detail);
  return (
    <tr data-testid="audit-row" data-action={record.action}>
      <td>
        <time dateTime={new Date(record.at).toISOString()}>
          {new Intl.DateTimeFormat(i18n.language, {
            dateStyle: 'short',
            timeStyle: 'medium',
          }).format(record.at)}
        </time>
      </td>
      <td>
        <span dir="auto">{who}</span>
        <span className="hint audit__role">{t(`audit.roles.${record.actorRole}`)}</span>
      </td>
      <td>
        {actionLabel(record.action)}
        <code className="audit__code">{record.action}</code>
      </td>
      <td>{record.targetId ? <code className="audit__code">{record.targetId}</code> : '—'}</td>
      <td>
        {details.length === 0 ? (
          '—'
        ) : (
          <ul className="audit__details">
            {details.map(([key, value]) => (
              <li key={key}>
                {key}: <span dir="auto">{String(value)}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** The append-only audit trail: who opened, joined, noted or resolved what, and when. */
export function AuditLogPanel() {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const ids = { action: useId(), actor: useId() };
  const accounts = useStore(accountsStore, (s) => s.accounts);
  const [filters, setFilters] = useState<AuditFilters>({ action: '', actorId: '' });
  const [records, setRecords] = useState<AuditRecordView[] | null>(null);
  const load = useAction(loadAudit);
  const names = new Map(accounts.map((a) => [a.id, a.displayName]));

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const loaded = await load.run(filters);
    if (loaded) setRecords(loaded);
  }

  return (
    <section className="panel audit" aria-labelledby="audit-heading" data-testid="audit-log">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <p className="hint">{t('audit.intro')}</p>
      <form className="audit__filters" onSubmit={(e) => void submit(e)}>
        <div className="field field--inline">
          <label htmlFor={ids.action}>{t('audit.action')}</label>
          <select
            id={ids.action}
            data-testid="audit-action"
            value={filters.action}
            onChange={(e) => {
              setFilters((f) => ({ ...f, action: e.target.value }));
            }}
          >
            <option value="">{t('audit.anyAction')}</option>
            {knownAuditActions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor={ids.actor}>{t('audit.actor')}</label>
          <select
            id={ids.actor}
            data-testid="audit-actor"
            value={filters.actorId}
            onChange={(e) => {
              setFilters((f) => ({ ...f, actorId: e.target.value }));
            }}
          >
            <option value="">{t('audit.anyone')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName} ({a.username})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" data-testid="audit-show" disabled={load.pending}>
          {records ? t('audit.refresh') : t('audit.show')}
        </button>
      </form>
      <ErrorNotice error={load.error} />
      {records &&
        (records.length === 0 ? (
          <p className="hint" role="status">
            {t('audit.empty')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="table audit__table">
              <caption className="visually-hidden">{t('audit.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.what')}</th>
                  <th scope="col">{t('audit.target')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {records.map((record) => (
                  <Row key={record.id} record={record} names={names} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
