import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientEvents, LIMITS, queueJoinInputSchema, errorCodeList } from './index.js';
import { conversationEvents } from './conversations.js';
import { renderProtocolDoc } from './describe.js';

describe('the wire contract', () => {
  it('names every event feature:verb and gives it roles, a summary and known error codes', () => {
    for (const [name, spec] of Object.entries(clientEvents)) {
      expect(name).toMatch(/^[a-z]+:[a-z-]+$/);
      expect(spec.roles.length).toBeGreaterThan(0);
      expect(spec.summary.length).toBeGreaterThan(10);
      for (const code of spec.errors) expect(errorCodeList).toContain(code);
    }
  });

  it('keeps docs/protocol.md in step with the schemas (run `pnpm docs:protocol` to refresh)', () => {
    const doc = readFileSync(new URL('../../../docs/protocol.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderProtocolDoc());
  });

  it('trims text, rejects control characters and bounds every string', () => {
    const send = conversationEvents['conversation:send'].input;
    const base = { conversationId: 'abc', clientId: 'client-123' };
    expect(send.parse({ ...base, body: '  hi  ' }).body).toBe('hi');
    expect(send.safeParse({ ...base, body: '   ' }).success).toBe(false);
    expect(send.safeParse({ ...base, body: 'a\u0007b' }).success).toBe(false);
    expect(send.safeParse({ ...base, body: 'x'.repeat(LIMITS.messageChars) }).success).toBe(true);
    const tooLong = send.safeParse({ ...base, body: 'x'.repeat(LIMITS.messageChars + 1) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.code).toBe('too_big');
    expect(send.safeParse({ ...base, body: 'hi', extra: 1 }).success).toBe(false);
    expect(send.safeParse({ ...base, conversationId: '../etc', body: 'hi' }).success).toBe(false);
  });

  it('fills queue:join defaults and refuses malformed topics', () => {
    expect(queueJoinInputSchema.parse({ pseudonym: 'Kit' })).toEqual({
      pseudonym: 'Kit',
      topics: [],
      language: 'en',
      wantsSharedExperience: false,
    });
    expect(
      queueJoinInputSchema.safeParse({ pseudonym: 'Kit', topics: ['Not A Topic!'] }).success,
    ).toBe(false);
    expect(
      queueJoinInputSchema.safeParse({ pseudonym: 'x'.repeat(LIMITS.pseudonymChars + 1) }).success,
    ).toBe(false);
    expect(
      queueJoinInputSchema.safeParse({ pseudonym: 'Kit', language: 'english please' }).success,
    ).toBe(false);
  });
});
