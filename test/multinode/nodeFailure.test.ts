import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullHistory, mergeBySeq, pushedMessages, sendUntilStored } from './chat.js';
import { startCluster, type Cluster } from './cluster.js';
import { startTcpProxy, type TcpProxy } from './tcpProxy.js';

const COUNT = 500;
const KILL_AT = 150;
const clientId = (i: number) => `peer-msg-${String(i).padStart(4, '0')}`;

describe('a node dies mid-conversation', () => {
  let cluster: Cluster;
  let proxy: TcpProxy;
  beforeAll(async () => {
    cluster = await startCluster();
    proxy = await startTcpProxy(cluster.a.port);
  });
  afterAll(async () => {
    await proxy?.close();
    await cluster?.close();
  });

  it('loses none of 500 messages and duplicates none when the peer’s node is killed', async () => {
    const { a, b } = cluster;
    // The peer reaches node A through the "load balancer"; the supporter is on node B.
    const supporter = await cluster.supporter(b, { capacity: 1 });
    const { peer, entryId } = await cluster.queuedPeer(proxy, 'Robin');
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    await peer.next('conversation:opened');
    const id = conversation.id;

    const acked: { seq: number; body: string }[] = [];
    let retried = 0;
    let killed: Promise<void> | null = null;
    for (let i = 0; i < COUNT; i++) {
      const sending = sendUntilStored(peer, id, clientId(i), `message ${i}`);
      if (i === KILL_AT) {
        // Node A dies with this send in flight; the balancer now sends reconnects to B.
        proxy.pointTo(b.port);
        killed = a.kill('SIGKILL');
      }
      const { message, attempts } = await sending;
      if (attempts > 1) retried++;
      acked.push({ seq: message.seq, body: message.body });
    }
    await killed;

    const expected = Array.from({ length: COUNT }, (_, i) => ({
      seq: i + 1,
      body: `message ${i}`,
    }));
    // The peer's own view: every message acknowledged once, numbered in the order sent.
    expect(acked).toEqual(expected);
    expect(retried).toBeGreaterThan(0);

    // The supporter saw pushes (from A, then from B through the adapter) and resyncs.
    const pushed = pushedMessages(supporter, id);
    const pushedSeqs = pushed.map((m) => m.seq);
    expect(new Set(pushedSeqs).size).toBe(pushedSeqs.length);
    expect(pushedSeqs).toEqual([...pushedSeqs].sort((x, y) => x - y));
    const supporterView = mergeBySeq(pushed, await fullHistory(supporter, id));
    expect(supporterView.map((m) => ({ seq: m.seq, body: m.body }))).toEqual(expected);

    // The peer, now on node B, agrees.
    const peerView = await fullHistory(peer, id);
    expect(peerView.map((m) => ({ seq: m.seq, body: m.body }))).toEqual(expected);
    expect(peerView.map((m) => m.clientId)).toEqual(expected.map((_, i) => clientId(i)));
  });
});
