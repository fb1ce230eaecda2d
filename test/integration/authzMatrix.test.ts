import { readFileSync } from 'node:fs';
import { clientEvents, type ClientEventName } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, matrix, renderAuthorizationDoc, type Actor } from '../authz/matrix.js';
import { connectSocket } from '../helpers/clients.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { buildWorld, validPayload } from '../helpers/world.js';

const events = Object.keys(clientEvents) as ClientEventName[];
const members = Object.keys(actors).filter((a) => a !== 'anonymous') as Exclude<
  Actor,
  'anonymous'
>[];

describe('the authorisation matrix, cell by cell over real sockets', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('covers every event, and docs/authorization.md is current', () => {
    expect(Object.keys(matrix).sort()).toEqual([...events].sort());
    expect(readFileSync(new URL('../../docs/authorization.md', import.meta.url), 'utf8')).toBe(
      renderAuthorizationDoc(),
    );
  });

  it('refuses an anonymous socket at the handshake, so no event can be sent', async () => {
    const socket = connectSocket(server.url, 'x');
    socket.auth = { protocolVersion: 1 };
    socket.io.opts.reconnection = false;
    const code = await new Promise((resolve) =>
      socket.once('connect_error', (e: Error & { data?: { code?: string } }) =>
        resolve(e.data?.code),
      ),
    );
    socket.close();
    expect(code).toBe('unauthenticated');
  });

  describe.each(events)('%s', (event) => {
    it.each(members.map((a) => [a, matrix[event][a]] as const))(
      '%s → %s',
      async (actor, expected) => {
        const world = await buildWorld(server);
        try {
          const payload = validPayload(world)[event];
          const result = await world.actors[actor].send(event, payload);
          if (expected === 'ok') expect(result).toMatchObject({ ok: true });
          else expect(result).toMatchObject({ ok: false, error: { code: expected } });
        } finally {
          world.close();
        }
      },
    );
  });
});
