import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationRecord, FlagRecord, QueueEntry, Store } from './types.js';

let counter = 0;
const uid = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export function queueEntry(overrides: Partial<QueueEntry> = {}): QueueEntry {
  return {
    id: uid('q'),
    peerId: uid('p'),
    pseudonym: 'Robin',
    topics: [],
    note: null,
    language: 'en',
    wantsSharedExperience: false,
    priority: 0,
    joinedAt: 1000,
    returning: false,
    ...overrides,
  };
}

export function flagRecord(overrides: Partial<FlagRecord> = {}): FlagRecord {
  return {
    id: uid('f'),
    conversationId: null,
    queueEntryId: null,
    peerId: uid('p'),
    supporterId: null,
    source: 'detector',
    raisedBy: null,
    level: 'high',
    categories: ['suicide'],
    reasons: [{ rule: 'r', match: 'm' }],
    status: 'open',
    createdAt: 1000,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    outcome: null,
    notes: [],
    ...overrides,
  };
}

/**
 * One suite, every Store: the memory store and the Redis store must behave identically.
 * `makeStore` returns a fresh, empty store for each test.
 */
export function storeContract(name: string, makeStore: () => Promise<Store>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    const opened: Store[] = [];
    beforeEach(async () => {
      store = await makeStore();
      opened.push(store);
    });
    afterAll(async () => {
      await Promise.all(opened.map((s) => s.close()));
    });

    async function onShift(supporterId: string, capacity = 2) {
      await store.putShift({ supporterId, status: 'active', capacity, startedAt: 1 });
    }
    async function claim(supporterId: string, entryId: string | null, experience: string[] = []) {
      return store.claimQueueEntry({
        entryId,
        supporterId,
        supporterName: 'Sam',
        experience,
        conversationId: uid('c'),
        timeLimitMinutes: 50,
        now: 2000,
      });
    }
    async function openConversation(): Promise<ConversationRecord> {
      const supporterId = uid('s');
      await onShift(supporterId, 5);
      const entry = queueEntry();
      await store.enqueue(entry);
      const result = await claim(supporterId, entry.id);
      if (!result.ok) throw new Error(result.reason);
      return result.conversation;
    }
    /** Appends to an active conversation, where 'ended' would be a failure. */
    async function append(conversationId: string, message: ReturnType<typeof msg>) {
      const result = await store.appendMessage(conversationId, message);
      if (result === 'ended') throw new Error('unexpectedly ended');
      return result;
    }
    const msg = (clientId: string, body = 'hello') => ({
      clientId,
      from: 'peer' as const,
      senderId: 'p1',
      authorName: 'Robin',
      body,
      sentAt: 3000,
    });

    describe('accounts, sessions and invites', () => {
      it('keeps usernames unique', async () => {
        const base = {
          username: 'alex',
          displayName: 'Alex',
          role: 'supporter' as const,
          passwordHash: 'h',
          experience: ['anxiety'],
          disabled: false,
          createdAt: 1,
        };
        expect(await store.createAccount({ ...base, id: 'a1' })).toBe(true);
        expect(await store.createAccount({ ...base, id: 'a2' })).toBe(false);
        expect((await store.getAccountByUsername('alex'))?.id).toBe('a1');
        expect(await store.countAccounts('supporter')).toBe(1);
        expect(await store.countAccounts('moderator')).toBe(0);
        expect((await store.setAccountDisabled('a1', true))?.disabled).toBe(true);
        expect((await store.getAccount('a1'))?.disabled).toBe(true);
        expect(await store.setAccountDisabled('nobody', true)).toBeNull();
        expect((await store.listAccounts()).map((a) => a.id)).toEqual(['a1']);
      });

      it('expires and revokes sessions', async () => {
        await store.createSession({
          tokenHash: 't1',
          subjectId: 'u',
          role: 'peer',
          createdAt: 1,
          expiresAt: 100,
        });
        await store.createSession({
          tokenHash: 't2',
          subjectId: 'u',
          role: 'peer',
          createdAt: 1,
          expiresAt: 100,
        });
        expect((await store.getSession('t1', 50))?.subjectId).toBe('u');
        expect(await store.getSession('t1', 100)).toBeNull();
        expect(await store.revokeSessions('u')).toBe(2);
        expect(await store.getSession('t2', 50)).toBeNull();
      });

      it('lets an invite be used once, and only before it expires', async () => {
        await store.createInvite({
          tokenHash: 'i1',
          role: 'supporter',
          createdBy: null,
          createdAt: 1,
          expiresAt: 100,
        });
        const both = await Promise.all([
          store.consumeInvite('i1', 50),
          store.consumeInvite('i1', 50),
        ]);
        expect(both.filter(Boolean)).toHaveLength(1);
        await store.createInvite({
          tokenHash: 'i2',
          role: 'supporter',
          createdBy: null,
          createdAt: 1,
          expiresAt: 100,
        });
        expect(await store.consumeInvite('i2', 200)).toBeNull();
      });

      it('stores peers and their consent', async () => {
        await store.createPeer({ id: 'p1', createdAt: 5, consentVersion: null, consentedAt: null });
        expect(await store.getPeer('p1')).toEqual({
          id: 'p1',
          createdAt: 5,
          consentVersion: null,
          consentedAt: null,
        });
        expect(await store.getPeer('p2')).toBeNull();
        expect(await store.recordConsent('p1', 1, 9)).toEqual({
          id: 'p1',
          createdAt: 5,
          consentVersion: 1,
          consentedAt: 9,
        });
        expect(await store.recordConsent('p2', 1, 9)).toBeNull();
      });
    });

    describe('queue', () => {
      it('orders by priority, then waiting time', async () => {
        const a = queueEntry({ joinedAt: 10 });
        const b = queueEntry({ joinedAt: 5 });
        const c = queueEntry({ joinedAt: 20, priority: 2 });
        for (const e of [a, b, c]) expect(await store.enqueue(e)).toBe('queued');
        expect((await store.listQueue()).map((e) => e.id)).toEqual([c.id, b.id, a.id]);
        await store.raiseQueuePriority(a.id, 3);
        await store.raiseQueuePriority(c.id, 1); // never lowers
        expect((await store.listQueue()).map((e) => [e.id, e.priority])).toEqual([
          [a.id, 3],
          [c.id, 2],
          [b.id, 0],
        ]);
      });

      it('holds one entry per peer, and lets it leave', async () => {
        const a = queueEntry();
        expect(await store.enqueue(a)).toBe('queued');
        expect(await store.enqueue(queueEntry({ peerId: a.peerId }))).toBe('already_queued');
        expect((await store.getQueueEntryForPeer(a.peerId))?.id).toBe(a.id);
        expect((await store.removeQueueEntry(a.id))?.id).toBe(a.id);
        expect(await store.removeQueueEntry(a.id)).toBeNull();
        expect(await store.getQueueEntryForPeer(a.peerId)).toBeNull();
        expect(await store.enqueue(queueEntry({ peerId: a.peerId }))).toBe('queued');
      });

      it('never queues a peer whose chat is open, even when a claim races the join', async () => {
        await onShift('s1', 5);
        const entry = queueEntry();
        await store.enqueue(entry);
        // Claim first, then a second join (another tab) in the same instant.
        const [claimed, again] = await Promise.all([
          claim('s1', entry.id),
          store.enqueue(queueEntry({ peerId: entry.peerId })),
        ]);
        expect(claimed.ok).toBe(true);
        expect(again).toBe('in_chat');
        expect(await store.getQueueEntryForPeer(entry.peerId)).toBeNull();
        if (!claimed.ok) return;
        await store.endConversation(claimed.conversation.id, 'peer', 3000);
        expect(await store.enqueue(queueEntry({ peerId: entry.peerId }))).toBe('queued');
        // Another peer's open chat is not theirs.
        expect((await openConversation()).status).toBe('active');
        expect(await store.enqueue(queueEntry())).toBe('queued');
      });

      it('gives exactly one of ten racing supporters the peer', async () => {
        const entry = queueEntry();
        await store.enqueue(entry);
        const supporters = Array.from({ length: 10 }, () => uid('s'));
        await Promise.all(supporters.map((s) => onShift(s)));
        const results = await Promise.all(supporters.map((s) => claim(s, entry.id)));
        const winners = results.filter((r) => r.ok);
        expect(winners).toHaveLength(1);
        expect(results.filter((r) => !r.ok && r.reason === 'already_taken')).toHaveLength(9);
        expect(await store.listQueue()).toEqual([]);
      });

      it('refuses a supporter who is off shift, paused or full', async () => {
        const entry = queueEntry();
        await store.enqueue(entry);
        expect(await claim('nobody', entry.id)).toEqual({ ok: false, reason: 'not_on_shift' });
        await store.putShift({ supporterId: 's1', status: 'paused', capacity: 1, startedAt: 1 });
        expect(await claim('s1', entry.id)).toEqual({ ok: false, reason: 'not_on_shift' });
        await onShift('s1', 1);
        expect((await claim('s1', entry.id)).ok).toBe(true);
        expect(await store.countActiveConversations('s1')).toBe(1);
        const second = queueEntry();
        await store.enqueue(second);
        expect(await claim('s1', second.id)).toEqual({ ok: false, reason: 'at_capacity' });
        expect((await store.listQueue()).map((e) => e.id)).toEqual([second.id]);
      });

      it('takes the next entry fairly, with shared experience as a tie-breaker only', async () => {
        await onShift('s1', 5);
        const old = queueEntry({ joinedAt: 1 });
        const match = queueEntry({
          joinedAt: 2,
          topics: ['bereavement'],
          wantsSharedExperience: true,
        });
        const risky = queueEntry({ joinedAt: 3, priority: 2 });
        for (const e of [old, match, risky]) await store.enqueue(e);
        const order: string[] = [];
        for (let i = 0; i < 3; i++) {
          const r = await claim('s1', null, ['bereavement']);
          if (r.ok) order.push(r.entry.id);
        }
        expect(order).toEqual([risky.id, match.id, old.id]);
        expect(await claim('s1', null)).toEqual({ ok: false, reason: 'already_taken' });
      });

      it('opens the conversation from the entry', async () => {
        const entry = queueEntry({ pseudonym: 'Kit', topics: ['work'], language: 'fr' });
        await store.enqueue(entry);
        await onShift('s1');
        const r = await claim('s1', entry.id);
        if (!r.ok) throw new Error('claim failed');
        expect(r.conversation).toMatchObject({
          status: 'active',
          peerId: entry.peerId,
          supporterId: 's1',
          peerPseudonym: 'Kit',
          supporterName: 'Sam',
          topics: ['work'],
          language: 'fr',
          lastSeq: 0,
          timeLimitMinutes: 50,
          endedAt: null,
        });
        expect(await store.getConversation(r.conversation.id)).toEqual(r.conversation);
        expect((await store.listActiveConversationsForSupporter('s1')).map((c) => c.id)).toEqual([
          r.conversation.id,
        ]);
        expect((await store.listConversationsForPeer(entry.peerId)).map((c) => c.id)).toEqual([
          r.conversation.id,
        ]);
      });
    });

    describe('shifts', () => {
      it('starts, pauses and resumes a shift in single steps, keeping its start time', async () => {
        expect(await store.startShift('s1', 2, 100)).toEqual({
          supporterId: 's1',
          status: 'active',
          capacity: 2,
          startedAt: 100,
        });
        expect(await store.setShiftStatus('s1', 'paused')).toMatchObject({
          status: 'paused',
          capacity: 2,
        });
        expect(await store.startShift('s1', 4, 200)).toEqual({
          supporterId: 's1',
          status: 'active',
          capacity: 4,
          startedAt: 100,
        });
        expect(await store.getShift('s1')).toMatchObject({ status: 'active', capacity: 4 });
        expect(await store.setShiftStatus('nobody', 'paused')).toBeNull();
      });

      it('closes an idle shift at once, drains a busy one, and closes it with its last chat', async () => {
        expect(await store.endShift('nobody')).toBe('not_on_shift');
        await store.startShift('idle', 2, 1);
        expect(await store.endShift('idle')).toBeNull();
        expect(await store.getShift('idle')).toBeNull();

        const c = await openConversation();
        const s = c.supporterId;
        expect(await store.closeShiftIfIdle(s)).toMatchObject({ status: 'active' });
        expect(await store.endShift(s)).toMatchObject({ status: 'ending', capacity: 5 });
        expect(await store.closeShiftIfIdle(s)).toMatchObject({ status: 'ending' });
        // A pause from a stale tab must not undo the end, or the shift would never close.
        expect(await store.setShiftStatus(s, 'paused')).toMatchObject({ status: 'ending' });
        await store.endConversation(c.id, 'peer', 3000);
        expect(await store.closeShiftIfIdle(s)).toBeNull();
        expect(await store.getShift(s)).toBeNull();
      });

      it('never leaves an ending shift with no chats when the end crosses the last chat ending', async () => {
        for (let i = 0; i < 5; i++) {
          const c = await openConversation();
          const s = c.supporterId;
          // The two requests, each as the service makes them, started together.
          await Promise.all([
            store.endShift(s),
            store.endConversation(c.id, 'peer', 3000).then(() => store.closeShiftIfIdle(s)),
          ]);
          expect(await store.getShift(s)).toBeNull();
        }
      });

      it('stores, lists and deletes shifts', async () => {
        await onShift('s1', 3);
        await store.putShift({ supporterId: 's1', status: 'paused', capacity: 3, startedAt: 1 });
        expect(await store.getShift('s1')).toEqual({
          supporterId: 's1',
          status: 'paused',
          capacity: 3,
          startedAt: 1,
        });
        expect((await store.listShifts()).map((s) => s.supporterId)).toEqual(['s1']);
        await store.deleteShift('s1');
        expect(await store.getShift('s1')).toBeNull();
      });
    });

    describe('conversations and messages', () => {
      it('numbers messages in order and ignores a resend of the same client id', async () => {
        const c = await openConversation();
        const first = await append(c.id, msg('client-0001', 'one'));
        const second = await append(c.id, msg('client-0002', 'two'));
        const again = await append(c.id, msg('client-0001', 'one, resent'));
        expect(first?.message.seq).toBe(1);
        expect(second?.message.seq).toBe(2);
        expect(again).toEqual({ message: first?.message, duplicate: true });
        expect((await store.getConversation(c.id))?.lastSeq).toBe(2);
        expect((await store.listMessages(c.id, 0, 10)).map((m) => m.body)).toEqual(['one', 'two']);
        expect((await store.listMessages(c.id, 1, 10)).map((m) => m.seq)).toEqual([2]);
        expect(await store.appendMessage('missing', msg('client-0003'))).toBeNull();
      });

      it('stores nothing new after the end, but still answers a resend', async () => {
        const c = await openConversation();
        const first = await append(c.id, msg('client-0001', 'before'));
        await store.endConversation(c.id, 'peer', 5000);
        expect(await store.appendMessage(c.id, msg('client-0002', 'after'))).toBe('ended');
        expect(await store.appendMessage(c.id, msg('client-0001', 'before'))).toEqual(
          first && { message: first.message, duplicate: true },
        );
        expect((await store.listMessages(c.id, 0, 10)).map((m) => m.body)).toEqual(['before']);
      });

      it('reads the header alone: the record without its counters, current after every change', async () => {
        const c = await openConversation();
        const before = await store.getConversation(c.id);
        await append(c.id, msg('client-0001', 'one'));
        await store.updateReceipts(c.id, 'peer', { read: 1 });
        const { lastSeq, receipts, ...expected } = (await store.getConversation(c.id)) ?? c;
        expect(lastSeq).toBe(1);
        expect(receipts.peer.read).toBe(1);
        expect(await store.getConversationHeader(c.id)).toEqual(expected);
        // A record handed out earlier is a snapshot: it does not move under its reader.
        expect(before?.lastSeq).toBe(0);
        await store.addConversationModerator(c.id, 'm1');
        await store.endConversation(c.id, 'peer', 9000);
        expect(await store.getConversationHeader(c.id)).toMatchObject({
          status: 'ended',
          endedBy: 'peer',
          moderatorIds: ['m1'],
        });
        expect(await store.getConversationHeader('missing')).toBeNull();
      });

      it('refuses the first message of a chat that ended or was deleted before anyone wrote', async () => {
        const ended = await openConversation();
        await store.endConversation(ended.id, 'supporter', 5000);
        expect(await store.appendMessage(ended.id, msg('client-0001'))).toBe('ended');
        const gone = await openConversation();
        await store.updateReceipts(gone.id, 'peer', { read: 0 });
        await store.purgeConversationsEndedBefore(0);
        await store.erasePeer(gone.peerId);
        expect(await store.appendMessage(gone.id, msg('client-0001'))).toBeNull();
        expect(await store.listMessages(gone.id, 0, 10)).toEqual([]);
      });

      it('allocates unique sequence numbers under concurrent sends', async () => {
        const c = await openConversation();
        const sends = Array.from({ length: 50 }, (_, i) => append(c.id, msg(`client-${1000 + i}`)));
        const seqs = (await Promise.all(sends))
          .map((r) => r?.message.seq)
          .sort((a, b) => (a ?? 0) - (b ?? 0));
        expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
        const page = await store.listMessages(c.id, 10, 5);
        expect(page.map((m) => m.seq)).toEqual([11, 12, 13, 14, 15]);
      });

      it('moves receipts forward only, never past the last message', async () => {
        const c = await openConversation();
        await store.appendMessage(c.id, msg('client-0001'));
        await store.appendMessage(c.id, msg('client-0002'));
        expect(await store.updateReceipts(c.id, 'supporter', { delivered: 2 })).toEqual({
          peer: { delivered: 0, read: 0 },
          supporter: { delivered: 2, read: 0 },
        });
        const r = await store.updateReceipts(c.id, 'supporter', { delivered: 1, read: 9 });
        expect(r?.supporter).toEqual({ delivered: 2, read: 2 });
        expect(await store.updateReceipts('missing', 'peer', { read: 1 })).toBeNull();
      });

      it('adds a joining moderator once', async () => {
        const c = await openConversation();
        expect(c).toMatchObject({ moderatorJoined: false, moderatorIds: [] });
        await store.addConversationModerator(c.id, 'm1');
        const joined = await store.addConversationModerator(c.id, 'm1');
        expect(joined).toMatchObject({ moderatorJoined: true, moderatorIds: ['m1'] });
        expect(await store.getConversation(c.id)).toEqual(joined);
        expect(await store.addConversationModerator('missing', 'm1')).toBeNull();
      });

      it('ends once, and frees the supporter', async () => {
        const c = await openConversation();
        const ended = await store.endConversation(c.id, 'peer', 9000);
        expect(ended).toMatchObject({ status: 'ended', endedBy: 'peer', endedAt: 9000 });
        const again = await store.endConversation(c.id, 'supporter', 9999);
        expect(again).toMatchObject({ endedBy: 'peer', endedAt: 9000 });
        expect(await store.countActiveConversations(c.supporterId)).toBe(0);
        expect(await store.listActiveConversationsForSupporter(c.supporterId)).toEqual([]);
        expect(await store.endConversation('missing', 'peer', 1)).toBeNull();
      });
    });

    describe('privacy: erasure and retention', () => {
      it("erases a peer's transcripts, queue place, sessions and identity, and keeps flags anonymised", async () => {
        const c = await openConversation();
        const peerId = c.peerId;
        await store.createPeer({ id: peerId, createdAt: 1, consentVersion: 1, consentedAt: 1 });
        await store.createSession({
          tokenHash: 'peer-t',
          subjectId: peerId,
          role: 'peer',
          createdAt: 1,
          expiresAt: 1e15,
        });
        await store.appendMessage(c.id, msg('client-0001', 'my words'));
        const f = flagRecord({
          conversationId: c.id,
          peerId,
          reasons: [{ rule: 'suicide.intent', match: 'my words' }],
        });
        await store.createFlag(f);
        await store.enqueue(queueEntry({ peerId }));
        const other = await openConversation();
        await store.appendMessage(other.id, msg('client-0002', 'someone else'));

        expect(await store.erasePeer(peerId)).toEqual({ conversations: 1, flags: 1 });
        expect(await store.getConversation(c.id)).toBeNull();
        expect(await store.listMessages(c.id, 0, 10)).toEqual([]);
        expect(await store.listConversationsForPeer(peerId)).toEqual([]);
        expect(await store.getQueueEntryForPeer(peerId)).toBeNull();
        expect(await store.getSession('peer-t', 2)).toBeNull();
        expect(await store.getPeer(peerId)).toBeNull();
        const kept = await store.getFlag(f.id);
        expect(kept).toMatchObject({
          peerId: null,
          level: f.level,
          reasons: [{ rule: 'suicide.intent', match: '' }],
        });
        // A flag raised in the instant of the erasure (its message was read before) is kept the
        // same way, and left out of the peer's flags.
        const late = flagRecord({
          conversationId: c.id,
          peerId,
          reasons: [{ rule: 'suicide.intent', match: 'my words' }],
        });
        const stored = await store.createFlag(late);
        expect(stored).toMatchObject({
          peerId: null,
          reasons: [{ rule: 'suicide.intent', match: '' }],
        });
        expect(await store.getFlag(late.id)).toEqual(stored);
        expect(await store.erasePeer(peerId)).toEqual({ conversations: 0, flags: 0 });
        const someoneElse = flagRecord();
        expect(await store.createFlag(someoneElse)).toEqual(someoneElse);
        expect(JSON.stringify(kept)).not.toContain('my words');
        // Nobody else is touched.
        expect((await store.listMessages(other.id, 0, 10)).map((m) => m.body)).toEqual([
          'someone else',
        ]);
        expect(await store.countActiveConversations(c.supporterId)).toBe(0);
      });

      it('purges transcripts of chats that ended before the cutoff, and only those', async () => {
        const old = await openConversation();
        const recent = await openConversation();
        const active = await openConversation();
        for (const c of [old, recent, active]) await store.appendMessage(c.id, msg('client-0001'));
        await store.endConversation(old.id, 'peer', 1000);
        await store.endConversation(recent.id, 'peer', 5000);
        expect(await store.purgeConversationsEndedBefore(2000)).toBe(1);
        expect(await store.getConversation(old.id)).toBeNull();
        expect(await store.listMessages(old.id, 0, 10)).toEqual([]);
        expect(await store.listConversationsForPeer(old.peerId)).toEqual([]);
        expect((await store.listMessages(recent.id, 0, 10)).length).toBe(1);
        expect((await store.listMessages(active.id, 0, 10)).length).toBe(1);
      });
    });

    describe('flags and audit', () => {
      it('keeps flags until resolved, through acknowledgement and notes', async () => {
        const f = flagRecord({ conversationId: 'c1', createdAt: 5 });
        const g = flagRecord({ createdAt: 3 });
        await store.createFlag(f);
        await store.createFlag(g);
        expect((await store.listUnresolvedFlags()).map((x) => x.id)).toEqual([g.id, f.id]);
        const acked = await store.acknowledgeFlag(f.id, 'm1', 10);
        expect(acked).toMatchObject({
          status: 'acknowledged',
          acknowledgedBy: 'm1',
          acknowledgedAt: 10,
        });
        expect((await store.acknowledgeFlag(f.id, 'm2', 11))?.acknowledgedBy).toBe('m1');
        const noted = await store.addFlagNote(f.id, {
          authorId: 'm1',
          authorName: 'M',
          body: 'called back',
          at: 12,
        });
        expect(noted?.notes).toHaveLength(1);
        const resolved = await store.resolveFlag(f.id, 'm1', 13, 'safe_plan');
        expect(resolved).toMatchObject({
          status: 'resolved',
          outcome: 'safe_plan',
          resolvedAt: 13,
        });
        expect((await store.listUnresolvedFlags()).map((x) => x.id)).toEqual([g.id]);
        expect((await store.listFlagsForConversation('c1')).map((x) => x.id)).toEqual([f.id]);
        expect(await store.getFlag('missing')).toBeNull();
        expect(await store.acknowledgeFlag('missing', 'm', 1)).toBeNull();
      });

      it("raises a conversation's flag only when no unresolved flag covers it", async () => {
        const c = 'c1';
        const high = flagRecord({ conversationId: c, level: 'high', categories: ['suicide'] });
        expect(await store.createFlag(high, { unlessCovered: true })).toEqual(high);
        const covered = [
          flagRecord({ conversationId: c, level: 'high', categories: ['suicide'] }),
          flagRecord({ conversationId: c, level: 'concern', categories: ['suicide'] }),
          flagRecord({ conversationId: c, level: 'concern', categories: [] }),
        ];
        for (const f of covered)
          expect(await store.createFlag(f, { unlessCovered: true })).toBeNull();
        const news = [
          flagRecord({ conversationId: c, level: 'imminent', categories: ['suicide'] }),
          flagRecord({ conversationId: c, level: 'high', categories: ['suicide', 'self_harm'] }),
          flagRecord({ conversationId: 'c2', level: 'concern', categories: ['suicide'] }),
        ];
        for (const f of news) expect(await store.createFlag(f, { unlessCovered: true })).toEqual(f);
        // Without the option a flag is always kept (a person raising one by hand).
        const byHand = flagRecord({ conversationId: c, level: 'concern', categories: ['suicide'] });
        expect(await store.createFlag(byHand)).toEqual(byHand);
        // Resolved flags cover nothing.
        for (const f of await store.listFlagsForConversation(c))
          await store.resolveFlag(f.id, 'm1', 2000, 'safe_for_now');
        const again = flagRecord({ conversationId: c, level: 'concern', categories: ['suicide'] });
        expect(await store.createFlag(again, { unlessCovered: true })).toEqual(again);
        expect(await store.listFlagsForConversation('missing')).toEqual([]);
      });

      it('raises one flag for two risky messages arriving together', async () => {
        const twins = [0, 1].map(() =>
          flagRecord({ conversationId: 'c9', level: 'imminent', categories: ['suicide'] }),
        );
        const results = await Promise.all(
          twins.map((f) => store.createFlag(f, { unlessCovered: true })),
        );
        expect(results.filter((r) => r !== null)).toHaveLength(1);
        expect(await store.listFlagsForConversation('c9')).toHaveLength(1);
        expect(await store.listUnresolvedFlags()).toHaveLength(1);
      });

      it('appends audit records and filters them, newest first', async () => {
        for (let i = 0; i < 5; i++) {
          await store.appendAudit({
            id: uid('a'),
            at: i,
            actorId: i % 2 ? 'm1' : 'm2',
            actorRole: 'moderator',
            action: i < 3 ? 'flag.acknowledge' : 'conversation.open',
            targetId: 't',
            detail: { n: i },
          });
        }
        expect((await store.listAudit({ limit: 10 })).map((r) => r.at)).toEqual([4, 3, 2, 1, 0]);
        expect((await store.listAudit({ limit: 2 })).map((r) => r.at)).toEqual([4, 3]);
        expect((await store.listAudit({ limit: 10, actorId: 'm1' })).map((r) => r.at)).toEqual([
          3, 1,
        ]);
        expect(
          (await store.listAudit({ limit: 10, action: 'flag.acknowledge' })).map((r) => r.at),
        ).toEqual([2, 1, 0]);
      });
    });
  });
}
