import type { Conversation, Message } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import type { ChatEntry } from './chatStore';
import { mergeMessages } from './messageList';
import { readMark, totalUnread, unreadIn } from './unread';

function entry(id: string, fromPeer: number[], supporterRead: number, localRead = 0): ChatEntry {
  const messages: Message[] = fromPeer.map((seq) => ({
    conversationId: id,
    seq,
    clientId: `client-${id}-${seq}`,
    from: 'peer',
    authorName: 'Robin',
    body: 'hi',
    sentAt: seq,
  }));
  const conversation = {
    id,
    receipts: {
      peer: { delivered: 0, read: 0 },
      supporter: { delivered: supporterRead, read: supporterRead },
    },
  } as Conversation;
  return {
    conversation,
    messages: mergeMessages([], messages),
    typingFrom: null,
    moderatorName: null,
    readUpTo: localRead,
    draft: '',
    contactReminder: false,
  };
}

describe('unread counts for supporter tabs', () => {
  it('uses the later of the local read mark and the server receipt', () => {
    expect(readMark(entry('a', [1, 2, 3], 1, 2), 'supporter')).toBe(2);
    expect(readMark(entry('a', [1, 2, 3], 3, 0), 'supporter')).toBe(3);
  });

  it('counts each tab, and the total for the page title', () => {
    const tabs = [entry('a', [1, 2, 3], 1), entry('b', [1, 2], 0, 2), entry('c', [4], 0)];
    expect(tabs.map((t) => unreadIn(t, 'supporter'))).toEqual([2, 0, 1]);
    expect(totalUnread(tabs, 'supporter')).toBe(3);
  });
});
