import { readdirSync } from 'node:fs';
import path from 'node:path';
import { firstModerator, type Connected } from './people.js';
import {
  startNode,
  startRedis,
  type RedisHandle,
  type ServerNode,
  type TargetKind,
} from './spawn.js';

/** One target under test: one or two server processes (two share a fresh Redis). */
export interface Deployment {
  kind: TargetKind;
  nodes: ServerNode[];
  redis: RedisHandle | null;
  moderator: Connected;
  /** CPU seconds of every server process together. */
  serverCpuSeconds(): number;
  stop(): Promise<void>;
}

/** A scenario that cannot run here (and says why) rather than one that failed. */
export class SkipError extends Error {}

export interface DeployOptions {
  nodes: 1 | 2;
  /** --cpu-prof for every server process; the profiles land here. */
  profileDir?: string | undefined;
}

export async function deploy(kind: TargetKind, options: DeployOptions): Promise<Deployment> {
  let redis: RedisHandle | null = null;
  const nodes: ServerNode[] = [];
  const stopAll = async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await redis?.stop();
  };
  try {
    if (options.nodes === 2)
      redis = await startRedis().catch((err: unknown) => {
        throw new SkipError(`redis-server could not start (${String(err)})`);
      });
    const nodeOptions = {
      ...(redis ? { redisUrl: redis.url } : {}),
      ...(options.profileDir ? { profileDir: options.profileDir } : {}),
    };
    nodes.push(await startNode(kind, nodeOptions).catch((err: unknown) => rethrow(kind, err)));
    const first = nodes[0] as ServerNode;
    // The first moderator registers before the second node starts, so only one link exists.
    const moderator = await firstModerator(first);
    if (options.nodes === 2) nodes.push(await startNode(kind, nodeOptions));
    return {
      kind,
      nodes,
      redis,
      moderator,
      serverCpuSeconds: () => nodes.reduce((sum, n) => sum + n.cpuSeconds(), 0),
      stop: async () => {
        moderator.socket.close();
        await stopAll();
      },
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** The Redis store being absent from the build is a skip; any other start failure is an error. */
function rethrow(kind: TargetKind, err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  if (
    kind === 'platform' &&
    /redis/i.test(message) &&
    /(Cannot find|not found|MODULE_NOT_FOUND)/i.test(message)
  ) {
    throw new SkipError(`the platform has no Redis store in this build (${firstLine(message)})`);
  }
  throw err instanceof Error ? err : new Error(message);
}

const firstLine = (s: string) =>
  (s.split('\n').find((l) => /redis/i.test(l)) ?? s).trim().slice(0, 200);

/** Main-thread profiles only (CPU.<date>.<time>.<pid>.<thread>.<seq>): tsx's loader thread is noise. */
export function profilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f))
    .map((f) => path.join(dir, f));
}
