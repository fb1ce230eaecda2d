import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { closeAll } from '../lib/clients.js';
import { CpuWindow, type CpuUse } from '../lib/cpuWindow.js';
import { deploy, type Deployment } from '../lib/deployment.js';
import { openPairs, type Pair } from '../lib/pairs.js';
import type { TargetKind } from '../lib/spawn.js';
import { Samples, sleep } from '../lib/stats.js';
import { runTraffic, type TrafficResult } from '../lib/traffic.js';
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
  /** Seconds per turn; the duration is split into turns that alternate between the targets. */
  sliceSeconds: number;
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
  {
    key: 'serverCpuPer1kSpread',
    label: '  spread over the turns (max/min)',
    unit: '',
    better: 'info',
    digits: 2,
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
  const turns = Math.max(1, Math.round(options.durationSeconds / options.sliceSeconds));
  return {
    name: twoNodes ? 'twoNode' : 'oneToOne',
    title: twoNodes ? 'One-to-one across two nodes on Redis' : 'One-to-one chats',
    describe: () =>
      `${options.pairs} pairs, ${options.rate} msg/s aggregate for ${options.durationSeconds} s ` +
      `(${turns} turns, alternating with the baseline), ${options.bodyChars}-char bodies` +
      (twoNodes ? ', peers on node A, supporters on node B' : ''),
    metrics: twoNodes ? metrics : metrics.filter((m) => !m.key.startsWith('redis')),
    profiled: true,
    run: async (kind, context) => {
      const target = await Target.open(kind, options, context);
      try {
        await target.turn(options.durationSeconds);
        return target.result();
      } finally {
        await target.stop();
      }
    },
    runBoth: async (contexts) => {
      const targets: Target[] = [];
      try {
        // Both stay up for the whole run; only the one taking its turn gets traffic.
        for (const kind of ['platform', 'baseline'] as const)
          targets.push(await Target.open(kind, options, contexts[kind]));
        const [platform, baseline] = targets as [Target, Target];
        for (let i = 0; i < turns; i++) {
          // ABBA order, so a steady drift in the machine's speed favours neither.
          const order = i % 2 === 0 ? [platform, baseline] : [baseline, platform];
          for (const target of order) await target.turn(options.durationSeconds / turns);
        }
        return { platform: platform.result(), baseline: baseline.result() };
      } finally {
        await Promise.all(targets.map((t) => t.stop()));
      }
    },
  };
}

/** One deployment with its chats open, measured over one or more turns of traffic. */
class Target {
  private readonly latency = new Samples();
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 5 });
  private readonly turns: { traffic: TrafficResult; cpu: CpuUse }[] = [];
  private windowFrom = 0;

  private constructor(
    private readonly d: Deployment,
    private readonly pairs: Pair[],
    private readonly setupSeconds: number,
    private readonly options: OneToOneOptions,
    private readonly context: RunContext,
  ) {}

  static async open(
    kind: TargetKind,
    options: OneToOneOptions,
    context: RunContext,
  ): Promise<Target> {
    const d = await deploy(kind, { nodes: options.nodes, profileDir: context.profileDir });
    try {
      const setupStart = performance.now();
      const pairs = await openPairs(d, options.pairs);
      const setupSeconds = (performance.now() - setupStart) / 1000;
      // Let the last coalesced queue broadcasts go out before measuring.
      await sleep(500);
      return new Target(d, pairs, setupSeconds, options, context);
    } catch (err) {
      await d.stop();
      throw err;
    }
  }

  async turn(durationSeconds: number): Promise<void> {
    const cpu = new CpuWindow(this.d);
    let use: CpuUse | undefined;
    const traffic = await runTraffic(this.pairs, {
      rate: this.options.rate,
      durationSeconds,
      bodyChars: this.options.bodyChars,
      uniqueSeq: !(this.d.kind === 'baseline' && this.d.nodes.length > 1),
      latency: this.latency,
      onWindow: (edge) => {
        if (edge === 'start') {
          cpu.start();
          if (this.turns.length === 0) this.windowFrom = monotonicMicros();
          this.loop.enable();
        } else {
          use = cpu.end();
          this.loop.disable();
          // A profile is cut from the first turn's start to the last turn's end.
          this.context.markWindow(this.windowFrom, monotonicMicros());
        }
      },
    });
    if (!use) throw new Error('the measurement window never closed');
    this.turns.push({ traffic, cpu: use });
  }

  result(): TargetResult {
    const sum = (f: (t: { traffic: TrafficResult; cpu: CpuUse }) => number) =>
      this.turns.reduce((n, t) => n + f(t), 0);
    const traffic = {
      sent: sum((t) => t.traffic.sent),
      acked: sum((t) => t.traffic.acked),
      delivered: sum((t) => t.traffic.delivered),
      lost: sum((t) => t.traffic.lost),
      duplicated: sum((t) => t.traffic.duplicated),
      outOfOrder: sum((t) => t.traffic.outOfOrder),
      seqCollisions: sum((t) => t.traffic.seqCollisions),
      misrouted: sum((t) => t.traffic.misrouted),
      disconnects: sum((t) => t.traffic.disconnects),
      ackErrors: this.turns.flatMap((t) => t.traffic.ackErrors),
      seconds: sum((t) => Math.max(t.traffic.deliverySeconds, t.traffic.sendSeconds)),
    };
    const cpu = {
      wall: sum((t) => t.cpu.wallSeconds),
      server: sum((t) => t.cpu.serverSeconds),
      serverUser: sum((t) => t.cpu.serverUserSeconds),
      redis: sum((t) => t.cpu.redisSeconds),
      loadgen: sum((t) => t.cpu.loadgenSeconds),
      other: sum((t) => t.cpu.otherSeconds),
    };
    const perTurn = this.turns.map((t) => t.cpu.serverSeconds / (t.traffic.sent / 1000));

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
    const latency = this.latency.summary();
    const thousands = traffic.sent / 1000;
    return {
      failures,
      metrics: {
        latencyP50Ms: latency.p50,
        latencyP95Ms: latency.p95,
        latencyP99Ms: latency.p99,
        latencyMaxMs: latency.max,
        deliveredPerSecond: traffic.delivered / traffic.seconds,
        serverCpuSecondsPer1kMessages: cpu.server / thousands,
        serverUserCpuSecondsPer1kMessages: cpu.serverUser / thousands,
        ...(this.d.redis ? { redisCpuSecondsPer1kMessages: cpu.redis / thousands } : {}),
        serverCpuPer1kSpread: Math.max(...perTurn) / Math.min(...perTurn),
        sent: traffic.sent,
        lost: traffic.lost,
        duplicated: traffic.duplicated,
        outOfOrder: traffic.outOfOrder,
        setupSeconds: this.setupSeconds,
        loadgenCpuPercent: (cpu.loadgen / cpu.wall) * 100,
        loadgenLoopDelayP99Ms: this.loop.percentile(99) / 1e6,
        otherCpuPercent: (cpu.other / cpu.wall) * 100,
      },
    };
  }

  async stop(): Promise<void> {
    closeAll(this.pairs.flatMap((p) => [p.peer, p.supporter]));
    await this.d.stop();
  }
}
