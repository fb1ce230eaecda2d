/**
 * Prints where a V8 CPU profile (node --cpu-prof) spent its time: the top functions by self
 * time, and self time grouped by package. Optionally only samples inside a window, given in
 * CLOCK_MONOTONIC microseconds (the clock both V8 profiles and process.hrtime use on Linux).
 *
 *   pnpm --filter @alongside/test exec tsx bench/profile/summarize.ts <file.cpuprofile> [--top 25] [--from us --to us]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Time on the CPU: every sample except (idle). Percentages are of this. */
  busyMs: number;
  idleMs: number;
  functions: { name: string; where: string; selfMs: number; percent: number }[];
  packages: { name: string; selfMs: number; percent: number }[];
}

/** Which package (or part of the repo, or V8 pseudo-frame) a frame belongs to. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm?.[1]) return pnpm[1];
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain?.[1]) return plain[1];
  const repo = /\/(server|shared)\/(?:dist|src)\/(.+?)\/?[^/]*$/.exec(url);
  if (repo) return `${repo[1]}/${repo[2]}`;
  return url;
}

function shortWhere(url: string, line: number): string {
  if (!url) return '';
  const tail =
    url
      .replace(/^file:\/\//, '')
      .split('/node_modules/')
      .pop() ?? url;
  return `${tail
    .replace(/^\.pnpm\/[^/]+\/node_modules\//, '')
    .split('/')
    .slice(-3)
    .join('/')}:${line + 1}`;
}

export function summarize(
  file: string,
  window?: { from: number; to: number },
  top = 25,
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const weight = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (window && (t < window.from || t > window.to)) continue;
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + weight);
  }
  const functions = new Map<string, { name: string; where: string; selfMs: number }>();
  const packages = new Map<string, number>();
  let busyMs = 0;
  let idleMs = 0;
  for (const [id, ms] of self) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const name = frame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idleMs += ms;
      continue;
    }
    const where = shortWhere(frame.url, frame.lineNumber);
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? { name, where, selfMs: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
    const pkg = packageOf(frame.url, name);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    busyMs += ms;
  }
  const percent = (ms: number) => (busyMs > 0 ? (ms / busyMs) * 100 : 0);
  return {
    busyMs,
    idleMs,
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, percent: percent(f.selfMs) })),
    packages: [...packages.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, selfMs]) => ({ name, selfMs, percent: percent(selfMs) })),
  };
}

export function formatSummary(s: ProfileSummary): string {
  const row = (pct: number, ms: number, label: string) =>
    `${pct.toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${label}`;
  return [
    `busy ${s.busyMs.toFixed(0)} ms, idle ${s.idleMs.toFixed(0)} ms (percentages are of busy time)`,
    'top functions by self time:',
    ...s.functions.map((f) => row(f.percent, f.selfMs, `${f.name}  ${f.where}`)),
    'self time by package:',
    ...s.packages.map((p) => row(p.percent, p.selfMs, p.name)),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    console.error('usage: summarize.ts <file.cpuprofile> [--top N] [--from us --to us]');
    process.exit(2);
  }
  const window =
    values.from && values.to ? { from: Number(values.from), to: Number(values.to) } : undefined;
  console.log(formatSummary(summarize(file, window, Number(values.top ?? 25))));
}
