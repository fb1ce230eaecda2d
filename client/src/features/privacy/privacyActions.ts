import type { PeerExport } from '@alongside/shared';
import { request } from '../../lib/socket';
import { forgetPeer } from '../session/session';

export async function exportMyData(): Promise<PeerExport> {
  return request('privacy:export', {});
}

/**
 * Erases the peer on the server; then this browser forgets them too (token, chats, drafts),
 * so the next visit starts as a stranger.
 */
export async function eraseMyData(): Promise<number> {
  const { erasedConversations } = await request('privacy:erase', { confirm: true });
  forgetPeer();
  return erasedConversations;
}
