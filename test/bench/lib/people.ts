import { CONSENT_VERSION } from '@alongside/shared';
import { mapLimit } from './stats.js';
import { connect, postJson, request, type BenchSocket, type Session } from './clients.js';
import type { ServerNode } from './spawn.js';

const PASSWORD = 'bench password, not a secret';
let accounts = 0;

export interface Connected {
  session: Session;
  socket: BenchSocket;
}

/** Registers the first moderator through the invite the server printed, and connects them. */
export async function firstModerator(node: ServerNode): Promise<Connected> {
  if (!node.setupToken) throw new Error(`${node.kind} printed no first-moderator invite`);
  const session = await register(node.url, node.setupToken, 'Morgan');
  return { session, socket: await connect(node.url, session.token) };
}

function register(url: string, invite: string, displayName: string): Promise<Session> {
  return postJson<Session>(`${url}/api/session/register`, {
    invite,
    username: `bench${(accounts++).toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    displayName,
    password: PASSWORD,
    experience: [],
  });
}

/** Supporter accounts made the way a real service makes them: moderator invite, then register. */
export function supporterSessions(
  moderator: Connected,
  url: string,
  count: number,
  concurrency = 16,
): Promise<Session[]> {
  return mapLimit(new Array<number>(count).fill(0), concurrency, async (_x, i) => {
    const { inviteUrl } = await request(moderator.socket, 'account:invite', { role: 'supporter' });
    const token = inviteUrl.split('#/join/')[1] ?? '';
    return register(url, token, `Supporter ${i}`);
  });
}

export function peerSessions(url: string, count: number, concurrency = 16): Promise<Session[]> {
  return mapLimit(new Array<number>(count).fill(0), concurrency, () =>
    postJson<Session>(`${url}/api/session/peer`, {}),
  );
}

/** A peer must accept the consent text before joining the queue, as the client asks them to. */
export async function giveConsent(peer: BenchSocket): Promise<void> {
  await request(peer, 'consent:accept', { version: CONSENT_VERSION });
}

export function connectAll(
  url: string,
  sessions: Session[],
  concurrency = 64,
): Promise<Connected[]> {
  return mapLimit(sessions, concurrency, async (session) => ({
    session,
    socket: await connect(url, session.token),
  }));
}
