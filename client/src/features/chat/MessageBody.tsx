import { splitLinks } from './links';

/**
 * Text only: React escapes it, so markup in a message stays visible as characters.
 * dir="auto" plus `unicode-bidi: plaintext` (CSS) keep bidi-override characters inside the bubble.
 */
export function MessageBody({ body }: { body: string }) {
  return (
    <p className="message__body" dir="auto">
      {splitLinks(body).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
