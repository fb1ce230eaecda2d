import { clientEvents, type ClientEventName, type Role } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPeer, type TestClient } from '../helpers/clients.js';
import { connectModerator, connectSupporter, queuedPeer } from '../helpers/people.js';
import { startServer, type TestServer } from '../helpers/server.js';

const events = Object.keys(clientEvents) as ClientEventName[];

describe('the socket boundary', () => {
  let server: TestServer;
  const byRole = {} as Record<Role, TestClient>;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    server = await startServer();
    byRole.peer = await connectPeer(server.url);
    byRole.supporter = await connectSupporter(server.url, server.app, { capacity: 1 });
    byRole.moderator = await connectModerator(server.url, server.app);
    clients.push(...Object.values(byRole));
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  describe.each(events)('%s', (event) => {
    const spec = clientEvents[event];
    const outsiders = (['peer', 'supporter', 'moderator'] as const).filter(
      (r) => !(spec.roles as readonly string[]).includes(r),
    );
    const insider = spec.roles[0];

    it.each(outsiders.map((r) => [r]))('answers forbidden to a %s', async (role) => {
      const result = await byRole[role].send(event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });

    it.each([
      ['a string', 'hello'],
      ['a number', 42],
      ['null', null],
      ['an array', [1, 2]],
      ['an unknown field', { surprise: true }],
    ])('answers bad_request to %s', async (_label, payload) => {
      const result = await byRole[insider].send(event, payload as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      if (!result.ok) expect(result.error.message).not.toMatch(/at \w+ \(|node_modules|\.ts:/);
    });
  });

  it('answers unknown_event to an event the contract does not have', async () => {
    const ack = await (
      byRole.peer.socket.timeout(2000) as unknown as {
        emitWithAck(e: string, p: unknown): Promise<unknown>;
      }
    ).emitWithAck('admin:drop-tables', {});
    expect(ack).toMatchObject({ ok: false, error: { code: 'unknown_event' } });
  });

  it('answers payload_too_large to an oversized message and keeps serving everyone', async () => {
    const supporter = await connectSupporter(server.url, server.app, { capacity: 1 });
    const { peer, entryId } = await queuedPeer(server.url);
    clients.push(supporter, peer);
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    const huge = await peer.send('conversation:send', {
      conversationId: conversation.id,
      clientId: 'huge-00001',
      body: 'x'.repeat(4001),
    });
    expect(huge).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    // Beyond the transport bound (64 KB) the socket is dropped; other people are not disturbed.
    peer.socket.emit(
      'conversation:send',
      { conversationId: conversation.id, clientId: 'huge-00002', body: 'y'.repeat(100_000) },
      () => undefined,
    );
    const fine = await supporter.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'after-0001',
      body: 'still here',
    });
    expect(fine.message.seq).toBe(1);
    const other = await connectPeer(server.url);
    clients.push(other);
    expect((await other.ok('queue:join', { pseudonym: 'Ash' })).status.position).toBe(1);
  });

  it('never lets a peer read or post in a conversation that is not theirs', async () => {
    const supporter = await connectSupporter(server.url, server.app, { capacity: 2 });
    const a = await queuedPeer(server.url, { pseudonym: 'A' });
    const b = await queuedPeer(server.url, { pseudonym: 'B' });
    clients.push(supporter, a.peer, b.peer);
    const { conversation } = await supporter.ok('queue:accept', { entryId: a.entryId });
    await supporter.ok('queue:accept', { entryId: b.entryId });
    await a.peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'private-001',
      body: 'just for you',
    });
    const attempts = await Promise.all([
      b.peer.send('conversation:history', { conversationId: conversation.id, afterSeq: 0 }),
      b.peer.send('conversation:send', {
        conversationId: conversation.id,
        clientId: 'intrude-01',
        body: 'hi',
      }),
      b.peer.send('conversation:receipt', { conversationId: conversation.id, read: 1 }),
      b.peer.send('conversation:typing', { conversationId: conversation.id, typing: true }),
      b.peer.send('conversation:end', { conversationId: conversation.id }),
    ]);
    for (const r of attempts) expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const otherSupporter = await connectSupporter(server.url, server.app, { capacity: 1 });
    clients.push(otherSupporter);
    expect(
      await otherSupporter.send('conversation:history', {
        conversationId: conversation.id,
        afterSeq: 0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(JSON.stringify(b.peer.received.get('conversation:message') ?? [])).not.toContain(
      'just for you',
    );
  });

  it('refuses a socket without a valid token or with an old protocol version', async () => {
    const { connectSocket } = await import('../helpers/clients.js');
    const attempt = (auth: Record<string, unknown>) =>
      new Promise<string>((resolve) => {
        const s = connectSocket(server.url, 'x');
        s.auth = auth;
        s.io.opts.reconnection = false;
        s.once('connect_error', (err: Error & { data?: { code?: string } }) => {
          s.close();
          resolve(err.data?.code ?? err.message);
        });
        s.once('connect', () => {
          s.close();
          resolve('connected');
        });
      });
    expect(await attempt({})).toBe('unauthenticated');
    expect(await attempt({ token: 'a'.repeat(40), protocolVersion: 1 })).toBe('unauthenticated');
    expect(await attempt({ token: byRole.peer.token, protocolVersion: 0 })).toBe(
      'version_mismatch',
    );
  });
});
