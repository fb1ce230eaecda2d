import type { Conversation } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import type { ChatState } from '../chat/chatStore';
import { peerStage } from './peerStage';
import type { PeerState } from './peerStore';

const peer = (over: Partial<PeerState> = {}): PeerState => ({
  consented: true,
  ready: true,
  queue: null,
  waitingDraft: '',
  draftFocused: false,
  dismissed: [],
  exiting: false,
  crisis: null,
  helpOpen: false,
  screen: 'main',
  erased: false,
  ...over,
});

function conversation(id: string, status: Conversation['status']): Conversation {
  return {
    id,
    status,
    peerPseudonym: 'Robin',
    supporterName: 'Sam',
    topics: [],
    language: 'en',
    startedAt: 0,
    endedAt: status === 'ended' ? 1 : null,
    endedBy: status === 'ended' ? 'supporter' : null,
    timeLimitMinutes: 50,
    lastSeq: 0,
    receipts: { peer: { delivered: 0, read: 0 }, supporter: { delivered: 0, read: 0 } },
    moderatorJoined: false,
  };
}

function chats(...list: Conversation[]): ChatState {
  return {
    side: 'peer',
    order: list.map((c) => c.id),
    chats: Object.fromEntries(
      list.map((c) => [
        c.id,
        {
          conversation: c,
          messages: [],
          typingFrom: null,
          moderatorName: null,
          readUpTo: 0,
          draft: '',
          contactReminder: false,
        },
      ]),
    ),
  };
}

const status = { position: 1, queueLength: 1, estimatedWaitSeconds: null, supportersOnShift: 0 };

describe('peerStage', () => {
  it('starts with consent, then the details form', () => {
    expect(peerStage(peer({ consented: false }), chats()).name).toBe('consent');
    expect(peerStage(peer(), chats()).name).toBe('details');
  });

  it('waits for the first resume before deciding', () => {
    expect(peerStage(peer({ ready: false, consented: false }), chats()).name).toBe('loading');
  });

  it('shows the waiting room while queued, even before consent in this visit', () => {
    expect(
      peerStage(peer({ consented: false, queue: { entry: null, status } }), chats()).name,
    ).toBe('waiting');
  });

  it('an open chat wins over everything else', () => {
    expect(
      peerStage(peer({ queue: { entry: null, status } }), chats(conversation('a', 'active'))),
    ).toEqual({
      name: 'chat',
      conversationId: 'a',
    });
  });

  it('shows the ended screen until the peer moves on', () => {
    const ended = chats(conversation('a', 'ended'));
    expect(peerStage(peer(), ended)).toEqual({ name: 'ended', conversationId: 'a' });
    expect(peerStage(peer({ dismissed: ['a'] }), ended).name).toBe('details');
  });
});
