import { parseArgs } from 'node:util';

/** Every numeric knob: its flag, what it means, its default, and its --quick default. */
const knobs = {
  connections: {
    help: 'idle: connected sockets (peers and supporters)',
    full: 10_000,
    quick: 1_000,
  },
  pairs: {
    help: 'one-to-one and two-node: open chats (one peer + one supporter each)',
    full: 1_000,
    quick: 100,
  },
  rate: { help: 'one-to-one and two-node: aggregate messages per second', full: 2_000, quick: 400 },
  duration: { help: 'one-to-one and two-node: seconds of sending', full: 25, quick: 5 },
  slice: {
    help: 'one-to-one and two-node: seconds per slice; platform and baseline take turns',
    full: 5,
    quick: 2.5,
  },
  'body-chars': { help: 'characters per message body', full: 64, quick: 64 },
  'churn-rate': { help: 'queue churn: queue joins per second', full: 100, quick: 50 },
  'churn-duration': { help: 'queue churn: seconds', full: 15, quick: 4 },
  'churn-supporters': {
    help: 'queue churn: supporters on shift (5 chats each)',
    full: 20,
    quick: 10,
  },
  'churn-peers': { help: 'queue churn: distinct peers who come and go', full: 300, quick: 150 },
} as const;
type Knob = keyof typeof knobs;

export const scenarioNames = ['idle', 'oneToOne', 'queueChurn', 'twoNode'] as const;

export interface BenchOptions {
  quick: boolean;
  only: string[] | null;
  profile: boolean;
  platformEntry: string | null;
  serverFlags: string[];
  params: Record<Knob, number>;
}

export function usage(): string {
  const lines = Object.entries(knobs).map(
    ([flag, k]) => `  --${flag.padEnd(17)} ${k.help} (default ${k.full}, quick ${k.quick})`,
  );
  return [
    'pnpm bench [flags]   (or: pnpm bench -- [flags])',
    '  --quick             small parameters: proves the harness works in under a minute',
    `  --only a,b          some scenarios: ${scenarioNames.join(', ')}`,
    '  --profile           run the servers under node --cpu-prof; print where the profiles went and their top entries',
    '  --platform-entry f  bench another build of the server (e.g. a patched copy of server/dist/main.js)',
    '  --server-flags=f,g  extra node flags for every server process, e.g. --server-flags=--max-semi-space-size=32',
    ...lines,
  ].join('\n');
}

/** Parses the command line; prints usage and exits 2 on a mistake, 0 on --help. */
export function parseOptions(argv: string[]): BenchOptions {
  const options = {
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'platform-entry': { type: 'string' },
    'server-flags': { type: 'string' },
    ...Object.fromEntries(Object.keys(knobs).map((k) => [k, { type: 'string' }])),
  } as const;
  const fail = (message: string): never => {
    console.error(`${message}\n\n${usage()}`);
    process.exit(2);
  };
  let values: Record<string, string | boolean | undefined> = {};
  try {
    // pnpm passes a literal `--` through when one is given (`pnpm bench -- --quick`).
    values = parseArgs({ args: argv.filter((a) => a !== '--'), options, strict: true }).values;
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  const quick = values.quick === true;
  const params = {} as Record<Knob, number>;
  for (const [flag, knob] of Object.entries(knobs) as [Knob, (typeof knobs)[Knob]][]) {
    const raw = values[flag];
    const value = typeof raw === 'string' ? Number(raw) : quick ? knob.quick : knob.full;
    if (!Number.isFinite(value) || value <= 0) fail(`--${flag} takes a positive number`);
    params[flag] = value;
  }
  const only = typeof values.only === 'string' ? values.only.split(',').map((s) => s.trim()) : null;
  for (const name of only ?? []) {
    if (!(scenarioNames as readonly string[]).includes(name)) fail(`--only: no scenario "${name}"`);
  }
  return {
    quick,
    only,
    profile: values.profile === true,
    platformEntry: typeof values['platform-entry'] === 'string' ? values['platform-entry'] : null,
    serverFlags:
      typeof values['server-flags'] === 'string'
        ? values['server-flags'].split(/[\s,]+/).filter(Boolean)
        : [],
    params,
  };
}
