import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { chatStore } from './chatStore';
import { totalUnread } from './unread';

/** Unread count in the tab title, so a supporter in another window still sees new messages. */
export function useUnreadTitle(base: string): void {
  const { t } = useTranslation();
  const unread = useStore(chatStore, (s) =>
    s.side ? totalUnread(Object.values(s.chats), s.side) : 0,
  );
  useEffect(() => {
    document.title = unread > 0 ? t('title.unread', { count: unread, base }) : base;
  }, [unread, base, t]);
}
