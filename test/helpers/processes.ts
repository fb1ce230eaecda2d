import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './redis.js';

/** The built server: multi-node tests run it exactly as production does. */
export const serverMain = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function requireBuiltServer(): void {
  if (!existsSync(serverMain)) {
    throw new Error(
      `${serverMain} is missing. Build first: pnpm --filter @alongside/shared build && pnpm --filter @alongside/server build`,
    );
  }
}

export interface ServerNode {
  name: string;
  url: string;
  port: number;
  /** Everything the process printed so far. */
  stdout(): string;
  stderr(): string;
  running(): boolean;
  /** Sends the signal and resolves when the process has gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface NodeOptions {
  name: string;
  /** Absent: the in-memory store (one process). */
  redisUrl?: string;
  env?: Record<string, string>;
}

function serverEnv(port: number, options: NodeOptions): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    SCRYPT_COST: '1024',
    LOG_LEVEL: 'warn',
    RATE_LIMITS: 'off',
    ...options.env,
  };
}

function spawnServer(port: number, options: NodeOptions) {
  requireBuiltServer();
  const child = spawn(process.execPath, [serverMain], {
    cwd: repoRoot,
    env: serverEnv(port, options),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  // Should the test process end without cleaning up, its servers go with it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  child.once('exit', () => process.off('exit', orphaned));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output, exited };
}

function alive(child: ChildProcess) {
  return child.exitCode === null && child.signalCode === null;
}

/** A real server process on a free port; resolves once it says it is running. */
export async function startNode(options: NodeOptions): Promise<ServerNode> {
  const port = await freePort();
  const { child, output, exited } = spawnServer(port, options);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `node ${options.name} did not start within 20s:\n${output.stdout}${output.stderr}`,
        ),
      );
    }, 20_000);
    const onData = () => {
      if (!output.stdout.includes('Alongside is running at')) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve();
    };
    child.stdout.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`node ${options.name} exited (${code ?? signal}):\n${output.stderr}`));
    });
  });
  return {
    name: options.name,
    url: `http://127.0.0.1:${port}`,
    port,
    stdout: () => output.stdout,
    stderr: () => output.stderr,
    running: () => alive(child),
    async kill(signal = 'SIGTERM') {
      if (alive(child)) child.kill(signal);
      await exited;
    },
  };
}

/** Runs a server that is expected to give up, and reports how it ended. */
export async function runUntilExit(
  options: NodeOptions,
  timeoutMs = 15_000,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const { child, output, exited } = spawnServer(await freePort(), options);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code } = await exited;
  clearTimeout(timer);
  return { code, stdout: output.stdout, stderr: output.stderr, ms: Date.now() - started };
}
