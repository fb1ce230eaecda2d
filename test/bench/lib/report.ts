import type { Metric, TargetResult } from '../scenarios/types.js';

export interface Figure {
  platform: number | null;
  baseline: number | null;
  /** platform / baseline: above 1 the platform uses more (or, for rates, does more). */
  ratio: number | null;
}

export type ScenarioReport =
  { skipped: string } | ({ description: string } & Record<string, Figure | string>);

const finite = (n: number | undefined): number | null =>
  n === undefined || !Number.isFinite(n) ? null : n;

function ratioOf(platform: number | null, baseline: number | null): number | null {
  // A near-zero baseline (a count, or noise) makes a ratio meaningless rather than large.
  if (platform === null || baseline === null || Math.abs(baseline) < 1e-9) return null;
  if (Math.abs(baseline) < 1e-3 * Math.abs(platform)) return null;
  return platform / baseline;
}

export function figures(
  metrics: Metric[],
  platform: TargetResult | null,
  baseline: TargetResult | null,
): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  for (const m of metrics) {
    const p = finite(platform?.metrics[m.key]);
    const b = finite(baseline?.metrics[m.key]);
    out[m.key] = { platform: p, baseline: b, ratio: ratioOf(p, b) };
  }
  return out;
}

function format(value: number | null, m: Metric): string {
  if (value === null) return '-';
  const digits = m.digits ?? 2;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A fixed-width table: one row per metric, platform, baseline, ratio. */
export function table(
  title: string,
  description: string,
  metrics: Metric[],
  rows: Record<string, Figure>,
): string {
  const header = ['metric', 'platform', 'baseline', 'ratio'];
  const body = metrics.map((m) => {
    const f = rows[m.key] as Figure;
    const label = m.unit ? `${m.label} (${m.unit})` : m.label;
    return [
      label,
      format(f.platform, m),
      format(f.baseline, m),
      f.ratio === null ? '-' : `${f.ratio.toFixed(2)}x`,
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ');
  return [`== ${title}: ${description}`, line(header), ...body.map(line)].join('\n');
}
