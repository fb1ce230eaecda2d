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
import type { Scenario, TargetResult } from './scenarios/types.js';

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
  let skipped: string | null = null;
  for (const kind of ['platform', 'baseline'] as const) {
    const t0 = performance.now();
    let window: { from: number; to: number } | undefined;
    const profileDir =
      profileRoot && scenario.profiled
        ? path.join(profileRoot, `${scenario.name}-${kind}`)
        : undefined;
    if (profileDir) mkdirSync(profileDir);
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
      if (err instanceof SkipError && kind === 'platform') {
        skipped = err.message;
        break;
      }
      failures.push(
        `${scenario.name}.${kind}: crashed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    console.log(
      `   ${scenario.name} ${kind} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (profileDir) printProfiles(`${scenario.name} ${kind}`, profileDir, window);
  }
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
