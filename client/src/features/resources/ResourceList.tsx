import type { CrisisResources } from '@alongside/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../i18n/i18n';
import { safeHref } from '../chat/links';
import { resources as builtIn } from './resources';
import { useCrisisResources } from './resourcesStore';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

type Entry = CrisisResources['resources'][number];

function ResourceItem({ resource: r }: { resource: Entry }) {
  const { t } = useTranslation();
  const href = r.url ? safeHref(r.url) : null;
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow">
          {r.name}
        </a>
      ) : (
        <strong>{r.name}</strong>
      )}
      {r.description && <span className="resources__detail">{r.description}</span>}
      {r.phone && (
        <span className="resources__detail">
          {t('resources.phone')} <a href={telHref(r.phone)}>{r.phone}</a>
        </span>
      )}
      {r.text && <span className="resources__detail">{r.text}</span>}
      {r.hours && <span className="resources__detail">{r.hours}</span>}
    </li>
  );
}

/**
 * The operator's directory from the server: names and numbers are data, shown as text.
 * `first` keeps a long list short (e.g. mid-chat): the rest folds under "more".
 */
function ServerResources({ directory, first }: { directory: CrisisResources; first?: number }) {
  const { t } = useTranslation();
  const shown = first === undefined ? directory.resources : directory.resources.slice(0, first);
  const more = directory.resources.slice(shown.length);
  return (
    <>
      <ul className="resources__list">
        <li className="resources__emergency" data-testid="emergency-number">
          <strong>{t('resources.items.emergency.name')}</strong>
          <span className="resources__detail">
            {t('resources.emergencyLabel')}{' '}
            <a href={telHref(directory.emergencyNumber)}>{directory.emergencyNumber}</a>
          </span>
        </li>
        {shown.map((r) => (
          <ResourceItem key={r.name} resource={r} />
        ))}
      </ul>
      {more.length > 0 && (
        <details className="resources__more">
          <summary>{t('resources.more', { count: more.length })}</summary>
          <ul className="resources__list">
            {more.map((r) => (
              <ResourceItem key={r.name} resource={r} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Used before the server's list is available (e.g. on the consent screen). */
function BuiltInResources() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language) ?? 'en';
  return (
    <ul className="resources__list">
      {builtIn
        .filter((r) => r.languages.includes(language))
        .map((r) => (
          <li key={r.id}>
            {r.href ? (
              <a href={r.href} target="_blank" rel="noopener noreferrer nofollow">
                {t(`resources.items.${r.id}.name`)}
              </a>
            ) : (
              <strong>{t(`resources.items.${r.id}.name`)}</strong>
            )}
            <span className="resources__detail">{t(`resources.items.${r.id}.detail`)}</span>
          </li>
        ))}
    </ul>
  );
}

/**
 * The best list we have: one the server just pushed, else the server's list for this
 * person's language, else the built-in one (before there is a session at all).
 */
export function CrisisResourceList({
  pushed = null,
  first,
}: {
  pushed?: CrisisResources | null;
  first?: number;
}) {
  const fetched = useCrisisResources();
  const directory = pushed ?? fetched;
  return directory && directory.resources.length > 0 ? (
    <ServerResources directory={directory} {...(first === undefined ? {} : { first })} />
  ) : (
    <BuiltInResources />
  );
}

/** Crisis lines and services; shown while waiting, when nobody is on shift and after a chat. */
export function ResourceList({ emphasis = false }: { emphasis?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={emphasis ? 'resources resources--emphasis' : 'resources'}
      data-testid="resources"
    >
      <h2 id={headingId}>{t('resources.heading')}</h2>
      <CrisisResourceList />
    </section>
  );
}
