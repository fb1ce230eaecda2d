import { clientEvents, errorCodeList, type ClientEventName, type Role } from '@alongside/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { buildWorld, validPayload, type World } from '../helpers/world.js';

const events = Object.keys(clientEvents) as ClientEventName[];
const insiderFor: Record<Role, 'peerMember' | 'supporterMember' | 'moderatorJoined'> = {
  peer: 'peerMember',
  supporter: 'supporterMember',
  moderator: 'moderatorJoined',
};

/** Strings that break naive code: huge, control characters, bidi overrides, prototype keys. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '__proto__',
    'constructor',
    '<script>',
    'x'.repeat(5000),
    '💥'.repeat(300),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

/** A valid payload with one field replaced, removed or added. */
function nearlyValid(base: object) {
  const keys = Object.keys(base);
  return fc.oneof(
    keys.length > 0
      ? fc.tuple(fc.constantFrom(...keys), nasty).map(([k, v]) => ({ ...base, [k]: v }))
      : nasty.map((v) => ({ extra: v })),
    keys.length > 0
      ? fc
          .constantFrom(...keys)
          .map((k) => Object.fromEntries(Object.entries(base).filter(([key]) => key !== k)))
      : fc.constant(base),
    fc.tuple(fc.string({ maxLength: 10 }), nasty).map(([k, v]) => ({ ...base, [k]: v })),
  );
}

describe('hostile payloads to every event', () => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startServer();
    world = await buildWorld(server);
  });
  afterAll(async () => {
    world.close();
    await server.close();
  });

  it.each(events.filter((e) => e !== 'privacy:erase'))(
    '%s always answers with a typed result, never a crash or a stack',
    async (event) => {
      const spec = clientEvents[event];
      const client = world.actors[insiderFor[spec.roles[0]]];
      const base = validPayload(world)[event] as object;
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), nearlyValid(base)), async (payload) => {
          const ack = await client.send(event, payload as never);
          if (!ack.ok) {
            expect(errorCodeList).toContain(ack.error.code);
            expect(ack.error.code).not.toBe('internal');
            expect(ack.error.message).not.toMatch(
              /\bat .+:\d+|node_modules|TypeError|ReferenceError/,
            );
          }
        }),
        { numRuns: 40 },
      );
      // Others are still being served.
      const other = world.actors.peerOther;
      expect(await other.send('session:resume', {})).toMatchObject({ ok: true });
    },
  );

  it('privacy:erase refuses anything but an explicit confirmation', async () => {
    const client = world.actors.peerOther;
    await fc.assert(
      fc.asyncProperty(
        fc
          .anything()
          .filter(
            (p) => !(typeof p === 'object' && p !== null && 'confirm' in p && p.confirm === true),
          ),
        async (payload) => {
          const ack = await client.send('privacy:erase', payload as never);
          expect(ack).toMatchObject({ ok: false, error: { code: 'bad_request' } });
        },
      ),
      { numRuns: 60 },
    );
  });
});
