import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { handshakeAuthSchema, LIMITS, PROTOCOL_VERSION } from '@alongside/shared';
import { Server } from 'socket.io';
import type { AccountsService } from '../accounts/accountsService.js';
import { hashToken } from '../ids.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { StoreUnavailableError } from '../store/errors.js';
import { attachHandlers, type RateGate } from './boundary.js';
import {
  ON_SHIFT_ROOM,
  roleRoom,
  userRoom,
  type AppServer,
  type AppSocket,
  type Handlers,
} from './types.js';

export interface SocketServerOptions {
  httpServer: HttpServer;
  allowedOrigins: string[];
  accounts: AccountsService;
  store: Store;
  handlers: Handlers;
  logger: Logger;
  gate?: RateGate;
  connectGate?: (address: string) => Promise<void>;
  /** The client's address, honouring trusted proxies (the same rule Express uses). */
  clientAddress?: (req: IncomingMessage) => string;
  onConnection?: (socket: AppSocket) => void;
}

/** A handshake error the client can act on: data.code is one of the protocol's error codes. */
function handshakeError(code: string, message: string): Error & { data: { code: string } } {
  return Object.assign(new Error(message), { data: { code } });
}

export function createSocketServer(options: SocketServerOptions): AppServer {
  const { accounts, logger, allowedOrigins } = options;
  const io: AppServer = new Server(options.httpServer, {
    transports: ['websocket', 'polling'],
    maxHttpBufferSize: LIMITS.maxPayloadBytes,
    // A cross-site page could otherwise open a socket with the victim's stored token.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      // Browsers always send Origin on a WebSocket; a non-browser client could forge it anyway.
      callback(null, origin === undefined || allowedOrigins.includes(origin));
    },
    cors: { origin: allowedOrigins, credentials: false },
    // No connection-state recovery: missed messages come back by sequence number, and a revoked
    // session must never be restored by a recovery id.
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });

  io.use((socket, next) => {
    const parsed = handshakeAuthSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      const version = (socket.handshake.auth as { protocolVersion?: unknown }).protocolVersion;
      if (version !== undefined && version !== PROTOCOL_VERSION) {
        next(handshakeError('version_mismatch', 'This page is out of date; reload it.'));
      } else {
        next(handshakeError('unauthenticated', 'A session token is required.'));
      }
      return;
    }
    const address = options.clientAddress?.(socket.request) ?? socket.handshake.address;
    void (async () => {
      await options.connectGate?.(address);
      const identity = await accounts.authenticate(parsed.data.token);
      if (!identity) {
        next(handshakeError('unauthenticated', 'The session is missing, expired or revoked.'));
        return;
      }
      socket.data.identity = identity;
      socket.data.tokenHash = hashToken(parsed.data.token);
      next();
    })().catch((err: unknown) => {
      if (err instanceof StoreUnavailableError)
        next(handshakeError('unavailable', 'Service briefly unavailable.'));
      else if (err instanceof Error && 'code' in err && err.code === 'rate_limited')
        next(handshakeError('rate_limited', 'Too many connections; wait a moment.'));
      else {
        logger.error({ err: String(err) }, 'handshake failed');
        next(handshakeError('internal', 'Something went wrong.'));
      }
    });
  });

  io.on('connection', (socket) => {
    const { identity } = socket.data;
    void socket.join([userRoom(identity.id), roleRoom(identity.role)]);
    if (identity.role === 'supporter') {
      options.store
        .getShift(identity.id)
        .then((shift) => {
          if (shift) void socket.join(ON_SHIFT_ROOM);
        })
        .catch(() => undefined);
    }
    attachHandlers(socket, options.handlers, logger, options.gate);
    options.onConnection?.(socket);
    logger.debug({ role: identity.role }, 'socket connected');
  });

  return io;
}
