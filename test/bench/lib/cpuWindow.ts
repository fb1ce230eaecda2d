import type { Deployment } from './deployment.js';
import { cpuSeconds, machineBusySeconds } from './procstat.js';

export interface CpuUse {
  wallSeconds: number;
  /** All server processes of the deployment together. */
  serverSeconds: number;
  /** The user-space part of serverSeconds: JavaScript, GC, libuv; the rest is kernel time. */
  serverUserSeconds: number;
  redisSeconds: number;
  /** This process: the load generator. */
  loadgenSeconds: number;
  /** Everything else on the machine: a busy neighbour makes the figures less trustworthy. */
  otherSeconds: number;
}

/** CPU used over a measurement window, by whom. */
export class CpuWindow {
  private startedAt = 0;
  private first = { server: 0, serverUser: 0, redis: 0, loadgen: 0, machine: 0 };

  constructor(private readonly deployment: Deployment) {}

  private read() {
    return {
      server: this.deployment.serverCpuSeconds(),
      serverUser: this.deployment.nodes.reduce((sum, n) => sum + n.cpuTimes().user, 0),
      redis: this.deployment.redis?.cpuSeconds() ?? 0,
      loadgen: cpuSeconds(process.pid),
      machine: machineBusySeconds(),
    };
  }

  start(): void {
    this.startedAt = performance.now();
    this.first = this.read();
  }

  end(): CpuUse {
    const last = this.read();
    const server = last.server - this.first.server;
    const redis = last.redis - this.first.redis;
    const loadgen = last.loadgen - this.first.loadgen;
    return {
      wallSeconds: (performance.now() - this.startedAt) / 1000,
      serverSeconds: server,
      serverUserSeconds: last.serverUser - this.first.serverUser,
      redisSeconds: redis,
      loadgenSeconds: loadgen,
      otherSeconds: Math.max(0, last.machine - this.first.machine - server - redis - loadgen),
    };
  }
}
