import { describe, expect, it } from 'vitest';
import { connectSocket, postJson, registerStaff } from '../helpers/clients.js';
import { connectSupporter, queuedPeer } from '../helpers/people.js';
import { useTestServer } from '../helpers/suite.js';

describe('hostile clients: origins, floods and password guessing', () => {
  const { server, track } = useTestServer({ env: { RATE_LIMITS: 'on' } });

  function tryOrigin(origin: string, token: string) {
    return new Promise<string>((resolve) => {
      const socket = connectSocket(server.url, token, { origin });
      socket.io.opts.reconnection = false;
      socket.once('connect', () => {
        socket.close();
        resolve('connected');
      });
      socket.once('connect_error', () => {
        socket.close();
        resolve('refused');
      });
    });
  }

  it('refuses a WebSocket handshake from another site, and accepts our own origin', async () => {
    const { body } = await postJson<{ token: string }>(`${server.url}/api/session/peer`, {});
    expect(await tryOrigin('https://evil.example', body.token)).toBe('refused');
    expect(await tryOrigin(new URL(server.url).origin, body.token)).toBe('connected');
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers a flood of 1,000 messages with rate_limited and a retry time, and keeps serving others', async () => {
    const supporter = await connectSupporter(server.url, server.app, { capacity: 2 });
    const flooder = await queuedPeer(server.url, { pseudonym: 'Flood' });
    const calm = await queuedPeer(server.url, { pseudonym: 'Calm' });
    track(supporter);
    track(flooder.peer);
    track(calm.peer);
    const { conversation: flooded } = await supporter.ok('queue:accept', {
      entryId: flooder.entryId,
    });
    const { conversation: other } = await supporter.ok('queue:accept', { entryId: calm.entryId });

    const acks = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        flooder.peer.send(
          'conversation:send',
          {
            conversationId: flooded.id,
            clientId: `flood-${String(i).padStart(6, '0')}`,
            body: `m${i}`,
          },
          20_000,
        ),
      ),
    );
    const limited = acks.filter((a) => !a.ok && a.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(900);
    const first = limited[0];
    if (first && !first.ok) expect(first.error.retryAfterMs).toBeGreaterThan(0);
    expect(acks.filter((a) => a.ok).length).toBeLessThanOrEqual(20);

    const sent = await calm.peer.ok('conversation:send', {
      conversationId: other.id,
      clientId: 'calm-000001',
      body: 'still fine?',
    });
    expect(sent.message.seq).toBe(1);
    expect(
      (await supporter.next('conversation:message', (m) => m.message.conversationId === other.id))
        .message.body,
    ).toBe('still fine?');
  });

  it('limits how many anonymous identities one address can make', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await postJson(`${server.url}/api/session/peer`, {})).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
  });

  it('slows down repeated wrong passwords with growing delays', async () => {
    const { token } = await server.app.accounts.createInvite('supporter', null);
    const staff = await registerStaff(server.url, token);
    const attempt = (password: string) =>
      postJson<{ error?: { code: string; retryAfterMs?: number } }>(
        `${server.url}/api/session/login`,
        { username: staff.username, password },
      );
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt('not the password')).body.error?.code);
    expect(codes.slice(0, 3)).toEqual([
      'invalid_credentials',
      'invalid_credentials',
      'invalid_credentials',
    ]);
    expect(codes.slice(3)).toContain('rate_limited');
    const blocked = await attempt(staff.password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error?.retryAfterMs).toBeGreaterThan(0);
  });
});
