import { describe, expect, it } from 'vitest';
import {
  connectClient,
  connectSocket,
  inviteToken,
  postJson,
  registerStaff,
} from '../helpers/clients.js';
import { connectModerator, connectSupporter } from '../helpers/people.js';
import { useTestServer } from '../helpers/suite.js';

describe('accounts: setup, invites, sign-in and disabling', () => {
  const { server, track } = useTestServer();

  it('makes the first moderator from the one-time setup link, and offers no link afterwards', async () => {
    const link = await server.app.accounts.setupLinkIfNeeded();
    expect(link).toMatch(/#\/join\//);
    const mod = await registerStaff(server.url, inviteToken(link ?? ''), {
      displayName: 'First mod',
    });
    expect(mod.identity.role).toBe('moderator');
    expect(await server.app.accounts.setupLinkIfNeeded()).toBeNull();
    const reuse = await postJson(`${server.url}/api/session/register`, {
      invite: inviteToken(link ?? ''),
      username: 'someone-else',
      displayName: 'X',
      password: 'long enough password',
    });
    expect(reuse).toMatchObject({ status: 410, body: { error: { code: 'invite_invalid' } } });
  });

  it('lets a moderator invite a supporter who then signs in with a password', async () => {
    const moderator = await connectModerator(server.url, server.app);
    track(moderator);
    const { inviteUrl } = await moderator.ok('account:invite', { role: 'supporter' });
    const staff = await registerStaff(server.url, inviteToken(inviteUrl), {
      displayName: 'Jo',
      experience: ['bereavement', 'not-a-topic'],
    });
    expect(staff.identity).toMatchObject({ role: 'supporter', displayName: 'Jo' });
    const login = await postJson<{ token: string }>(`${server.url}/api/session/login`, {
      username: staff.username,
      password: staff.password,
    });
    expect(login.status).toBe(200);
    const wrong = await postJson(`${server.url}/api/session/login`, {
      username: staff.username,
      password: 'wrong password!!',
    });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
    const unknown = await postJson(`${server.url}/api/session/login`, {
      username: 'nobody-here',
      password: 'wrong password!!',
    });
    expect(unknown).toMatchObject({
      status: 401,
      body: { error: { code: 'invalid_credentials' } },
    });
    const { accounts } = await moderator.ok('account:list', {});
    const jo = accounts.find((a) => a.username === staff.username);
    expect(jo).toMatchObject({ role: 'supporter', experience: ['bereavement'], disabled: false });
    expect(JSON.stringify(accounts)).not.toContain('scrypt');
  });

  it('stores passwords only as scrypt hashes', async () => {
    const { token } = await server.app.accounts.createInvite('supporter', null);
    const staff = await registerStaff(server.url, token);
    const record = await server.app.store.getAccountByUsername(staff.username);
    expect(record?.passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(record?.passwordHash).not.toContain(staff.password);
  });

  it('disconnects a disabled supporter at once and refuses their token afterwards', async () => {
    const moderator = await connectModerator(server.url, server.app);
    const supporter = await connectSupporter(server.url, server.app, { capacity: 1 });
    track(moderator);
    track(supporter);
    const disconnected = new Promise((resolve) => supporter.socket.once('disconnect', resolve));
    await moderator.ok('account:set-disabled', {
      accountId: supporter.identity.id,
      disabled: true,
    });
    expect(await supporter.next('session:revoked')).toEqual({ reason: 'disabled' });
    await disconnected;
    const retry = connectSocket(server.url, supporter.token);
    const code = await new Promise((resolve) =>
      retry.once('connect_error', (e: Error & { data?: { code?: string } }) =>
        resolve(e.data?.code),
      ),
    );
    retry.close();
    expect(code).toBe('unauthenticated');
    expect(
      await moderator.send('account:set-disabled', {
        accountId: moderator.identity.id,
        disabled: true,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const audit = await server.app.store.listAudit({ limit: 10, action: 'account.disable' });
    expect(audit[0]).toMatchObject({
      actorId: moderator.identity.id,
      targetId: supporter.identity.id,
    });
  });

  it('signing out ends every session of that person and closes their open sockets', async () => {
    const supporter = await connectSupporter(server.url, server.app);
    track(supporter);
    const closed = new Promise((resolve) => supporter.socket.once('disconnect', resolve));
    const res = await fetch(`${server.url}/api/session/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${supporter.token}` },
    });
    expect(res.status).toBe(204);
    expect(await supporter.next('session:revoked')).toEqual({ reason: 'signed_out' });
    await closed;
    const retry = connectSocket(server.url, supporter.token);
    const code = await new Promise((resolve) =>
      retry.once('connect_error', (e: Error & { data?: { code?: string } }) =>
        resolve(e.data?.code),
      ),
    );
    retry.close();
    expect(code).toBe('unauthenticated');
  });

  it('recognises a returning peer by their token', async () => {
    const first = await postJson<{ token: string; identity: { id: string } }>(
      `${server.url}/api/session/peer`,
      {},
    );
    const again = await postJson<{ token: string; identity: { id: string } }>(
      `${server.url}/api/session/peer`,
      { token: first.body.token },
    );
    expect(again.body.identity.id).toBe(first.body.identity.id);
    const stranger = await postJson<{ identity: { id: string } }>(
      `${server.url}/api/session/peer`,
      { token: 'x'.repeat(43) },
    );
    expect(stranger.body.identity.id).not.toBe(first.body.identity.id);
    const peer = await connectClient(server.url, again.body as never);
    track(peer);
    expect((await peer.ok('session:resume', {})).identity).toMatchObject({
      id: first.body.identity.id,
      role: 'peer',
    });
  });

  it('answers bad HTTP bodies with typed errors', async () => {
    expect(await postJson(`${server.url}/api/session/login`, { username: 'a' })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
    const big = await postJson(`${server.url}/api/session/peer`, { token: 'x'.repeat(20_000) });
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });
});
