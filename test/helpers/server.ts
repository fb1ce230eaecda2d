import { createApp, type App } from '@alongside/server/app';
import { loadConfig, type Config } from '@alongside/server/config';
import { createLogger } from '@alongside/server/logger';
import { MemoryStore } from '@alongside/server/store/memory/memoryStore';
import type { Store } from '@alongside/server/store/types';

export interface TestServer {
  url: string;
  app: App;
  config: Config;
  close(): Promise<void>;
}

/** A real server on an ephemeral port, in this process, on the given store (memory by default). */
export async function startServer(
  options: { store?: Store; env?: Record<string, string>; logs?: NodeJS.WritableStream } = {},
): Promise<TestServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    // Cheap hashing keeps tests fast; production uses the default cost.
    SCRYPT_COST: '1024',
    LOG_LEVEL: options.logs ? 'debug' : 'silent',
    RATE_LIMITS: 'off',
    ...options.env,
  });
  const logger = createLogger(config.LOG_LEVEL, options.logs);
  const app = await createApp({ config, logger, store: options.store ?? new MemoryStore() });
  const url = await app.listen();
  return { url, app, config, close: () => app.close() };
}
