import { useTranslation } from 'react-i18next';

export function TimeStamp({ at }: { at: number }) {
  const { i18n } = useTranslation();
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} className="timestamp">
      {new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' }).format(date)}
    </time>
  );
}
