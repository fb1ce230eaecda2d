import type { Message } from '@alongside/shared';
import type { BenchSocket } from './clients.js';
import type { Pair } from './pairs.js';
import { Samples, sleep } from './stats.js';

type Role = 'peer' | 'supporter';

/** What one socket has received from one sender: exactly once and in order is the contract. */
class Stream {
  next = 0;
  count = 0;
  duplicated = 0;
  outOfOrder = 0;
  lastSeq = 0;
  private seen = new Uint8Array(64);

  record(counter: number, seq: number): void {
    if (counter >= this.seen.length) {
      const bigger = new Uint8Array(Math.max(counter + 1, this.seen.length * 2));
      bigger.set(this.seen);
      this.seen = bigger;
    }
    if (this.seen[counter]) this.duplicated++;
    else {
      this.seen[counter] = 1;
      this.count++;
    }
    if (counter !== this.next || seq <= this.lastSeq) this.outOfOrder++;
    this.next = counter + 1;
    this.lastSeq = seq;
  }
}

/** One participant: sends with a counter in the body, checks what it receives. */
class Side {
  partner!: Side;
  sent = 0;
  acked = 0;
  ackErrors: string[] = [];
  readonly sentAt: number[] = [];
  readonly own = new Stream();
  readonly other = new Stream();
  /** Seqs seen in this conversation: a seq given to two messages is a store bug. */
  readonly seqs: Set<number> | null;
  misrouted = 0;
  disconnects = 0;
  readonly clientPrefix: string;

  constructor(
    readonly socket: BenchSocket,
    readonly role: Role,
    readonly conversationId: string,
    uniqueSeq: boolean,
  ) {
    this.seqs = uniqueSeq ? new Set() : null;
    this.clientPrefix = `${role[0]}${Math.random().toString(36).slice(2, 10)}-`;
  }
}

/**
 * What the chats say, in turn: ordinary things people write in a support chat. None is risky and
 * none has contact details, but five of the eight contain a word one of the risk rules looks for
 * ("out", "bit", "tried", …), so they take the detector's full path rather than its shortcut.
 */
const sentences = [
  ' I hear you, and it makes sense that today felt heavy.',
  ' We went out for a walk after lunch and it helped a little.',
  ' Thank you for listening, it means more than I can say.',
  ' My sister called me last night and we talked for an hour.',
  ' What would make tomorrow feel a bit more manageable for you?',
  ' I tried the breathing thing you mentioned and it kind of worked.',
  ' Work was hard again but I got through the whole day at least.',
  ' That sounds exhausting. How are you looking after yourself?',
];

export interface TrafficOptions {
  /** Aggregate messages per second over all pairs, both directions. */
  rate: number;
  durationSeconds: number;
  bodyChars: number;
  /** Whether seqs must be unique per conversation (false for the two-node baseline). */
  uniqueSeq: boolean;
  /** Called when sending starts and when every message has arrived (or the wait timed out). */
  onWindow?: (edge: 'start' | 'end') => void;
  /** Where latencies go; several runs (slices) can share one. */
  latency?: Samples;
}

export interface TrafficResult {
  sent: number;
  acked: number;
  delivered: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  seqCollisions: number;
  misrouted: number;
  disconnects: number;
  ackErrors: string[];
  latency: Samples;
  sendSeconds: number;
  windowSeconds: number;
  deliverySeconds: number;
}

/**
 * Both sides of every pair send in turn, round robin, at a fixed aggregate rate (catching up
 * after a stall rather than silently sending less). Latency is taken on the receiving side's
 * handler, against the time the sender emitted; the sender's own echo is checked but not timed.
 */
export async function runTraffic(pairs: Pair[], options: TrafficOptions): Promise<TrafficResult> {
  const latency = options.latency ?? new Samples();
  const sides: Side[] = [];
  let lastDelivery = 0;
  for (const pair of pairs) {
    const peer = new Side(pair.peer, 'peer', pair.conversationId, options.uniqueSeq);
    const supporter = new Side(pair.supporter, 'supporter', pair.conversationId, options.uniqueSeq);
    peer.partner = supporter;
    supporter.partner = peer;
    sides.push(peer, supporter);
  }
  for (const side of sides) {
    side.socket.on('conversation:message', ({ message }) => {
      const now = performance.now();
      receive(side, message, now);
    });
    side.socket.on('disconnect', () => side.disconnects++);
  }
  function receive(side: Side, message: Message, now: number) {
    if (message.conversationId !== side.conversationId) {
      side.misrouted++;
      return;
    }
    const counter = parseInt(message.body, 10);
    if (message.from === side.role) side.own.record(counter, message.seq);
    else {
      const sentAt = side.partner.sentAt[counter];
      if (sentAt !== undefined) latency.add(now - sentAt);
      side.other.record(counter, message.seq);
      lastDelivery = now;
    }
    side.seqs?.add(message.seq);
  }

  const fillers = sentences.map((s) => s.repeat(Math.ceil(options.bodyChars / s.length) + 1));
  const send = (side: Side) => {
    const counter = side.sent++;
    const filler = fillers[counter % fillers.length] as string;
    const body = `${counter}${filler}`.slice(
      0,
      Math.max(options.bodyChars, String(counter).length),
    );
    side.sentAt[counter] = performance.now();
    side.socket.emit(
      'conversation:send',
      { conversationId: side.conversationId, clientId: `${side.clientPrefix}${counter}`, body },
      (ack) => {
        if (ack.ok) side.acked++;
        else side.ackErrors.push(ack.error.code);
      },
    );
  };

  // Shuffled once so consecutive sends spread over pairs (and, with two nodes, over nodes).
  const order = [...sides];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j] as Side, order[i] as Side];
  }
  const total = Math.round(options.rate * options.durationSeconds);
  let sentTotal = 0;
  options.onWindow?.('start');
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = (performance.now() - t0) / 1000;
      const due = Math.min(total, Math.floor(elapsed * options.rate)) - sentTotal;
      for (let k = 0; k < due; k++) send(order[sentTotal++ % order.length] as Side);
      if (sentTotal >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const sendSeconds = (performance.now() - t0) / 1000;

  const complete = () =>
    sides.every(
      (s) =>
        s.other.count >= s.partner.sent &&
        s.own.count >= s.sent &&
        s.acked + s.ackErrors.length >= s.sent,
    );
  const drainUntil = performance.now() + 10_000;
  while (!complete() && performance.now() < drainUntil) await sleep(20);
  const windowSeconds = (performance.now() - t0) / 1000;
  options.onWindow?.('end');
  for (const side of sides) {
    side.socket.off('conversation:message');
    side.socket.off('disconnect');
  }

  const sum = (f: (s: Side) => number) => sides.reduce((n, s) => n + f(s), 0);
  return {
    sent: sentTotal,
    acked: sum((s) => s.acked),
    delivered: sum((s) => s.other.count),
    lost: sum((s) => s.partner.sent - s.other.count + (s.sent - s.own.count)),
    duplicated: sum((s) => s.other.duplicated + s.own.duplicated),
    outOfOrder: sum((s) => s.other.outOfOrder + s.own.outOfOrder),
    // Each side sees both directions once, so a conversation with n messages yields n seqs.
    seqCollisions: sum((s) => (s.seqs ? s.own.count + s.other.count - s.seqs.size : 0)),
    misrouted: sum((s) => s.misrouted),
    disconnects: sum((s) => s.disconnects),
    ackErrors: sides.flatMap((s) => s.ackErrors),
    latency,
    sendSeconds,
    windowSeconds,
    deliverySeconds: (lastDelivery - t0) / 1000,
  };
}
