import type { App } from '@alongside/server/app';
import { connectClient, connectPeer, registerStaff, type TestClient } from './clients.js';

/** A signed-in supporter (account made through a real invite), optionally already on shift. */
export async function connectSupporter(
  url: string,
  app: App,
  opts: { capacity?: number; displayName?: string; experience?: string[] } = {},
): Promise<TestClient> {
  const { token } = await app.accounts.createInvite('supporter', null);
  const session = await registerStaff(url, token, opts);
  const client = await connectClient(url, session);
  if (opts.capacity !== undefined) await client.ok('shift:start', { capacity: opts.capacity });
  return client;
}

export async function connectModerator(url: string, app: App): Promise<TestClient> {
  const { token } = await app.accounts.createInvite('moderator', null);
  return connectClient(url, await registerStaff(url, token, { displayName: 'Morgan' }));
}

/** A peer who has joined the queue; returns the client and its entry id. */
export async function queuedPeer(
  url: string,
  input: { pseudonym?: string; topics?: string[]; note?: string } = {},
) {
  const peer = await connectPeer(url);
  const joined = await peer.ok('queue:join', {
    pseudonym: input.pseudonym ?? 'Robin',
    topics: input.topics ?? [],
    note: input.note,
  });
  return { peer, entryId: joined.entry.id };
}

export { connectPeer };
export type { TestClient };
