import { createServer, type Server as HttpServer } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { AddressInfo } from 'node:net';
import { clientEvents, detectContactInfo, LIMITS, PROTOCOL_VERSION } from '@alongside/shared';
import { AccountsService } from './accounts/accountsService.js';
import { accountsHandlers } from './accounts/accountsHandlers.js';
import type { Config } from './config.js';
import { conversationsHandlers } from './conversations/conversationsHandlers.js';
import { ConversationsService, participantIds } from './conversations/conversationsService.js';
import { createHttpApp } from './http/httpApp.js';
import type { Logger } from './logger.js';
import { AuditLog } from './moderation/auditLog.js';
import { privacyHandlers } from './privacy/privacyHandlers.js';
import { PrivacyService } from './privacy/privacyService.js';
import { RetentionSweeper } from './privacy/retention.js';
import { QueueBroadcaster } from './queue/queueBroadcaster.js';
import { queueHandlers } from './queue/queueHandlers.js';
import { QueueService } from './queue/queueService.js';
import { Notifier } from './realtime/notifier.js';
import { RateLimits } from './realtime/rateLimits.js';
import { sessionHandlers } from './realtime/sessionHandlers.js';
import { createSocketServer } from './realtime/socketServer.js';
import type { AppServer, Handlers } from './realtime/types.js';
import { CrisisResourceCatalog } from './safety/crisisResources.js';
import { FlagDispatch } from './safety/flagDispatch.js';
import { safetyHandlers } from './safety/safetyHandlers.js';
import { SafetyService } from './safety/safetyService.js';
import { shiftsHandlers } from './shifts/shiftsHandlers.js';
import { ShiftsService } from './shifts/shiftsService.js';
import type { Store } from './store/types.js';

export interface AppOptions {
  config: Config;
  store: Store;
  logger: Logger;
  /** Installs a cross-node adapter (Redis) on the io server; absent for one process. */
  installAdapter?: (io: AppServer) => Promise<() => Promise<void>>;
  /** An ioredis client for rate limits shared across nodes. */
  rateLimitRedis?: unknown;
  /** Health of the backing store. */
  storeHealthy?: () => Promise<boolean>;
}

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  store: Store;
  accounts: AccountsService;
  retention: RetentionSweeper;
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
  const safety = new SafetyService(store, audit);
  const privacy = new PrivacyService(store, audit);
  const retention = new RetentionSweeper(store, config.TRANSCRIPT_RETENTION_SECONDS, logger);
  const resources = CrisisResourceCatalog.load(config.CRISIS_RESOURCES_FILE);
  if (resources.isExample)
    logger.warn('crisis resources are the shipped example: replace them before going live');

  const limits =
    config.RATE_LIMITS === 'on' ? new RateLimits({ redis: options.rateLimitRedis }) : undefined;
  const httpApp = createHttpApp({
    ...(limits ? { signInGuard: limits } : {}),
    config,
    accounts,
    logger,
    health: async () => ({ ok: (await options.storeHealthy?.()) ?? true, store: store.kind }),
    metrics: () => metricsText(),
    resources: (locale) => resources.forLocale(locale),
    onSignedOut: (subjectId) => {
      notifier.toUsers([subjectId], 'session:revoked', { reason: 'signed_out' });
      notifier.disconnectUser(subjectId);
    },
    publicConfig: () => ({
      protocolVersion: PROTOCOL_VERSION,
      topics: config.TOPICS,
      limits: LIMITS,
      chatTimeLimitMinutes: config.CHAT_TIME_LIMIT_MINUTES,
    }),
  });
  const httpServer = createServer(httpApp);

  // Filled in at listen when PORT is 0 and no PUBLIC_URL says where we are.
  const allowedOrigins = [new URL(config.publicUrl).origin, ...config.ALLOWED_ORIGINS];
  // The handlers need the notifier, which needs io: build io with a late-bound handler table.
  const handlers = {} as Handlers;
  const io = createSocketServer({
    httpServer,
    allowedOrigins,
    accounts,
    store,
    handlers,
    logger,
    ...(limits ? { gate: limits, connectGate: (address: string) => limits.connect(address) } : {}),
    clientAddress: (req) =>
      proxyaddr(req, httpApp.get('trust proxy fn') as (addr: string, i: number) => boolean),
    onConnection: (socket) => {
      const { role } = socket.data.identity;
      const remind =
        role === 'moderator'
          ? dispatch.alertOnConnect(socket)
          : role === 'supporter'
            ? dispatch.remindSupporter(socket)
            : null;
      remind?.catch((err: unknown) => {
        logger.warn({ err: String(err) }, 'could not re-send flags on connect');
      });
    },
  });
  const closeAdapter = options.installAdapter ? await options.installAdapter(io) : async () => {};
  const notifier = new Notifier(io);
  const broadcaster = new QueueBroadcaster(queue, notifier, logger);
  const dispatch = new FlagDispatch(store, notifier, broadcaster, resources);

  Object.assign(handlers, {
    ...sessionHandlers({ store, queue, shifts, conversations }),
    ...queueHandlers({
      queue,
      shifts,
      broadcaster,
      notifier,
      hooks: {
        afterJoin: async (entry) => {
          const flag = await safety.assessQueueEntry(entry);
          if (flag) await dispatch.raised(flag, { locale: entry.language });
        },
      },
    }),
    ...shiftsHandlers({ shifts, notifier, broadcaster }),
    ...conversationsHandlers({
      conversations,
      shifts,
      notifier,
      hooks: {
        afterMessage: (conversation, message, duplicate) => {
          // A reminder, never a block: the relationship stays on the platform.
          const contact = duplicate ? null : detectContactInfo(message.body);
          if (contact && contact.kinds.length > 0) {
            notifier.toUsers(participantIds(conversation), 'conversation:contact-reminder', {
              conversationId: conversation.id,
              seq: message.seq,
              kinds: contact.kinds,
            });
          }
          const risk = safety.assessMessage(message);
          if (!risk) return undefined;
          return safety.raiseFromMessage(conversation, message, risk).then(async (flag) => {
            if (flag)
              await dispatch.raised(flag, {
                messageSeq: message.seq,
                locale: conversation.language,
              });
          });
        },
      },
    }),
    ...safetyHandlers({ safety, dispatch, notifier, resources }),
    ...privacyHandlers({ privacy, store, shifts, notifier, broadcaster, audit }),
    ...accountsHandlers({ accounts, notifier, audit }),
  } satisfies Handlers);
  retention.start();
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
    retention,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.PORT, config.HOST, () => {
          const { port } = httpServer.address() as AddressInfo;
          const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
          if (!config.PUBLIC_URL) allowedOrigins.push(new URL(url).origin);
          resolve(url);
        });
      }),
    close: async () => {
      broadcaster.stop();
      retention.stop();
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
