import type { Message, Receipts } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import {
  countUnread,
  deliveryState,
  lastSeqSeen,
  mergeMessages,
  type ChatMessage,
} from './messageList';

function message(
  seq: number,
  from: Message['from'] = 'peer',
  clientId = `client-${seq}-x`,
): Message {
  return {
    conversationId: 'c1',
    seq,
    clientId,
    from,
    authorName: from,
    body: `m${seq}`,
    sentAt: seq,
  };
}

function pending(clientId: string): ChatMessage {
  return {
    state: 'pending',
    conversationId: 'c1',
    seq: null,
    clientId,
    from: 'peer',
    authorName: 'me',
    body: 'hi',
    sentAt: 0,
  };
}

const receipts = (delivered: number, read: number): Receipts => ({
  peer: { delivered: 0, read: 0 },
  supporter: { delivered, read },
});

describe('mergeMessages', () => {
  it('orders messages by sequence number whatever order they arrive in', () => {
    const merged = mergeMessages([], [message(3), message(1), message(2)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('keeps one copy when a resync brings back messages we already have', () => {
    const first = mergeMessages([], [message(1), message(2)]);
    const again = mergeMessages(first, [message(2), message(3)]);
    expect(again.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('replaces our pending message once the server confirms its clientId', () => {
    const list = [pending('mine-aaaa'), pending('mine-bbbb')];
    const merged = mergeMessages(list, [message(4, 'peer', 'mine-aaaa')]);
    expect(merged.map((m) => [m.seq, m.clientId])).toEqual([
      [4, 'mine-aaaa'],
      [null, 'mine-bbbb'],
    ]);
  });

  it('keeps pending messages after confirmed ones', () => {
    const merged = mergeMessages([pending('later-xxxx')], [message(1, 'supporter')]);
    expect(merged.map((m) => m.state)).toEqual(['confirmed', 'pending']);
  });

  it('returns the same list when nothing arrived, so subscribers do not re-render', () => {
    const list = mergeMessages([], [message(1)]);
    expect(mergeMessages(list, [])).toBe(list);
  });
});

describe('countUnread', () => {
  const list = mergeMessages(
    [],
    [message(1, 'peer'), message(2, 'supporter'), message(3, 'peer'), message(4, 'system')],
  );

  it('counts only what the other side wrote after our read mark', () => {
    expect(countUnread(list, 'supporter', 0)).toBe(3);
    expect(countUnread(list, 'supporter', 1)).toBe(2);
    expect(countUnread(list, 'supporter', 4)).toBe(0);
  });

  it('never counts our own messages', () => {
    expect(countUnread(list, 'peer', 0)).toBe(2);
  });

  it('ignores pending messages', () => {
    expect(countUnread([pending('p-123456')], 'supporter', 0)).toBe(0);
  });
});

describe('deliveryState', () => {
  const [mine] = mergeMessages([], [message(5, 'peer')]);

  it('follows the other side’s receipts: sent, delivered, read', () => {
    if (!mine) throw new Error('no message');
    expect(deliveryState(mine, 'peer', receipts(4, 0))).toBe('sent');
    expect(deliveryState(mine, 'peer', receipts(5, 0))).toBe('delivered');
    expect(deliveryState(mine, 'peer', receipts(6, 5))).toBe('read');
  });

  it('reports pending for a message the server has not confirmed', () => {
    expect(deliveryState(pending('p-123456'), 'peer', receipts(9, 9))).toBe('pending');
  });

  it('says only "sent" for a moderator, who has no receipts of their own', () => {
    const [theirs] = mergeMessages([], [message(5, 'moderator')]);
    if (!theirs) throw new Error('no message');
    expect(deliveryState(theirs, 'moderator', receipts(9, 9))).toBe('sent');
  });
});

describe('lastSeqSeen', () => {
  it('is the highest confirmed seq, ignoring pending', () => {
    expect(lastSeqSeen([...mergeMessages([], [message(2), message(7)]), pending('p-123456')])).toBe(
      7,
    );
    expect(lastSeqSeen([])).toBe(0);
  });
});
