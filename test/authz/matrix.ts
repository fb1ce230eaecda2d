import type { ClientEventName, ErrorCode } from '@alongside/shared';

/** Who tries: every role, on shift or not, member of the conversation or not. */
export const actors = {
  anonymous: 'anonymous (no session)',
  peerMember: 'peer, in the chat',
  peerOther: 'peer, not in the chat',
  supporterOff: 'supporter off shift',
  supporterMember: 'supporter on shift, holds the chat',
  supporterOther: 'supporter on shift, not in the chat',
  moderator: 'moderator, not joined',
  moderatorJoined: 'moderator, joined the chat',
} as const;
export type Actor = keyof typeof actors;

/** 'ok', or the error code the cell must get. Anonymous sockets are refused at the handshake. */
export type Outcome = 'ok' | ErrorCode;
type Row = Record<Exclude<Actor, 'anonymous'>, Outcome>;

const F = 'forbidden' as const;
const all = (o: Outcome): Row => ({
  peerMember: o,
  peerOther: o,
  supporterOff: o,
  supporterMember: o,
  supporterOther: o,
  moderator: o,
  moderatorJoined: o,
});
const peersOnly: Row = { ...all(F), peerMember: 'ok', peerOther: 'ok' };
const moderatorsOnly: Row = { ...all(F), moderator: 'ok', moderatorJoined: 'ok' };
const shiftControl: Row = {
  ...all(F),
  supporterOff: 'not_on_shift',
  supporterMember: 'ok',
  supporterOther: 'ok',
};
const chatMembers: Row = {
  ...all(F),
  peerMember: 'ok',
  supporterMember: 'ok',
  moderatorJoined: 'ok',
};
const chatParticipants: Row = { ...all(F), peerMember: 'ok', supporterMember: 'ok' };

/** The authorisation matrix: docs/authorization.md is rendered from this, and a test tries every cell. */
export const matrix: Record<ClientEventName, Row> = {
  'session:resume': all('ok'),
  'queue:join': { ...peersOnly, peerMember: 'already_queued' },
  'queue:leave': peersOnly,
  'queue:list': {
    ...all(F),
    supporterOff: 'not_on_shift',
    supporterMember: 'ok',
    supporterOther: 'ok',
    moderator: 'ok',
    moderatorJoined: 'ok',
  },
  'queue:accept': shiftControl,
  'shift:start': { ...shiftControl, supporterOff: 'ok' },
  'shift:pause': shiftControl,
  'shift:resume': shiftControl,
  'shift:end': shiftControl,
  'conversation:send': chatMembers,
  'conversation:history': chatMembers,
  'conversation:receipt': chatParticipants,
  'conversation:typing': chatMembers,
  'conversation:end': chatParticipants,
  'flag:raise': { ...all(F), supporterMember: 'ok', moderator: 'ok', moderatorJoined: 'ok' },
  'flag:list': moderatorsOnly,
  'flag:acknowledge': moderatorsOnly,
  'flag:note': moderatorsOnly,
  'flag:resolve': moderatorsOnly,
  'flag:open-conversation': moderatorsOnly,
  'conversation:join': moderatorsOnly,
  'safety:resources': all('ok'),
  'account:invite': moderatorsOnly,
  'account:list': moderatorsOnly,
  'account:set-disabled': moderatorsOnly,
  'consent:accept': peersOnly,
  'privacy:export': peersOnly,
  'privacy:erase': peersOnly,
  'audit:list': moderatorsOnly,
};

export function renderAuthorizationDoc(): string {
  const cols = Object.keys(actors) as Actor[];
  const lines = [
    '# Authorisation matrix',
    '',
    '<!-- Rendered from test/authz/matrix.ts by `pnpm --filter @alongside/test run docs:authz`; a test fails when stale. -->',
    '',
    'Every client event × every kind of caller. `ok` means allowed; anything else is the typed error',
    'the caller gets. The table-driven test `test/integration/authzMatrix.test.ts` tries every cell over',
    'real sockets, each in a fresh world (a chat between a peer and a supporter on shift, a flag on it,',
    'a waiting peer). Anonymous callers never get a socket: the handshake refuses them (`unauthenticated`).',
    '',
    '| event | ' + cols.map((c) => actors[c]).join(' | ') + ' |',
    '| --- | ' + cols.map(() => '---').join(' | ') + ' |',
  ];
  for (const [event, row] of Object.entries(matrix)) {
    lines.push(
      `| \`${event}\` | unauthenticated | ` +
        cols
          .slice(1)
          .map((c) =>
            row[c as Exclude<Actor, 'anonymous'>] === 'ok'
              ? '**ok**'
              : `\`${row[c as Exclude<Actor, 'anonymous'>]}\``,
          )
          .join(' | ') +
        ' |',
    );
  }
  return lines.join('\n') + '\n';
}
