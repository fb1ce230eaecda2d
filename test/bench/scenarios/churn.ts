import { AckError, closeAll, request, type BenchSocket } from '../lib/clients.js';
import { CpuWindow } from '../lib/cpuWindow.js';
import { deploy } from '../lib/deployment.js';
import { connectAll, giveConsent, peerSessions, supporterSessions } from '../lib/people.js';
import { mapLimit, Samples, sleep } from '../lib/stats.js';
import { monotonicMicros, type Scenario } from './types.js';

export interface ChurnOptions {
  supporters: number;
  capacity: number;
  peers: number;
  /** Queue joins per second (open loop). */
  joinRate: number;
  /** Share of joins that leave again after a short wait, if not yet taken. */
  leaveShare: number;
  /** How long a supporter holds each chat before ending it. */
  holdMs: number;
  durationSeconds: number;
}

type PeerState = 'idle' | 'queued' | 'chatting';
interface Peer {
  socket: BenchSocket;
  state: PeerState;
  joinedAt: number;
}
interface Supporter {
  socket: BenchSocket;
  open: number;
  accepting: boolean;
  waiting: number;
}

/** Accept races between supporters are expected; every other error code is a failure. */
const expected = new Set(['not_found', 'already_taken']);

/**
 * Peers join at a fixed rate and some leave again; supporters on shift accept whoever is next
 * whenever the pushed queue shows someone waiting, hold the chat briefly and end it, and the
 * peer may join again later. Time to open is from the peer's queue:join to its conversation:opened.
 */
export function churnScenario(options: ChurnOptions): Scenario {
  return {
    name: 'queueChurn',
    title: 'Queue churn',
    describe: () =>
      `${options.joinRate} joins/s from ${options.peers} peers (${Math.round(options.leaveShare * 100)}% leave), ` +
      `${options.supporters} supporters x ${options.capacity} chats held ${options.holdMs} ms, ${options.durationSeconds} s`,
    metrics: [
      { key: 'acceptsPerSecond', label: 'Accepts', unit: '/s', better: 'higher', digits: 1 },
      { key: 'joinToOpenP50Ms', label: 'Join to open p50', unit: 'ms', better: 'lower' },
      { key: 'joinToOpenP95Ms', label: 'Join to open p95', unit: 'ms', better: 'lower' },
      { key: 'joinToOpenP99Ms', label: 'Join to open p99', unit: 'ms', better: 'lower' },
      {
        key: 'serverCpuSecondsPer1kAccepts',
        label: 'Server CPU per 1,000 accepts',
        unit: 's',
        better: 'lower',
        digits: 3,
      },
      {
        key: 'otherCpuPercent',
        label: 'Other processes on the machine, CPU',
        unit: '%',
        better: 'info',
        digits: 0,
      },
      { key: 'joins', label: 'Joins', unit: '', better: 'info', digits: 0 },
      { key: 'leaves', label: 'Leaves', unit: '', better: 'info', digits: 0 },
      { key: 'lostAccepts', label: 'Accepts never opened', unit: '', better: 'lower', digits: 0 },
      // Joins not made because every peer was queued or chatting: raise --churn-peers if not 0.
      {
        key: 'skippedJoins',
        label: 'Joins skipped (all peers busy)',
        unit: '',
        better: 'info',
        digits: 0,
      },
    ],
    profiled: true,
    run: async (kind, context) => {
      const d = await deploy(kind, { nodes: 1, profileDir: context.profileDir });
      const node = d.nodes[0];
      if (!node) throw new Error('no node');
      try {
        const supporterSockets = await connectAll(
          node.url,
          await supporterSessions(d.moderator, node.url, options.supporters),
        );
        const peerSockets = await connectAll(node.url, await peerSessions(node.url, options.peers));
        await mapLimit(peerSockets, 32, (p) => giveConsent(p.socket));
        const failures: string[] = [];
        const fail = (what: string) => {
          if (failures.length < 20) failures.push(what);
        };
        const peers: Peer[] = peerSockets.map((c) => ({
          socket: c.socket,
          state: 'idle',
          joinedAt: 0,
        }));
        const idle: Peer[] = [...peers];
        const joinToOpen = new Samples();
        let running = true;
        let joins = 0;
        let leaves = 0;
        let accepts = 0;
        let opened = 0;
        let starved = 0;

        for (const peer of peers) {
          peer.socket.on('conversation:opened', () => {
            if (peer.state !== 'queued')
              fail(`a peer in state ${peer.state} was opened into a chat`);
            else joinToOpen.add(performance.now() - peer.joinedAt);
            opened++;
            peer.state = 'chatting';
          });
          peer.socket.on('conversation:ended', () => {
            peer.state = 'idle';
            idle.push(peer);
          });
        }

        const supporters: Supporter[] = supporterSockets.map((c) => ({
          socket: c.socket,
          open: 0,
          accepting: false,
          waiting: 0,
        }));
        const tryAccept = (s: Supporter) => {
          if (!running || s.accepting || s.open >= options.capacity || s.waiting === 0) return;
          s.accepting = true;
          request(s.socket, 'queue:accept', {})
            .then(({ conversation }) => {
              accepts++;
              s.open++;
              setTimeout(() => {
                request(s.socket, 'conversation:end', { conversationId: conversation.id })
                  .catch((err: unknown) => fail(`end: ${String(err)}`))
                  .finally(() => {
                    s.open--;
                    tryAccept(s);
                  });
              }, options.holdMs);
            })
            .catch((err: unknown) => {
              if (err instanceof AckError && expected.has(err.code)) s.waiting = 0;
              else fail(`accept: ${String(err)}`);
            })
            .finally(() => {
              s.accepting = false;
              tryAccept(s);
            });
        };
        for (const s of supporters) {
          s.socket.on('queue:updated', ({ entries }) => {
            s.waiting = entries.length;
            tryAccept(s);
          });
          await request(s.socket, 'shift:start', { capacity: options.capacity });
        }

        const join = (peer: Peer) => {
          peer.state = 'queued';
          peer.joinedAt = performance.now();
          joins++;
          request(peer.socket, 'queue:join', { pseudonym: 'Robin' }).catch((err: unknown) => {
            // Taken before the join's own answer was built: the chat is already open.
            if (!(err instanceof AckError && err.code === 'already_taken'))
              fail(`join: ${String(err)}`);
          });
          if (Math.random() < options.leaveShare) {
            setTimeout(() => {
              if (peer.state !== 'queued') return;
              request(peer.socket, 'queue:leave', {})
                .then(({ left }) => {
                  if (!left) return;
                  leaves++;
                  peer.state = 'idle';
                  idle.push(peer);
                })
                .catch((err: unknown) => fail(`leave: ${String(err)}`));
            }, Math.random() * 40);
          }
        };

        const cpu = new CpuWindow(d);
        cpu.start();
        const windowFrom = monotonicMicros();
        const t0 = performance.now();
        await new Promise<void>((resolve) => {
          const timer = setInterval(() => {
            const elapsed = (performance.now() - t0) / 1000;
            if (elapsed >= options.durationSeconds) {
              clearInterval(timer);
              resolve();
              return;
            }
            const due = Math.floor(elapsed * options.joinRate) - joins - starved;
            for (let k = 0; k < due; k++) {
              const peer = idle.shift();
              if (peer) join(peer);
              else starved++;
            }
          }, 5);
        });
        const acceptsInWindow = accepts;
        const use = cpu.end();
        context.markWindow(windowFrom, monotonicMicros());
        running = false;
        // Let accepts in flight answer and held chats end, so nothing is cut off by the close.
        const until = performance.now() + options.holdMs + 5000;
        const busy = () => supporters.some((s) => s.accepting || s.open > 0) || opened < accepts;
        while (busy() && performance.now() < until) await sleep(20);
        if (opened < accepts) fail(`${accepts - opened} accepted chats never reached the peer`);
        closeAll([...peers.map((p) => p.socket), ...supporters.map((s) => s.socket)]);
        const latency = joinToOpen.summary();
        return {
          failures,
          metrics: {
            acceptsPerSecond: acceptsInWindow / use.wallSeconds,
            joinToOpenP50Ms: latency.p50,
            joinToOpenP95Ms: latency.p95,
            joinToOpenP99Ms: latency.p99,
            serverCpuSecondsPer1kAccepts: use.serverSeconds / (acceptsInWindow / 1000),
            otherCpuPercent: (use.otherSeconds / use.wallSeconds) * 100,
            joins,
            leaves,
            lostAccepts: accepts - opened,
            skippedJoins: starved,
          },
        };
      } finally {
        await d.stop();
      }
    },
  };
}
