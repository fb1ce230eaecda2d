import type { EventInput, ClientEventName } from '@alongside/shared';
import type { Actor } from '../authz/matrix.js';
import { connectPeer, type TestClient } from './clients.js';
import { connectModerator, connectSupporter, queuedPeer } from './people.js';
import type { TestServer } from './server.js';

export interface World {
  actors: Record<Exclude<Actor, 'anonymous'>, TestClient>;
  conversationId: string;
  flagId: string;
  entryId: string;
  otherSupporterId: string;
  close(): void;
}

/** A small, complete world: one chat with a flag, a moderator joined, a peer waiting. */
export async function buildWorld(server: TestServer): Promise<World> {
  const { url, app } = server;
  const supporterMember = await connectSupporter(url, app, { capacity: 3 });
  const supporterOther = await connectSupporter(url, app, { capacity: 3 });
  const supporterOff = await connectSupporter(url, app);
  const moderator = await connectModerator(url, app);
  const moderatorJoined = await connectModerator(url, app);
  const { peer: peerMember, entryId: firstEntry } = await queuedPeer(url);
  const { conversation } = await supporterMember.ok('queue:accept', { entryId: firstEntry });
  await moderatorJoined.ok('conversation:join', { conversationId: conversation.id });
  const { flag } = await moderator.ok('flag:raise', {
    conversationId: conversation.id,
    level: 'concern',
    categories: ['self_harm'],
  });
  const waiting = await queuedPeer(url, { pseudonym: 'Waiting' });
  const peerOther = await connectPeer(url);
  const actors = {
    peerMember,
    peerOther,
    supporterOff,
    supporterMember,
    supporterOther,
    moderator,
    moderatorJoined,
  };
  return {
    actors,
    conversationId: conversation.id,
    flagId: flag.id,
    entryId: waiting.entryId,
    otherSupporterId: supporterOther.identity.id,
    close: () => {
      for (const c of [...Object.values(actors), waiting.peer]) c.close();
    },
  };
}

/** A valid payload for every event, pointing at the world's chat, flag and waiting peer. */
export function validPayload(world: World): { [E in ClientEventName]: EventInput<E> } {
  const conversationId = world.conversationId;
  return {
    'session:resume': {},
    'queue:join': { pseudonym: 'Ash' },
    'queue:leave': {},
    'queue:list': {},
    'queue:accept': { entryId: world.entryId },
    'shift:start': { capacity: 2 },
    'shift:pause': {},
    'shift:resume': {},
    'shift:end': {},
    'conversation:send': { conversationId, clientId: 'matrix-0001', body: 'hello' },
    'conversation:history': { conversationId, afterSeq: 0 },
    'conversation:receipt': { conversationId, read: 0 },
    'conversation:typing': { conversationId, typing: true },
    'conversation:end': { conversationId },
    'flag:raise': { conversationId, level: 'concern', categories: ['abuse'] },
    'flag:list': {},
    'flag:acknowledge': { flagId: world.flagId },
    'flag:note': { flagId: world.flagId, note: 'checked in' },
    'flag:resolve': { flagId: world.flagId, outcome: 'safe_for_now' },
    'flag:open-conversation': { flagId: world.flagId },
    'conversation:join': { conversationId },
    'safety:resources': {},
    'account:invite': { role: 'supporter' },
    'account:list': {},
    'account:set-disabled': { accountId: world.otherSupporterId, disabled: true },
    'consent:accept': { version: 1 },
    'privacy:export': {},
    'privacy:erase': { confirm: true },
    'audit:list': {},
  };
}
