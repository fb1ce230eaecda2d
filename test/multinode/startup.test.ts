import { describe, expect, it } from 'vitest';
import { runUntilExit } from '../helpers/processes.js';
import { freePort } from '../helpers/redis.js';

describe('starting against a Redis that is not there', () => {
  it('exits non-zero within seconds, saying why in one line', async () => {
    // A free port with nothing listening: connections are refused.
    const redisUrl = `redis://127.0.0.1:${await freePort()}`;
    const run = await runUntilExit({ name: 'lonely', redisUrl });
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(10_000);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Alongside could not start: Redis at redis:\/\/127\.0\.0\.1:\d+ is not reachable \(.*ECONNREFUSED.*\)/,
    );
    expect(run.stdout).not.toContain('Alongside is running');
  });
});
