import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openStore } from './store/openStore.js';

/** Reads config, builds the app, listens, prints where to go. Nothing else. */
async function main() {
  const config = loadConfig({
    CLIENT_DIST: fileURLToPath(new URL('../../client/dist', import.meta.url)),
    ...process.env,
  });
  const logger = createLogger(config.LOG_LEVEL);
  const opened = await openStore(config, logger);
  const app = await createApp({ config, logger, ...opened });
  const url = await app.listen();
  // Printed plainly (not only as a log line) so a newcomer sees where to go.
  console.log(`Alongside is running at ${url} (store: ${opened.store.kind})`);
  const setup = await app.accounts.setupLinkIfNeeded();
  if (setup) console.log(`No moderator yet. Create the first one (single use): ${setup}`);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((err: unknown) => {
  console.error(`Alongside could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
