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

/** The operator's directory from the server: names and numbers are data, shown as text. */
export function ServerResources({ directory }: { directory: CrisisResources }) {
  const { t } = useTranslation();
  return (
    <ul className="resources__list">
      <li>
        <strong>{t('resources.items.emergency.name')}</strong>
        <span className="resources__detail">
          {t('resources.emergencyNumber', { number: directory.emergencyNumber })}
        </span>
      </li>
      {directory.resources.map((r) => {
        const href = r.url ? safeHref(r.url) : null;
        return (
          <li key={r.name}>
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
      })}
    </ul>
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

/** Crisis lines and services; shown while waiting, when nobody is on shift and after a chat. */
export function ResourceList({ emphasis = false }: { emphasis?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const directory = useCrisisResources();
  return (
    <section
      aria-labelledby={headingId}
      className={emphasis ? 'resources resources--emphasis' : 'resources'}
      data-testid="resources"
    >
      <h2 id={headingId}>{t('resources.heading')}</h2>
      {directory && directory.resources.length > 0 ? (
        <ServerResources directory={directory} />
      ) : (
        <BuiltInResources />
      )}
    </section>
  );
}
