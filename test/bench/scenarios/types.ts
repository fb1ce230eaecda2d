import type { TargetKind } from '../lib/spawn.js';

/** How one figure is shown: its key in BENCH_JSON, its label and unit in the table. */
export interface Metric {
  key: string;
  label: string;
  unit: string;
  /** Which direction is good; 'info' figures are context (counts, load generator health). */
  better: 'lower' | 'higher' | 'info';
  digits?: number;
}

/** What one scenario measured against one target. */
export interface TargetResult {
  metrics: Record<string, number>;
  /** Correctness failures (lost, duplicated, out-of-order, unexpected errors): they fail the run. */
  failures: string[];
}

/** What run.ts hands each run: where profiles go, and how to report the measured window. */
export interface RunContext {
  /** --profile: the servers run under --cpu-prof and write their profiles here. */
  profileDir?: string;
  /** The measurement window in CLOCK_MONOTONIC microseconds, so a profile can be cut to it. */
  markWindow(fromMicros: number, toMicros: number): void;
}

/** The monotonic clock V8's profiles use, in microseconds. */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

export interface Scenario {
  /** The key in BENCH_JSON and the name for --only. */
  name: string;
  title: string;
  /** One line on what was run, with its parameters. */
  describe(): string;
  metrics: Metric[];
  /** Whether --profile applies (idle has nothing to profile). */
  profiled: boolean;
  run(kind: TargetKind, context: RunContext): Promise<TargetResult>;
  /**
   * Runs both targets together, taking turns in short slices, so a change in the machine's
   * speed during the run (a noisy neighbour, frequency scaling) falls on both alike. When
   * present, run.ts uses this instead of two calls to run.
   */
  runBoth?: (contexts: Record<TargetKind, RunContext>) => Promise<Record<TargetKind, TargetResult>>;
}
