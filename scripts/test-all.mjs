// `npm test`: installs what the tests need, builds, then runs every check in two parallel lanes
// (the machines have two cores). Each step's output is printed whole when it finishes.
import { spawn } from 'node:child_process';
import { ensureDebianPackages, has, installAndBuild, pnpm } from './toolchain.mjs';

const started = Date.now();
const pm = pnpm();
ensureDebianPackages();
installAndBuild(pm);

const compose = has('docker-compose') ? 'docker-compose' : null;

/** Steps in one lane run one after another; the lanes run side by side. */
const lanes = [
  [
    ['typecheck', `${pm} run typecheck`],
    [
      'dependency advisories (lockfile vs security/min-versions.json)',
      'node scripts/check-deps.mjs --self-test && node --test scripts/check-deps.test.mjs && node scripts/check-deps.mjs',
    ],
    ['lint', `${pm} run lint`],
    [
      'unit tests (shared, server, client)',
      `${pm} -r --filter @alongside/shared --filter @alongside/server --filter @alongside/client run test`,
    ],
    ['risk detector corpus', `${pm} --filter @alongside/shared run risk:eval`],
    ['integration tests', `${pm} --filter @alongside/test run test:integration`],
    ...(compose
      ? [['docker-compose config', `${compose} -f docker-compose.yml config --quiet`]]
      : []),
  ],
  [
    [
      'multi-node tests (Redis, child processes)',
      `${pm} --filter @alongside/test run test:multinode`,
    ],
    ['end-to-end tests (Chromium)', `${pm} --filter @alongside/test run test:e2e`],
    ['benchmark (--quick, proves it runs; asserts no timings)', `${pm} run bench --quick`],
  ],
];

function runStep([name, command]) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn('sh', ['-c', command], { env: { ...process.env, FORCE_COLOR: '0' } });
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      const status = code === 0 ? 'passed' : `FAILED (exit ${code})`;
      process.stdout.write(
        `\n===== ${name}: ${status} in ${seconds}s\n$ ${command}\n${Buffer.concat(output).toString()}`,
      );
      resolve({ name, ok: code === 0, seconds });
    });
  });
}

async function runLane(steps) {
  const results = [];
  for (const step of steps) results.push(await runStep(step));
  return results;
}

const results = (await Promise.all(lanes.map(runLane))).flat();
console.log('\n===== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
if (!compose) console.log('note  docker-compose not installed: compose file not checked');
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)}s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
