import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** The address people open; used in printed links and as the default allowed origin. */
  PUBLIC_URL: z.url().optional(),
  /** Extra origins allowed to open a socket (comma-separated). */
  ALLOWED_ORIGINS: list.default([]),
  /**
   * Express "trust proxy": which hops may set X-Forwarded-For (e.g. "loopback", "10.0.0.0/8",
   * or a hop count). Behind a load balancer, rate limits per address need the real address.
   */
  TRUST_PROXY: z.string().default('loopback'),
  REDIS_URL: z.url().optional(),
  /** Folder of the built client; empty disables static serving (API-only nodes). */
  CLIENT_DIST: z.string().optional(),
  TOPICS: list.default([
    'anxiety',
    'low-mood',
    'bereavement',
    'caring',
    'psychosis',
    'self-harm',
    'relationships',
    'work',
    'identity',
    'loneliness',
  ]),
  CHAT_TIME_LIMIT_MINUTES: z.coerce.number().int().min(5).max(240).default(50),
  PEER_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  INVITE_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  /** scrypt cost; tests lower it so hashing does not dominate their time. */
  SCRYPT_COST: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1 << 20)
    .default(1 << 15),
  /** Crisis lines per locale; the shipped file is an example to replace. */
  CRISIS_RESOURCES_FILE: z
    .string()
    .default(fileURLToPath(new URL('../config/crisis-resources.example.json', import.meta.url))),
  /** How long a transcript is kept after its chat ends (default 30 days). */
  TRANSCRIPT_RETENTION_SECONDS: z.coerce
    .number()
    .positive()
    .default(30 * 86_400),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Off in tests that flood on purpose elsewhere; on by default. */
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
});

export type Config = z.infer<typeof configSchema> & { publicUrl: string };

/** The only place that reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  const publicUrl =
    c.PUBLIC_URL ?? `http://${c.HOST === '0.0.0.0' ? 'localhost' : c.HOST}:${c.PORT}`;
  return { ...c, publicUrl };
}
