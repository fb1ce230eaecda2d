// node --test scripts/check-deps.test.mjs
// The same proof as `node scripts/check-deps.mjs --self-test`, in node:test form, plus a few
// direct checks of the lockfile key parser and of the repository's own lockfile.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import {
  DEFAULT_CONFIG,
  DEFAULT_LOCKFILE,
  REQUIRED_IN_LOCKFILE,
  checkLockfileText,
  loadConfig,
  parsePackageKey,
  runSelfTest,
  synthLockfile,
} from './check-deps.mjs';

test('the self-test passes', () => {
  const lines = [];
  const ok = runSelfTest((line) => lines.push(line));
  assert.equal(ok, true, lines.filter((l) => l.startsWith('not ok')).join('\n'));
});

test('lockfile keys', () => {
  const cases = [
    ['socket.io@4.8.4', { name: 'socket.io', version: '4.8.4' }],
    [
      '@socket.io/redis-adapter@8.3.0(socket.io-adapter@2.5.8)',
      { name: '@socket.io/redis-adapter', version: '8.3.0' },
    ],
    ['/ws@8.21.3', { name: 'ws', version: '8.21.3' }],
    ['/@babel/core/7.29.13_supports-color@9.0.0', { name: '@babel/core', version: '7.29.13' }],
    ['/qs/6.17.1', { name: 'qs', version: '6.17.1' }],
    ['no-version', null],
    ['@scope-only@1.0.0', null],
  ];
  for (const [key, expected] of cases) assert.deepEqual(parsePackageKey(key), expected, key);
});

test('a vulnerable request-path resolution fails and names the package', () => {
  const config = loadConfig(DEFAULT_CONFIG);
  const text = synthLockfile([
    ['socket.io', '4.8.4'],
    ['engine.io', '6.6.7'],
    ['socket.io-parser', '4.2.7'],
    ['ws', '8.21.3'],
    ['express', '5.3.0'],
  ]);
  const result = checkLockfileText(text, config);
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.failures.map((f) => `${f.name}@${f.version}`),
    ['engine.io@6.6.7'],
  );
});

test('the repository lockfile parses and contains the request-path packages', () => {
  const config = loadConfig(DEFAULT_CONFIG);
  const result = checkLockfileText(readFileSync(DEFAULT_LOCKFILE, 'utf8'), config);
  assert.deepEqual(result.missing, []);
  for (const name of REQUIRED_IN_LOCKFILE) assert.ok(result.lock.resolved.has(name), name);
});
