/**
 * The baseline: bare Socket.IO 4.8 doing the chat path's routing and nothing else. Same event
 * names, ack shapes and rooms as the platform, so one load generator drives both; no validation,
 * no store, no guidance. Identity lives in the token (`role.id`) and conversation ids name their
 * two participants, so two nodes on the Redis adapter need no shared state to route.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server, type Socket } from 'socket.io';

type Role = 'peer' | 'supporter' | 'moderator';
interface Who {
  id: string;
  role: Role;
  name: string;
}
interface Entry {
  id: string;
  pseudonym: string;
  joinedAt: number;
}
type Ack = (result: object) => void;

const newId = () => randomBytes(12).toString('base64url');
const userRoom = (id: string) => `user:${id}`;
const ON_SHIFT = 'shift:on';

const queue: Entry[] = [];
const seqs = new Map<string, number>();
let conversationCount = 0;
let broadcastTimer: NodeJS.Timeout | null = null;

const httpServer = createServer((req, res) => {
  handleHttp(req, res).catch(() => {
    res.writeHead(500).end();
  });
});
const io = new Server(httpServer, {
  transports: ['websocket', 'polling'],
  maxHttpBufferSize: 64 * 1024,
  serveClient: false,
  pingInterval: 10_000,
  pingTimeout: 8_000,
});

function session(role: Role, name: string) {
  const id = newId();
  return {
    token: `${role}.${id}.${encodeURIComponent(name)}`,
    identity: { id, role, displayName: name },
  };
}

async function handleHttp(req: IncomingMessage, res: ServerResponse) {
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  if (req.method === 'GET' && req.url === '/api/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(
      `alongside_sockets ${io.of('/').sockets.size}\nprocess_resident_memory_bytes ${process.memoryUsage().rss}\n`,
    );
    return;
  }
  let raw = '';
  for await (const chunk of req) raw += String(chunk);
  if (req.method === 'POST' && req.url === '/api/session/peer')
    return json(200, session('peer', 'Peer'));
  if (req.method === 'POST' && req.url === '/api/session/register') {
    const body = JSON.parse(raw) as { invite: string; displayName: string };
    const role = body.invite.split('.')[0] === 'moderator' ? 'moderator' : 'supporter';
    return json(201, session(role, body.displayName));
  }
  json(404, { error: { code: 'not_found' } });
}

io.use((socket, next) => {
  const [role, id, name] = String((socket.handshake.auth as { token?: unknown }).token).split('.');
  socket.data = { role, id, name: decodeURIComponent(name ?? '') } as Who;
  next();
});

/** The same coalesced pushes as the platform: the queue to on-shift supporters, places to peers. */
function scheduleBroadcast() {
  broadcastTimer ??= setTimeout(() => {
    broadcastTimer = null;
    io.to([ON_SHIFT, 'role:moderator']).emit('queue:updated', { entries: queue });
    queue.forEach((entry, index) => {
      io.to(userRoom(entry.id)).emit('queue:status', status(index));
    });
  }, 25);
}

const status = (index: number) => ({
  position: index + 1,
  queueLength: queue.length,
  estimatedWaitSeconds: null,
  supportersOnShift: 0,
});

function conversationView(id: string, peerPseudonym: string, supporterName: string) {
  const side = { delivered: 0, read: 0 };
  return {
    id,
    status: 'active',
    peerPseudonym,
    supporterName,
    topics: [],
    language: 'en',
    startedAt: Date.now(),
    endedAt: null,
    endedBy: null,
    timeLimitMinutes: 50,
    lastSeq: 0,
    receipts: { peer: side, supporter: side },
  };
}

/** A conversation id is `peerId.supporterId.n`: any node can route it. */
const participants = (conversationId: string) => conversationId.split('.', 2).map(userRoom);

function attach(socket: Socket) {
  const who = socket.data as Who;
  const shift = (capacity: number) => ({
    supporterId: who.id,
    status: 'active',
    capacity,
    startedAt: Date.now(),
    activeChats: 0,
  });
  socket.on('shift:start', (input: { capacity: number }, ack: Ack) => {
    void socket.join(ON_SHIFT);
    scheduleBroadcast();
    ack({ ok: true, shift: shift(input.capacity) });
  });
  socket.on('consent:accept', (input: { version: number }, ack: Ack) => {
    ack({ ok: true, consentVersion: input.version, consentedAt: Date.now() });
  });
  socket.on('queue:join', (input: { pseudonym: string }, ack: Ack) => {
    const entry = { id: who.id, pseudonym: input.pseudonym, joinedAt: Date.now() };
    queue.push(entry);
    scheduleBroadcast();
    ack({ ok: true, entry, status: status(queue.length - 1) });
  });
  socket.on('queue:leave', (_input: unknown, ack: Ack) => {
    const index = queue.findIndex((e) => e.id === who.id);
    if (index >= 0) {
      queue.splice(index, 1);
      scheduleBroadcast();
    }
    ack({ ok: true, left: index >= 0 });
  });
  socket.on('queue:accept', (input: { entryId?: string }, ack: Ack) => {
    const index = input.entryId === undefined ? 0 : queue.findIndex((e) => e.id === input.entryId);
    const entry = index >= 0 ? queue.splice(index, 1)[0] : undefined;
    // With two nodes the entry may sit on the other node; an explicit id is enough to route.
    const peerId = entry?.id ?? input.entryId;
    if (peerId === undefined) {
      ack({ ok: false, error: { code: 'not_found', message: 'Nobody is waiting right now.' } });
      return;
    }
    const id = `${peerId}.${who.id}.${++conversationCount}`;
    const conversation = conversationView(id, entry?.pseudonym ?? 'Peer', who.name);
    io.to(participants(id)).emit('conversation:opened', { conversation });
    io.to(userRoom(who.id)).emit('shift:updated', { shift: shift(5) });
    scheduleBroadcast();
    ack({ ok: true, conversation });
  });
  socket.on(
    'conversation:send',
    (input: { conversationId: string; clientId: string; body: string }, ack: Ack) => {
      const seq = (seqs.get(input.conversationId) ?? 0) + 1;
      seqs.set(input.conversationId, seq);
      const message = {
        conversationId: input.conversationId,
        seq,
        clientId: input.clientId,
        from: who.role,
        authorName: who.name,
        body: input.body,
        sentAt: Date.now(),
      };
      io.to(participants(input.conversationId)).emit('conversation:message', { message });
      ack({ ok: true, message, duplicate: false });
    },
  );
  socket.on('conversation:end', (input: { conversationId: string }, ack: Ack) => {
    seqs.delete(input.conversationId);
    const conversation = {
      ...conversationView(input.conversationId, 'Peer', who.name),
      status: 'ended',
    };
    io.to(participants(input.conversationId)).emit('conversation:ended', { conversation });
    ack({ ok: true, conversation });
  });
  socket.on('account:invite', (input: { role?: string }, ack: Ack) => {
    const token = `${input.role ?? 'supporter'}.${newId()}`;
    ack({
      ok: true,
      inviteUrl: `${publicUrl()}/#/join/${token}`,
      expiresAt: Date.now() + 3_600_000,
    });
  });
}

io.on('connection', (socket) => {
  const who = socket.data as Who;
  void socket.join([userRoom(who.id), `role:${who.role}`]);
  attach(socket);
});

const publicUrl = () => `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

async function main() {
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    const pub = new Redis(redisUrl);
    const sub = pub.duplicate();
    io.adapter(createAdapter(pub, sub));
  }
  await new Promise<void>((resolve) =>
    httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve),
  );
  console.log(`Alongside is running at ${publicUrl()} (store: baseline)`);
  console.log(
    `No moderator yet. Create the first one (single use): ${publicUrl()}/#/join/moderator.${newId()}`,
  );
}

process.once('SIGTERM', () => process.exit(0));
process.once('SIGINT', () => process.exit(0));
void main();
