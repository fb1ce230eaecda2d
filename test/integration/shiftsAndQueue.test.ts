import { describe, expect, it } from 'vitest';
import { connectPeer } from '../helpers/clients.js';
import { connectSupporter, queuedPeer } from '../helpers/people.js';
import { useTestServer } from '../helpers/suite.js';

describe('shifts and the queue', () => {
  const { server, track } = useTestServer();

  it('tells a waiting peer honestly when nobody is on shift, then updates their place live', async () => {
    const { peer } = await queuedPeer(server.url);
    track(peer);
    const resumed = await peer.ok('session:resume', {});
    expect(resumed.queue?.status).toMatchObject({
      position: 1,
      estimatedWaitSeconds: null,
      supportersOnShift: 0,
    });
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 1 }));
    const status = await peer.next('queue:status', (s) => s.supportersOnShift === 1);
    expect(status.estimatedWaitSeconds).toBeGreaterThan(0);
    const second = await queuedPeer(server.url);
    track(second.peer);
    expect((await second.peer.next('queue:status')).position).toBe(2);
    await supporter.ok('queue:accept', {});
    expect((await second.peer.next('queue:status', (s) => s.position === 1)).queueLength).toBe(1);
    expect(await second.peer.ok('queue:leave', {})).toMatchObject({ left: true });
    expect(await second.peer.ok('queue:leave', {})).toMatchObject({ left: false });
    expect((await supporter.next('queue:updated', (q) => q.entries.length === 0)).entries).toEqual(
      [],
    );
  });

  it('refuses a second place in the queue and a queue place while a chat is open', async () => {
    const { peer } = await queuedPeer(server.url);
    track(peer);
    expect(await peer.send('queue:join', { pseudonym: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'already_queued' },
    });
    await peer.ok('queue:leave', {});
  });

  it('offers no chats on a break, respects capacity, and drains a shift that ends with chats open', async () => {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 1 }));
    const a = await queuedPeer(server.url);
    const b = await queuedPeer(server.url);
    track(a.peer);
    track(b.peer);
    await supporter.ok('shift:pause', {});
    expect(await supporter.send('queue:accept', { entryId: a.entryId })).toMatchObject({
      ok: false,
      error: { code: 'not_on_shift' },
    });
    await supporter.ok('shift:resume', {});
    const { conversation } = await supporter.ok('queue:accept', { entryId: a.entryId });
    expect(await supporter.send('queue:accept', { entryId: b.entryId })).toMatchObject({
      ok: false,
      error: { code: 'at_capacity' },
    });
    const ending = await supporter.ok('shift:end', {});
    expect(ending.shift).toMatchObject({ status: 'ending', activeChats: 1 });
    expect(await supporter.send('queue:accept', { entryId: b.entryId })).toMatchObject({
      ok: false,
      error: { code: 'not_on_shift' },
    });
    await supporter.ok('conversation:end', { conversationId: conversation.id });
    expect((await supporter.next('shift:updated', (s) => s.shift === null)).shift).toBeNull();
    expect((await supporter.ok('session:resume', {})).shift).toBeNull();
    expect(await supporter.send('shift:pause', {})).toMatchObject({
      ok: false,
      error: { code: 'not_on_shift' },
    });
    await b.peer.ok('queue:leave', {});
  });

  it('offers the riskiest, then the longest-waiting peer, with shared experience breaking ties', async () => {
    const supporter = track(
      await connectSupporter(server.url, server.app, { capacity: 5, experience: ['bereavement'] }),
    );
    const first = await queuedPeer(server.url, { pseudonym: 'First' });
    const peer = track(await connectPeer(server.url));
    await peer.ok('queue:join', {
      pseudonym: 'Match',
      topics: ['bereavement'],
      wantsSharedExperience: true,
    });
    track(first.peer);
    const a = await supporter.ok('queue:accept', {});
    const b = await supporter.ok('queue:accept', {});
    expect([a.conversation.peerPseudonym, b.conversation.peerPseudonym]).toEqual([
      'Match',
      'First',
    ]);
    expect(await supporter.send('queue:accept', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('keeps only configured topics', async () => {
    const peer = track(await connectPeer(server.url));
    const joined = await peer.ok('queue:join', {
      pseudonym: 'T',
      topics: ['anxiety', 'made-up-topic', 'anxiety'],
    });
    expect(joined.entry.topics).toEqual(['anxiety']);
    await peer.ok('queue:leave', {});
  });
});
