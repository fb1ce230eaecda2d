import { afterAll, beforeAll } from 'vitest';
import type { TestClient } from './clients.js';
import { startServer, type TestServer } from './server.js';

/**
 * One server for a describe block, started before its tests and closed after them, with every
 * tracked client closed too. `server` can be used in tests as if it were the started server.
 */
export function useTestServer(options: Parameters<typeof startServer>[0] = {}) {
  let started: TestServer | undefined;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    started = await startServer(options);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await started?.close();
  });
  const server = new Proxy({} as TestServer, {
    get: (_target, key) => {
      if (!started) throw new Error('the test server is used before beforeAll ran');
      // Plain reads of url, app, config and close (an arrow function, so unbound is fine).
      return Reflect.get(started, key) as unknown;
    },
  });
  const track = <T extends TestClient>(client: T): T => {
    clients.push(client);
    return client;
  };
  return { server, track };
}
