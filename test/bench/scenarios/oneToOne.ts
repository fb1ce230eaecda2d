import { monitorEventLoopDelay } from 'node:perf_hooks';
import { closeAll } from '../lib/clients.js';
import { CpuWindow, type CpuUse } from '../lib/cpuWindow.js';
import { deploy, type Deployment } from '../lib/deployment.js';
import { openPairs } from '../lib/pairs.js';
import { runTraffic } from '../lib/traffic.js';
import {
  monotonicMicros,
  type Metric,
  type RunContext,
  type Scenario,
  type TargetResult,
} from './types.js';

export interface OneToOneOptions {
  pairs: number;
  rate: number;
  durationSeconds: number;
  bodyChars: number;
  nodes: 1 | 2;
}

const metrics: Metric[] = [
  { key: 'latencyP50Ms', label: 'Latency p50', unit: 'ms', better: 'lower' },
  { key: 'latencyP95Ms', label: 'Latency p95', unit: 'ms', better: 'lower' },
  { key: 'latencyP99Ms', label: 'Latency p99', unit: 'ms', better: 'lower' },
  { key: 'latencyMaxMs', label: 'Latency max', unit: 'ms', better: 'lower' },
  { key: 'deliveredPerSecond', label: 'Delivered', unit: 'msg/s', better: 'higher', digits: 0 },
  {
    key: 'serverCpuSecondsPer1kMessages',
    label: 'Server CPU per 1,000 msgs',
    unit: 's',
    better: 'lower',
    digits: 3,
  },
  {
    key: 'serverUserCpuSecondsPer1kMessages',
    label: '  of which user space',
    unit: 's',
    better: 'lower',
    digits: 3,
  },
  {
    key: 'redisCpuSecondsPer1kMessages',
    label: 'Redis CPU per 1,000 msgs',
    unit: 's',
    better: 'lower',
    digits: 3,
  },
  { key: 'sent', label: 'Sent', unit: '', better: 'info', digits: 0 },
  { key: 'lost', label: 'Lost', unit: '', better: 'lower', digits: 0 },
  { key: 'duplicated', label: 'Duplicated', unit: '', better: 'lower', digits: 0 },
  { key: 'outOfOrder', label: 'Out of order', unit: '', better: 'lower', digits: 0 },
  { key: 'setupSeconds', label: 'Setup (open all chats)', unit: 's', better: 'info', digits: 1 },
  { key: 'loadgenCpuPercent', label: 'Load generator CPU', unit: '%', better: 'info', digits: 0 },
  {
    key: 'loadgenLoopDelayP99Ms',
    label: 'Load generator loop delay p99',
    unit: 'ms',
    better: 'info',
  },
  {
    key: 'otherCpuPercent',
    label: 'Other processes on the machine, CPU',
    unit: '%',
    better: 'info',
    digits: 0,
  },
];

/** P chats exchanging messages at a fixed aggregate rate (scenario 2; with two nodes, scenario 4). */
export function oneToOneScenario(options: OneToOneOptions): Scenario {
  const twoNodes = options.nodes === 2;
  return {
    name: twoNodes ? 'twoNode' : 'oneToOne',
    title: twoNodes ? 'One-to-one across two nodes on Redis' : 'One-to-one chats',
    describe: () =>
      `${options.pairs} pairs, ${options.rate} msg/s aggregate for ${options.durationSeconds} s, ` +
      `${options.bodyChars}-char bodies${twoNodes ? ', peers on node A, supporters on node B' : ''}`,
    metrics: twoNodes ? metrics : metrics.filter((m) => !m.key.startsWith('redis')),
    profiled: true,
    run: async (kind, context) => {
      const d = await deploy(kind, { nodes: options.nodes, profileDir: context.profileDir });
      try {
        return await measure(d, options, context);
      } finally {
        await d.stop();
      }
    },
  };
}

async function measure(
  d: Deployment,
  options: OneToOneOptions,
  context: RunContext,
): Promise<TargetResult> {
  const setupStart = performance.now();
  const pairs = await openPairs(d, options.pairs);
  const setupSeconds = (performance.now() - setupStart) / 1000;
  // Let the last coalesced queue broadcasts go out before measuring.
  await new Promise((r) => setTimeout(r, 500));

  const cpu = new CpuWindow(d);
  let use: CpuUse | undefined;
  let windowFrom = 0;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const traffic = await runTraffic(pairs, {
    rate: options.rate,
    durationSeconds: options.durationSeconds,
    bodyChars: options.bodyChars,
    uniqueSeq: !(d.kind === 'baseline' && d.nodes.length > 1),
    onWindow: (edge) => {
      if (edge === 'start') {
        cpu.start();
        windowFrom = monotonicMicros();
        loop.enable();
      } else {
        use = cpu.end();
        loop.disable();
        context.markWindow(windowFrom, monotonicMicros());
      }
    },
  });
  closeAll(pairs.flatMap((p) => [p.peer, p.supporter]));

  const failures: string[] = [];
  const problem = (count: number, what: string) => {
    if (count > 0) failures.push(`${count} ${what}`);
  };
  problem(traffic.lost, 'messages lost');
  problem(traffic.duplicated, 'messages duplicated');
  problem(traffic.outOfOrder, 'messages out of order');
  problem(traffic.seqCollisions, 'seq collisions');
  problem(traffic.misrouted, 'messages to the wrong conversation');
  problem(traffic.disconnects, 'sockets disconnected');
  problem(traffic.sent - traffic.acked - traffic.ackErrors.length, 'sends never acknowledged');
  if (traffic.ackErrors.length > 0) {
    failures.push(
      `${traffic.ackErrors.length} error acks (${[...new Set(traffic.ackErrors)].join(', ')})`,
    );
  }
  const latency = traffic.latency.summary();
  const thousands = traffic.sent / 1000;
  if (!use) throw new Error('the measurement window never closed');
  return {
    failures,
    metrics: {
      latencyP50Ms: latency.p50,
      latencyP95Ms: latency.p95,
      latencyP99Ms: latency.p99,
      latencyMaxMs: latency.max,
      deliveredPerSecond:
        traffic.delivered / Math.max(traffic.deliverySeconds, traffic.sendSeconds),
      serverCpuSecondsPer1kMessages: use.serverSeconds / thousands,
      serverUserCpuSecondsPer1kMessages: use.serverUserSeconds / thousands,
      ...(d.redis ? { redisCpuSecondsPer1kMessages: use.redisSeconds / thousands } : {}),
      sent: traffic.sent,
      lost: traffic.lost,
      duplicated: traffic.duplicated,
      outOfOrder: traffic.outOfOrder,
      setupSeconds,
      loadgenCpuPercent: (use.loadgenSeconds / use.wallSeconds) * 100,
      loadgenLoopDelayP99Ms: loop.percentile(99) / 1e6,
      otherCpuPercent: (use.otherSeconds / use.wallSeconds) * 100,
    },
  };
}
