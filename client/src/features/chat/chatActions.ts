import { request } from '../../lib/socket';
import { upsertConversation } from './chatStore';

export async function endChat(conversationId: string): Promise<void> {
  const { conversation } = await request('conversation:end', { conversationId });
  upsertConversation(conversation);
}
