import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPeer, sleep, type TestClient } from '../helpers/clients.js';
import { connectModerator, connectSupporter, queuedPeer } from '../helpers/people.js';
import { startServer, type TestServer } from '../helpers/server.js';

describe("privacy: consent, the peer's own data, retention and logs", () => {
  let server: TestServer;
  let logs = '';
  const clients: TestClient[] = [];
  const track = <T extends TestClient>(c: T) => (clients.push(c), c);
  beforeAll(async () => {
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    // Debug level: the most the server ever writes.
    server = await startServer({ logs: sink, env: { TRANSCRIPT_RETENTION_SECONDS: '1' } });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  async function chat() {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 3 }));
    const { peer, entryId } = await queuedPeer(server.url, {
      pseudonym: 'PseudonymMarker',
      note: 'NoteMarker about work',
    });
    track(peer);
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    return { supporter, peer, conversation };
  }

  it('asks for consent before a peer can join the queue, and records its version', async () => {
    const peer = track(await connectPeer(server.url, { consent: false }));
    expect(await peer.send('queue:join', { pseudonym: 'Kit' })).toMatchObject({
      ok: false,
      error: { code: 'consent_required' },
    });
    const consent = await peer.ok('consent:accept', { version: 1 });
    expect(consent.consentVersion).toBe(1);
    expect((await server.app.store.getPeer(peer.identity.id))?.consentVersion).toBe(1);
    expect((await peer.ok('queue:join', { pseudonym: 'Kit' })).status.position).toBeGreaterThan(0);
    await peer.ok('queue:leave', {});
  });

  it('lets a peer export their chats and erase them, keeping flags without their identity', async () => {
    const { supporter, peer, conversation } = await chat();
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'exp-000001',
      body: 'i want to die',
    });
    await supporter.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'exp-000002',
      body: "I'm listening.",
    });
    const raised = await supporter.next('flag:raised');
    const exported = await peer.ok('privacy:export', {});
    expect(exported.consentVersion).toBe(1);
    expect(exported.conversations).toHaveLength(1);
    expect(exported.conversations[0]?.messages.map((m) => m.body)).toEqual([
      'i want to die',
      "I'm listening.",
    ]);

    const closed = new Promise((resolve) => peer.socket.once('disconnect', resolve));
    expect(await peer.ok('privacy:erase', { confirm: true })).toMatchObject({
      erasedConversations: 1,
    });
    expect(await supporter.next('conversation:erased')).toEqual({
      conversationId: conversation.id,
    });
    await closed;
    expect(await server.app.store.getConversation(conversation.id)).toBeNull();
    expect(await server.app.store.getPeer(peer.identity.id)).toBeNull();
    const flag = await server.app.store.getFlag(raised.flag.id);
    expect(flag).toMatchObject({ peerId: null, level: raised.flag.level });
    expect(JSON.stringify(flag)).not.toContain('want to die');
    expect(
      await supporter.send('conversation:history', {
        conversationId: conversation.id,
        afterSeq: 0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await supporter.ok('session:resume', {})).shift?.activeChats).toBe(0);
  });

  it('deletes transcripts once the retention period has passed', async () => {
    const { peer, conversation } = await chat();
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'ret-000001',
      body: 'kept for a while',
    });
    await peer.ok('conversation:end', { conversationId: conversation.id });
    expect(await server.app.retention.sweep()).toBe(0);
    await sleep(1100);
    expect(await server.app.retention.sweep()).toBeGreaterThanOrEqual(1);
    expect(await server.app.store.getConversation(conversation.id)).toBeNull();
    expect((await peer.ok('privacy:export', {})).conversations).toEqual([]);
  });

  it('reminds both sides when contact details are shared, without blocking', async () => {
    const { supporter, peer, conversation } = await chat();
    const sent = await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'pii-000001',
      body: 'text me on 07700 900123 or mail kit@example.com',
    });
    expect(sent.message.seq).toBe(1);
    const [a, b] = await Promise.all([
      peer.next('conversation:contact-reminder'),
      supporter.next('conversation:contact-reminder'),
    ]);
    expect(a).toEqual(b);
    expect(a.kinds).toEqual(expect.arrayContaining(['phone', 'email']));
  });

  it('keeps message content, notes and pseudonyms out of everything the server logs', async () => {
    const moderator = track(await connectModerator(server.url, server.app));
    const { supporter, peer, conversation } = await chat();
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'log-000001',
      body: 'MessageMarker i want to kill myself',
    });
    const alert = await moderator.next(
      'flag:alert',
      (a) => a.flag.conversationId === conversation.id,
    );
    await moderator.ok('flag:note', { flagId: alert.flag.id, note: 'FlagNoteMarker' });
    await supporter.ok('flag:raise', {
      conversationId: conversation.id,
      level: 'concern',
      categories: ['self_harm'],
      note: 'ManualNoteMarker',
    });
    await peer.send('conversation:send', {
      conversationId: conversation.id,
      clientId: 'log-000002',
      body: 'BadMarker'.repeat(500),
    });
    await peer.send('queue:join', { pseudonym: 'BadPseudonymMarker'.repeat(5) });
    await sleep(100);
    expect(logs.length).toBeGreaterThan(0);
    for (const marker of [
      'MessageMarker',
      'PseudonymMarker',
      'NoteMarker',
      'FlagNoteMarker',
      'ManualNoteMarker',
      'BadMarker',
      'want to kill',
    ]) {
      expect(logs).not.toContain(marker);
    }
  });

  it('shows moderators the append-only audit log, filterable', async () => {
    const moderator = track(await connectModerator(server.url, server.app));
    const { records } = await moderator.ok('audit:list', { action: 'flag.raise', limit: 50 });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.action === 'flag.raise')).toBe(true);
    const peer = track(await connectPeer(server.url));
    expect(await peer.send('audit:list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
