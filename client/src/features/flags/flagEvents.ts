import type { FlagView } from '@alongside/shared';
import { i18n } from '../../i18n/i18n';
import { onServerEvent } from '../../lib/socket';
import { isolate } from '../../ui/isolate';
import { playChime } from './flagSound';
import { markAnnounced, setLatestAlert, upsertFlag } from './flagsStore';

function alertText(flag: FlagView): string {
  const level = i18n.t(`flags.level.${flag.level}`);
  const categories = flag.categories.map((c) => i18n.t(`flags.category.${c}`)).join(', ');
  const where = flag.waiting
    ? i18n.t('flags.whereWaiting')
    : i18n.t('flags.whereChat', { name: isolate(flag.supporterName ?? '') });
  return i18n.t('flags.alert', { level, categories, where });
}

/** Moderators: new or still-unacknowledged flags, and every change to them, live. */
export function subscribeFlagEvents(): () => void {
  const offs = [
    onServerEvent('flag:alert', ({ flag }) => {
      upsertFlag(flag);
      // The server repeats an alert on every connect until someone acknowledges it; on this
      // page it is announced once, and stays visible on its card.
      if (flag.status === 'open' && markAnnounced(flag.id)) {
        setLatestAlert({ flagId: flag.id, text: alertText(flag) });
        playChime();
      }
    }),
    onServerEvent('flag:updated', (update) => {
      if (update.view === 'moderator') upsertFlag(update.flag);
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
