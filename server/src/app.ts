import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientEvents, LIMITS, PROTOCOL_VERSION } from '@alongside/shared';
import { AccountsService } from './accounts/accountsService.js';
import { accountsHandlers } from './accounts/accountsHandlers.js';
import type { Config } from './config.js';
import { conversationsHandlers } from './conversations/conversationsHandlers.js';
import { ConversationsService } from './conversations/conversationsService.js';
import { createHttpApp } from './http/httpApp.js';
import type { Logger } from './logger.js';
import { AuditLog } from './moderation/auditLog.js';
import { QueueBroadcaster } from './queue/queueBroadcaster.js';
import { queueHandlers } from './queue/queueHandlers.js';
import { QueueService } from './queue/queueService.js';
import { Notifier } from './realtime/notifier.js';
import { sessionHandlers } from './realtime/sessionHandlers.js';
import { createSocketServer } from './realtime/socketServer.js';
import type { AppServer, Handlers } from './realtime/types.js';
import { shiftsHandlers } from './shifts/shiftsHandlers.js';
import { ShiftsService } from './shifts/shiftsService.js';
import type { Store } from './store/types.js';

export interface AppOptions {
  config: Config;
  store: Store;
  logger: Logger;
  /** Installs a cross-node adapter (Redis) on the io server; absent for one process. */
  installAdapter?: (io: AppServer) => Promise<() => Promise<void>>;
  /** Health of the backing store. */
  storeHealthy?: () => Promise<boolean>;
}

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  store: Store;
  accounts: AccountsService;
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The composition root: every feature is built here from the store and wired to the socket. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, store, logger } = options;
  const accounts = new AccountsService(store, config);
  const audit = new AuditLog(store);
  const shifts = new ShiftsService(store);
  const queue = new QueueService(store, shifts, config);
  const conversations = new ConversationsService(store);

  const httpApp = createHttpApp({
    config,
    accounts,
    logger,
    health: async () => ({ ok: (await options.storeHealthy?.()) ?? true, store: store.kind }),
    metrics: () => metricsText(),
    publicConfig: () => ({
      protocolVersion: PROTOCOL_VERSION,
      topics: config.TOPICS,
      limits: LIMITS,
      chatTimeLimitMinutes: config.CHAT_TIME_LIMIT_MINUTES,
    }),
  });
  const httpServer = createServer(httpApp);

  // The handlers need the notifier, which needs io: build io with a late-bound handler table.
  const handlers = {} as Handlers;
  const io = createSocketServer({
    httpServer,
    allowedOrigins: [new URL(config.publicUrl).origin, ...config.ALLOWED_ORIGINS],
    accounts,
    store,
    handlers,
    logger,
  });
  const closeAdapter = options.installAdapter ? await options.installAdapter(io) : async () => {};
  const notifier = new Notifier(io);
  const broadcaster = new QueueBroadcaster(queue, notifier, logger);

  Object.assign(handlers, {
    ...sessionHandlers({ store, queue, shifts, conversations }),
    ...queueHandlers({ queue, shifts, broadcaster, notifier }),
    ...shiftsHandlers({ shifts, notifier, broadcaster }),
    ...conversationsHandlers({ conversations, shifts, notifier }),
    ...accountsHandlers({ accounts, notifier, audit }),
  } satisfies Handlers);
  for (const event of Object.keys(clientEvents)) {
    if (!(event in handlers)) throw new Error(`no handler for ${event}`);
  }

  function metricsText(): string {
    const lines = [
      '# HELP alongside_sockets Connected sockets on this node.',
      '# TYPE alongside_sockets gauge',
      `alongside_sockets ${io.of('/').sockets.size}`,
      '# HELP process_resident_memory_bytes Resident memory.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${process.memoryUsage().rss}`,
    ];
    return lines.join('\n') + '\n';
  }

  return {
    httpServer,
    io,
    store,
    accounts,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.PORT, config.HOST, () => {
          const { port } = httpServer.address() as AddressInfo;
          resolve(`http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`);
        });
      }),
    close: async () => {
      broadcaster.stop();
      await new Promise<void>((resolve) => {
        void io.close(() => {
          resolve();
        });
      });
      await closeAdapter();
      await store.close();
    },
  };
}
