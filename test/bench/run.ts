/**
 * The load benchmark: each scenario against the platform and against a bare Socket.IO baseline,
 * servers in their own processes, this process as the load generator. Prints a table per
 * scenario and, as the last line, `BENCH_JSON {...}`. Exits non-zero when a message was lost,
 * duplicated or reordered, or a scenario crashed. Flags: `pnpm bench --help`; method and
 * figures: docs/performance.md.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { profilesIn, SkipError } from './lib/deployment.js';
import { machine, openFileLimit } from './lib/procstat.js';
import { figures, table, type ScenarioReport } from './lib/report.js';
import { usePlatformEntry, useServerFlags, type TargetKind } from './lib/spawn.js';
import { parseOptions } from './options.js';
import { formatSummary, summarize } from './profile/summarize.js';
import { churnScenario } from './scenarios/churn.js';
import { idleScenario } from './scenarios/idle.js';
import { oneToOneScenario } from './scenarios/oneToOne.js';
import type { RunContext, Scenario, TargetResult } from './scenarios/types.js';

const options = parseOptions(process.argv.slice(2));
// Exit through process.exit so the children (servers, Redis) are killed on the way out.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
const { params, quick } = options;

const limit = openFileLimit();
if (params.connections + 200 > limit) {
  console.error(
    `ulimit -n is ${limit}: too low for ${params.connections} connections. Raise it or lower --connections.`,
  );
  process.exit(2);
}
if (options.platformEntry) usePlatformEntry(options.platformEntry);
useServerFlags(options.serverFlags);
const profileRoot = options.profile
  ? mkdtempSync(path.join(tmpdir(), 'alongside-cpuprofile-'))
  : null;

const chat = {
  pairs: params.pairs,
  rate: params.rate,
  durationSeconds: params.duration,
  sliceSeconds: params.slice,
  bodyChars: params['body-chars'],
};
const scenarios: Scenario[] = [
  idleScenario({ connections: params.connections, supporterShare: 0.1 }),
  oneToOneScenario({ ...chat, nodes: 1 }),
  churnScenario({
    supporters: params['churn-supporters'],
    capacity: 5,
    peers: params['churn-peers'],
    joinRate: params['churn-rate'],
    leaveShare: 0.2,
    holdMs: 300,
    durationSeconds: params['churn-duration'],
  }),
  oneToOneScenario({ ...chat, nodes: 2 }),
];
const selected = options.only ? scenarios.filter((s) => options.only?.includes(s.name)) : scenarios;

const report: Record<string, ScenarioReport> = {};
const failures: string[] = [];
const started = performance.now();
console.log(`Alongside load benchmark${quick ? ' (quick)' : ''}: ${JSON.stringify(machine())}`);

for (const scenario of selected) {
  const results: Partial<Record<TargetKind, TargetResult>> = {};
  const skipped = scenario.runBoth
    ? await runBoth(scenario, scenario.runBoth, results)
    : await runEach(scenario, results);
  if (skipped) {
    report[scenario.name] = { skipped };
    console.log(`\n== ${scenario.title}: skipped: ${skipped}\n`);
    continue;
  }
  const rows = figures(scenario.metrics, results.platform ?? null, results.baseline ?? null);
  report[scenario.name] = { description: scenario.describe(), ...rows };
  console.log(`\n${table(scenario.title, scenario.describe(), scenario.metrics, rows)}\n`);
}

console.log(
  failures.length
    ? `FAILURES:\n  ${failures.join('\n  ')}`
    : 'No messages lost, duplicated or reordered.',
);
console.log(`Total time ${((performance.now() - started) / 1000).toFixed(0)} s`);
const summary = {
  ...report,
  params: { ...params, quick, serverFlags: options.serverFlags, machine: machine() },
  failures,
  ok: failures.length === 0,
};
console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
process.exit(failures.length ? 1 : 0);

function profileDirFor(scenario: Scenario, kind: TargetKind): string | undefined {
  if (!profileRoot || !scenario.profiled) return undefined;
  const dir = path.join(profileRoot, `${scenario.name}-${kind}`);
  mkdirSync(dir);
  return dir;
}

/** Both targets up together, taking turns; returns why it was skipped, if it was. */
async function runBoth(
  scenario: Scenario,
  both: NonNullable<Scenario['runBoth']>,
  results: Partial<Record<TargetKind, TargetResult>>,
): Promise<string | null> {
  const t0 = performance.now();
  const dirs = {
    platform: profileDirFor(scenario, 'platform'),
    baseline: profileDirFor(scenario, 'baseline'),
  };
  const windows: Partial<Record<TargetKind, { from: number; to: number }>> = {};
  const context = (kind: TargetKind): RunContext => ({
    ...(dirs[kind] ? { profileDir: dirs[kind] } : {}),
    markWindow: (from, to) => {
      windows[kind] = { from, to };
    },
  });
  try {
    const measured = await both({ platform: context('platform'), baseline: context('baseline') });
    for (const kind of ['platform', 'baseline'] as const) {
      results[kind] = measured[kind];
      for (const f of measured[kind].failures) failures.push(`${scenario.name}.${kind}: ${f}`);
    }
  } catch (err) {
    if (err instanceof SkipError) return err.message;
    failures.push(`${scenario.name}: crashed: ${err instanceof Error ? err.message : String(err)}`);
  }
  console.log(`   ${scenario.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const kind of ['platform', 'baseline'] as const) {
    const dir = dirs[kind];
    if (dir) printProfiles(`${scenario.name} ${kind}`, dir, windows[kind]);
  }
  return null;
}

/** One target after the other; returns why it was skipped, if it was. */
async function runEach(
  scenario: Scenario,
  results: Partial<Record<TargetKind, TargetResult>>,
): Promise<string | null> {
  for (const kind of ['platform', 'baseline'] as const) {
    const t0 = performance.now();
    let window: { from: number; to: number } | undefined;
    const profileDir = profileDirFor(scenario, kind);
    try {
      const result = await scenario.run(kind, {
        ...(profileDir ? { profileDir } : {}),
        markWindow: (from, to) => {
          window = { from, to };
        },
      });
      results[kind] = result;
      for (const f of result.failures) failures.push(`${scenario.name}.${kind}: ${f}`);
    } catch (err) {
      if (err instanceof SkipError && kind === 'platform') return err.message;
      failures.push(
        `${scenario.name}.${kind}: crashed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    console.log(
      `   ${scenario.name} ${kind} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (profileDir) printProfiles(`${scenario.name} ${kind}`, profileDir, window);
  }
  return null;
}

/** Where each server's profile went, and its top entries over the measured window only. */
function printProfiles(
  label: string,
  dir: string,
  window: { from: number; to: number } | undefined,
) {
  const files = profilesIn(dir);
  if (files.length === 0) console.log(`   no CPU profile was written in ${dir}`);
  for (const file of files) {
    const cut = window ? ` --from ${window.from} --to ${window.to}` : '';
    console.log(
      `\n-- CPU profile, ${label}: ${file}\n   (again: pnpm --filter @alongside/test exec tsx bench/profile/summarize.ts ${file}${cut})`,
    );
    console.log(formatSummary(summarize(file, window, 15)));
  }
}
