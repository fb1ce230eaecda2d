import { CONSENT_VERSION, type PeerExport } from '@alongside/shared';
import { toConversationView, toMessageView } from '../conversations/conversationsService.js';
import type { AuditLog } from '../moderation/auditLog.js';
import type { Store } from '../store/types.js';

/** The peer's control of their own data: consent, export and erasure. */
export class PrivacyService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
  ) {}

  async hasConsented(peerId: string): Promise<boolean> {
    return (await this.store.getPeer(peerId))?.consentVersion === CONSENT_VERSION;
  }

  async consent(peerId: string) {
    const peer = await this.store.recordConsent(peerId, CONSENT_VERSION, Date.now());
    return {
      consentVersion: peer?.consentVersion ?? CONSENT_VERSION,
      consentedAt: peer?.consentedAt ?? Date.now(),
    };
  }

  async export(peerId: string): Promise<PeerExport> {
    const peer = await this.store.getPeer(peerId);
    const conversations = await this.store.listConversationsForPeer(peerId);
    return {
      exportedAt: Date.now(),
      consentVersion: peer?.consentVersion ?? null,
      conversations: await Promise.all(
        conversations.map(async (c) => ({
          conversation: toConversationView(c),
          messages: (await this.store.listMessages(c.id, 0, c.lastSeq)).map(toMessageView),
        })),
      ),
    };
  }

  /** Active chats are ended first so the supporter is told, then everything of the peer goes. */
  async erase(peerId: string): Promise<{
    erasedConversations: number;
    endedConversations: string[];
    supporterIds: string[];
  }> {
    const conversations = await this.store.listConversationsForPeer(peerId);
    const active = conversations.filter((c) => c.status === 'active');
    for (const c of active) await this.store.endConversation(c.id, 'peer', Date.now());
    const result = await this.store.erasePeer(peerId);
    // The audit keeps that an erasure happened, not who asked.
    await this.audit.record(null, 'peer.erase', null, {
      conversations: result.conversations,
      flags: result.flags,
    });
    return {
      erasedConversations: result.conversations,
      endedConversations: active.map((c) => c.id),
      supporterIds: active.map((c) => c.supporterId),
    };
  }
}
