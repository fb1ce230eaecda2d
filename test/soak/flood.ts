/**
 * Soak: do other people's messages stay fast while one client floods the server?
 * Runs the server as a child process (memory store, rate limits on), measures end-to-end latency
 * for calm chat pairs alone, then again while a flooder emits 1,000 messages a second, and prints
 * both. A measurement, not a test: it asserts nothing about time.
 *
 *   pnpm --filter @alongside/test run soak:flood [--pairs 20] [--seconds 8]
 */
import { parseArgs } from 'node:util';
import {
  connectClient,
  connectPeer,
  inviteToken,
  registerStaff,
  sleep,
  type TestClient,
} from '../helpers/clients.js';
import { startNode } from '../helpers/processes.js';

const { values } = parseArgs({
  options: { pairs: { type: 'string', default: '20' }, seconds: { type: 'string', default: '8' } },
});
const pairs = Number(values.pairs);
const seconds = Number(values.seconds);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const node = await startNode({ name: 'soak', env: { RATE_LIMITS: 'on', LOG_LEVEL: 'error' } });
// The setup link is printed right after the "running" line.
for (let i = 0; i < 50 && !node.stdout().includes('single use'); i++) await sleep(50);
const setup = /single use\): (\S+)/.exec(node.stdout())?.[1];
if (!setup) throw new Error('no setup link printed');
const moderator = await connectClient(node.url, await registerStaff(node.url, inviteToken(setup)));

interface Pair {
  peer: TestClient;
  supporter: TestClient;
  conversationId: string;
}
const chats: Pair[] = [];
// Supporters hold up to five chats each; invites are rate limited too, so few accounts are made.
const supporters: TestClient[] = [];
for (let i = 0; i < Math.ceil((pairs + 1) / 5); i++) {
  const { inviteUrl } = await moderator.ok('account:invite', { role: 'supporter' });
  const supporter = await connectClient(
    node.url,
    await registerStaff(node.url, inviteToken(inviteUrl)),
  );
  await supporter.ok('shift:start', { capacity: 5 });
  supporters.push(supporter);
}
for (let i = 0; i < pairs + 1; i++) {
  const supporter = supporters[Math.floor(i / 5)] as TestClient;
  const peer = await connectPeer(node.url);
  const joined = await peer.ok('queue:join', { pseudonym: `p${i}` });
  const { conversation } = await supporter.ok('queue:accept', { entryId: joined.entry.id });
  chats.push({ peer, supporter, conversationId: conversation.id });
}
const flooder = chats.pop() as Pair;

async function measure(label: string, flood: boolean) {
  const latencies: number[] = [];
  const calmIds = new Set(chats.map((c) => c.conversationId));
  for (const supporter of supporters) {
    supporter.socket.off('conversation:message');
    supporter.socket.on('conversation:message', ({ message }) => {
      if (message.from === 'peer' && calmIds.has(message.conversationId)) {
        latencies.push(Date.now() - Number(message.body.split(' ')[1]));
      }
    });
  }
  let floodSent = 0;
  let limited = 0;
  const floodTimer = flood
    ? setInterval(() => {
        for (let i = 0; i < 100; i++) {
          const n = floodSent++;
          flooder.peer.socket.emit(
            'conversation:send',
            {
              conversationId: flooder.conversationId,
              clientId: `flood-${label}-${n}`.padEnd(8, '0'),
              body: 'x',
            },
            (ack: { ok: boolean; error?: { code: string } }) => {
              if (!ack.ok && ack.error?.code === 'rate_limited') limited++;
            },
          );
        }
      }, 100)
    : null;
  const end = Date.now() + seconds * 1000;
  let n = 0;
  while (Date.now() < end) {
    // Two messages a second per calm peer: someone typing steadily.
    for (const c of chats)
      void c.peer.send('conversation:send', {
        conversationId: c.conversationId,
        clientId: `calm-${label}-${n++}`.padEnd(8, '0'),
        body: `t ${Date.now()}`,
      });
    await sleep(500);
  }
  if (floodTimer) clearInterval(floodTimer);
  await sleep(500);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    label,
    delivered: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    floodSent,
    floodRateLimited: limited,
  };
}

const calm = await measure('calm', false);
await sleep(5500); // let the flooder's budget refill so both phases start alike
const flooded = await measure('flood', true);
console.table([calm, flooded]);
console.log(`SOAK_JSON ${JSON.stringify({ pairs, seconds, calm, flooded })}`);
for (const c of [...chats, flooder]) c.peer.close();
for (const s of supporters) s.close();
moderator.close();
await node.kill('SIGTERM');
