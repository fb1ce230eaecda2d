import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Privacy rule: log ids, event names, codes and counts only — never message
 * bodies, notes, plan items or pseudonyms. Payloads are never passed to the logger.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: {
        paths: [
          'body',
          'note',
          'pseudonym',
          'password',
          'token',
          '*.body',
          '*.note',
          '*.pseudonym',
          '*.password',
          '*.token',
        ],
        censor: '[redacted]',
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}
