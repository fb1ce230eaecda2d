import { request } from '../../lib/socket';
import { upsertConversation } from '../chat/chatStore';
import { selectTab } from '../chat/tabsStore';

/** Take a given peer, or without an id the next one in fair order. Atomic on the server. */
export async function acceptPeer(entryId?: string): Promise<string> {
  const { conversation } = await request('queue:accept', entryId ? { entryId } : {});
  upsertConversation(conversation);
  selectTab(conversation.id);
  return conversation.id;
}
