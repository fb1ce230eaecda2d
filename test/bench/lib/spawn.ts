import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, cpuTimes, rssBytes } from './procstat.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
let platformEntry = path.join(repoRoot, 'server/dist/main.js');
const baselineEntry = path.resolve(here, '../baseline/server.ts');
const probe = path.join(here, 'probe.mjs');

/** --platform-entry: bench another build of the server (say, a patched copy) in place of dist. */
export function usePlatformEntry(file: string): void {
  platformEntry = path.resolve(file);
}

let extraNodeFlags: string[] = [];
/** --server-flags: extra node flags for every server, platform and baseline alike (GC tuning). */
export function useServerFlags(flags: string[]): void {
  extraNodeFlags = flags;
}

/** Every child still running, so an interrupted bench leaves no servers or Redis behind. */
const children = new Set<ChildProcess>();
const scratchDirs = new Set<string>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});
function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export type TargetKind = 'platform' | 'baseline';

export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
}

/** One server process under test. */
export interface ServerNode {
  kind: TargetKind;
  url: string;
  pid: number;
  /** The first-moderator invite token the server printed, if it printed one. */
  setupToken: string | null;
  /** Memory after a forced full GC: RSS from /proc, heap from the process itself. */
  memory(): Promise<MemorySample>;
  cpuSeconds(): number;
  cpuTimes(): { user: number; system: number };
  /** SIGTERM, then waits for exit (a --cpu-prof profile is written on the way out). */
  stop(): Promise<void>;
}

export interface NodeOptions {
  redisUrl?: string;
  /** Folder for a V8 CPU profile (node --cpu-prof). */
  profileDir?: string;
}

/** Starts one server (built platform, or the bare Socket.IO baseline) on a free port. */
export async function startNode(kind: TargetKind, options: NodeOptions = {}): Promise<ServerNode> {
  if (kind === 'platform' && !existsSync(platformEntry)) {
    throw new Error(`${platformEntry} is missing: build the server first (pnpm build).`);
  }
  const flags = ['--expose-gc', ...extraNodeFlags, '--import', pathToUrl(probe)];
  if (kind === 'baseline') flags.push('--import', import.meta.resolve('tsx'));
  if (options.profileDir) {
    flags.push('--cpu-prof', '--cpu-prof-dir', options.profileDir);
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    HOST: '127.0.0.1',
    SCRYPT_COST: '1024',
    LOG_LEVEL: 'warn',
    RATE_LIMITS: 'off',
    NODE_ENV: 'production',
  };
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  const entry = kind === 'platform' ? platformEntry : baselineEntry;
  // Each connection is a file descriptor: raise the soft limit to the hard one for the server.
  const child = track(
    spawn(
      'sh',
      ['-c', 'ulimit -n "$(ulimit -Hn)"; exec "$0" "$@"', process.execPath, ...flags, entry],
      {
        cwd: repoRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    ),
  );
  const { url, setupToken } = await waitForStart(child, kind);
  return nodeHandle(kind, child, url, setupToken);
}

function pathToUrl(file: string): string {
  return new URL(`file://${file}`).href;
}

function waitForStart(
  child: ChildProcess,
  kind: TargetKind,
): Promise<{ url: string; setupToken: string | null }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let url: string | null = null;
    const finish = (token: string | null) => {
      clearTimeout(timer);
      clearTimeout(grace);
      resolve({ url: url as string, setupToken: token });
    };
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} did not start within 20 s: ${stderr || stdout}`));
    }, 20_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      url ??= /running at (http:\/\/\S+)/.exec(stdout)?.[1] ?? null;
      const token = /#\/join\/([A-Za-z0-9._-]+)/.exec(stdout)?.[1];
      if (url && token) finish(token);
      // A node joining an existing store prints no setup link; give it a moment to appear.
      else if (url && !grace) grace = setTimeout(() => finish(null), 300);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearTimeout(grace);
      reject(
        new Error(
          `${kind} exited during start (code ${String(code)}): ${(stderr || stdout).trim()}`,
        ),
      );
    });
  });
}

function nodeHandle(
  kind: TargetKind,
  child: ChildProcess,
  url: string,
  setupToken: string | null,
): ServerNode {
  const pid = child.pid as number;
  let probes = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Keep draining output so a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: string) => {
    if (/error/i.test(chunk)) process.stderr.write(`[${kind} ${pid}] ${chunk}`);
  });
  return {
    kind,
    url,
    pid,
    setupToken,
    cpuSeconds: () => cpuSeconds(pid),
    cpuTimes: () => cpuTimes(pid),
    memory: () =>
      new Promise((resolve, reject) => {
        const id = ++probes;
        const timer = setTimeout(() => reject(new Error('memory probe timed out')), 10_000);
        const onMessage = (msg: {
          type?: string;
          id?: number;
          heapUsed: number;
          external: number;
        }) => {
          if (msg.type !== 'memory' || msg.id !== id) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve({ rss: rssBytes(pid), heapUsed: msg.heapUsed, external: msg.external });
        };
        child.on('message', onMessage);
        child.send({ type: 'memory', id });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export interface RedisHandle {
  url: string;
  pid: number;
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** A throwaway Redis with no persistence, on a free port. */
export async function startRedis(): Promise<RedisHandle> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'alongside-bench-redis-'));
  scratchDirs.add(dir);
  const child = track(
    spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.stdout?.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid as number;
  return {
    url: `redis://127.0.0.1:${port}`,
    pid,
    cpuSeconds: () => cpuSeconds(pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
      scratchDirs.delete(dir);
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
