import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  DomainError,
  errorCodes,
  loginBodySchema,
  registerBodySchema,
  type ErrorCode,
} from '@alongside/shared';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import type { AccountsService } from '../accounts/accountsService.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { StoreUnavailableError } from '../store/errors.js';

const statusFor: Partial<Record<ErrorCode, number>> = {
  bad_request: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  invite_invalid: 410,
  username_taken: 409,
  rate_limited: 429,
  unavailable: 503,
};

const peerSessionBody = z.object({ token: z.string().max(200).optional() }).strict();

export interface HttpDeps {
  config: Config;
  accounts: AccountsService;
  logger: Logger;
  health: () => Promise<{ ok: boolean; store: string }>;
  metrics: () => string;
  publicConfig: () => object;
  resources: (locale: string | undefined) => object;
  onSignedOut?: (subjectId: string) => void;
  /** Sign-in budgets and growing delays; each may throw DomainError('rate_limited'). */
  signInGuard?: {
    beforeSignIn(address: string, username: string): Promise<void>;
    signInFailed(username: string): Promise<void>;
    signInSucceeded(username: string): Promise<void>;
    consume(name: 'signInPerAddress' | 'peerSessionPerAddress', key: string): Promise<void>;
  };
}

type AsyncRoute = (req: Request, res: Response) => Promise<void>;
const route = (fn: AsyncRoute) => (req: Request, res: Response, next: NextFunction) => {
  fn(req, res).catch(next);
};

function bearer(req: Request): string | undefined {
  const header = req.get('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

export function createHttpApp(deps: HttpDeps): express.Express {
  const { accounts, config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set(
    'trust proxy',
    /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY,
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': [
            "'self'",
            ...config.ALLOWED_ORIGINS.map((o) => o.replace(/^http/, 'ws')),
            ...config.ALLOWED_ORIGINS,
          ],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api', express.json({ limit: '16kb' }));
  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  app.get(
    '/api/health',
    route(async (_req, res) => {
      const health = await deps.health();
      res.status(health.ok ? 200 : 503).json(health);
    }),
  );
  app.get('/api/metrics', (_req, res) => {
    res.type('text/plain').send(deps.metrics());
  });
  app.get('/api/config', (_req, res) => {
    res.json(deps.publicConfig());
  });

  app.post(
    '/api/session/peer',
    route(async (req, res) => {
      const body = peerSessionBody.parse(req.body ?? {});
      await deps.signInGuard?.consume('peerSessionPerAddress', req.ip ?? 'unknown');
      res.json(await accounts.peerSession(body.token));
    }),
  );
  app.post(
    '/api/session/login',
    route(async (req, res) => {
      const body = loginBodySchema.parse(req.body);
      const guard = deps.signInGuard;
      await guard?.beforeSignIn(req.ip ?? 'unknown', body.username);
      try {
        const session = await accounts.signIn(body.username, body.password);
        await guard?.signInSucceeded(body.username);
        res.json(session);
      } catch (err) {
        if (err instanceof DomainError && err.code === 'invalid_credentials') {
          await guard?.signInFailed(body.username);
        }
        throw err;
      }
    }),
  );
  app.post(
    '/api/session/register',
    route(async (req, res) => {
      const body = registerBodySchema.parse(req.body);
      await deps.signInGuard?.consume('signInPerAddress', req.ip ?? 'unknown');
      const { token, identity } = await accounts.register(body);
      res.status(201).json({ token, identity });
    }),
  );
  app.post(
    '/api/session/logout',
    route(async (req, res) => {
      const token = bearer(req);
      const subjectId = token ? await accounts.signOut(token) : null;
      // Open sockets of that session go too, on every node.
      if (subjectId) deps.onSignedOut?.(subjectId);
      res.status(204).end();
    }),
  );
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: errorCodes.not_found } });
  });

  if (config.CLIENT_DIST && existsSync(config.CLIENT_DIST)) {
    const root = path.resolve(config.CLIENT_DIST);
    app.use(express.static(root, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(path.join(root, 'index.html'));
    });
  }

  // Errors become the same typed shape as socket acks; nothing internal leaks.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    let code: ErrorCode = 'internal';
    let message: string = errorCodes.internal;
    let retryAfterMs: number | undefined;
    if (err instanceof z.ZodError) {
      code = 'bad_request';
      message = `${errorCodes.bad_request} ${err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    } else if (err instanceof DomainError) {
      ({ code, message, retryAfterMs } = err);
    } else if (err instanceof StoreUnavailableError) {
      code = 'unavailable';
      message = errorCodes.unavailable;
    } else if (
      typeof err === 'object' &&
      err !== null &&
      'type' in err &&
      err.type === 'entity.too.large'
    ) {
      code = 'payload_too_large';
      message = errorCodes.payload_too_large;
    } else if (
      typeof err === 'object' &&
      err !== null &&
      'type' in err &&
      err.type === 'entity.parse.failed'
    ) {
      code = 'bad_request';
      message = errorCodes.bad_request;
    } else {
      logger.error({ err: err instanceof Error ? err.stack : String(err) }, 'http request failed');
    }
    if (retryAfterMs !== undefined) res.set('Retry-After', String(Math.ceil(retryAfterMs / 1000)));
    res.status(statusFor[code] ?? 500).json({
      error: retryAfterMs === undefined ? { code, message } : { code, message, retryAfterMs },
    });
  });
  return app;
}
