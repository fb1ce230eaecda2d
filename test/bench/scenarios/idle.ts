import { closeAll, connectedSockets } from '../lib/clients.js';
import { deploy } from '../lib/deployment.js';
import { connectAll, peerSessions, supporterSessions } from '../lib/people.js';
import { sleep } from '../lib/stats.js';
import type { Scenario } from './types.js';

export interface IdleOptions {
  connections: number;
  /** Share of connections that are supporters (the rest are peers). */
  supporterShare: number;
}

/**
 * N signed-in people connected and doing nothing. Memory is read after a forced full GC just
 * before connecting (sessions already issued) and again once every socket is up, so the delta
 * is the cost of connections alone; the store's per-identity cost is reported separately.
 */
export function idleScenario(options: IdleOptions): Scenario {
  const supporters = Math.max(1, Math.round(options.connections * options.supporterShare));
  const peers = options.connections - supporters;
  return {
    name: 'idle',
    title: 'Idle connections',
    describe: () =>
      `${options.connections} sockets (${peers} peers, ${supporters} supporters), idle`,
    metrics: [
      {
        key: 'rssPerConnectionBytes',
        label: 'RSS per connection',
        unit: 'B',
        better: 'lower',
        digits: 0,
      },
      {
        key: 'heapPerConnectionBytes',
        label: 'Heap per connection',
        unit: 'B',
        better: 'lower',
        digits: 0,
      },
      {
        key: 'storeHeapPerIdentityBytes',
        label: 'Heap per signed-in identity (store)',
        unit: 'B',
        better: 'info',
        digits: 0,
      },
      { key: 'connectsPerSecond', label: 'Connect rate', unit: '/s', better: 'higher', digits: 0 },
      {
        key: 'serverCpuMsPerConnect',
        label: 'Server CPU per connect',
        unit: 'ms',
        better: 'lower',
        digits: 3,
      },
      { key: 'connections', label: 'Connections', unit: '', better: 'info', digits: 0 },
    ],
    profiled: false,
    run: async (kind) => {
      const d = await deploy(kind, { nodes: 1 });
      const node = d.nodes[0];
      if (!node) throw new Error('no node');
      try {
        const start = await node.memory();
        const sessions = [
          ...(await supporterSessions(d.moderator, node.url, supporters)),
          ...(await peerSessions(node.url, peers)),
        ];
        const before = await node.memory();
        const cpu0 = node.cpuSeconds();
        const t0 = performance.now();
        const connected = await connectAll(node.url, sessions);
        const connectSeconds = (performance.now() - t0) / 1000;
        const cpu1 = node.cpuSeconds();
        await sleep(2000);
        const after = await node.memory();
        const serverSockets = await connectedSockets(node.url);
        closeAll(connected.map((c) => c.socket));
        const failures: string[] = [];
        // +1: the moderator who made the invites is connected too.
        if (serverSockets !== options.connections + 1) {
          failures.push(
            `server reports ${serverSockets} sockets, expected ${options.connections + 1}`,
          );
        }
        const n = options.connections;
        return {
          failures,
          metrics: {
            connections: n,
            rssPerConnectionBytes: (after.rss - before.rss) / n,
            heapPerConnectionBytes: (after.heapUsed - before.heapUsed) / n,
            storeHeapPerIdentityBytes: (before.heapUsed - start.heapUsed) / n,
            connectsPerSecond: n / connectSeconds,
            serverCpuMsPerConnect: ((cpu1 - cpu0) * 1000) / n,
          },
        };
      } finally {
        await d.stop();
      }
    },
  };
}
