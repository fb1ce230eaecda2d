// Finds or installs what the commands need, so a fresh machine with only Node can run them.
import { execSync, spawnSync } from 'node:child_process';

const PNPM_VERSION = '10.34.9';

export function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function run(command, options = {}) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit', ...options });
}

/**
 * pnpm on PATH: found, else installed globally with npm, else installed into .tools/ and put on
 * PATH for this process and its children (the workspace's own scripts call pnpm too).
 */
export function pnpm() {
  if (has('pnpm')) return 'pnpm';
  try {
    run(`npm install --global pnpm@${PNPM_VERSION}`);
    if (has('pnpm')) return 'pnpm';
  } catch {
    console.log('global install not possible; installing pnpm into .tools/');
  }
  run(`npm install --no-save --prefix .tools pnpm@${PNPM_VERSION}`);
  process.env.PATH = `${process.cwd()}/.tools/node_modules/.bin:${process.env.PATH}`;
  return 'pnpm';
}

/** Debian packages the tests need (a real Redis and a real Chromium), when missing. */
export function ensureDebianPackages() {
  const missing = [];
  if (!has('redis-server')) missing.push('redis-server');
  if (!has('chromium') && !has('/usr/bin/chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  if (!has('apt-get')) {
    throw new Error(
      `Please install ${missing.join(' and ')} (the tests use a real Redis and Chromium).`,
    );
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}

export function installAndBuild(pm) {
  run(`${pm} install --frozen-lockfile`);
  run(`${pm} run build`);
}
