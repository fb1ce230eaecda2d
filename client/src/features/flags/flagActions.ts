import type { EventInput, FlagView } from '@alongside/shared';
import { request } from '../../lib/socket';
import { syncConversation } from '../chat/history';
import { selectTab } from '../chat/tabsStore';
import { setOpened, upsertFlag } from './flagsStore';
import { rememberJoined } from './joinedChats';

function keep(flag: FlagView): FlagView {
  upsertFlag(flag);
  return flag;
}

export async function acknowledgeFlag(flagId: string): Promise<FlagView> {
  return keep((await request('flag:acknowledge', { flagId })).flag);
}

export async function addFlagNote(flagId: string, note: string): Promise<FlagView> {
  return keep((await request('flag:note', { flagId, note })).flag);
}

export async function resolveFlag(input: EventInput<'flag:resolve'>): Promise<FlagView> {
  return keep((await request('flag:resolve', input)).flag);
}

/** Content access: the server records it in the audit log before answering. */
export async function openFlaggedChat(flagId: string): Promise<FlagView> {
  const { flag, reasons, peerPseudonym, messages } = await request('flag:open-conversation', {
    flagId,
  });
  setOpened(flagId, { reasons, peerPseudonym, messages, openedAt: Date.now() });
  return keep(flag);
}

/** Joining is visible to both people in the chat; the chat then opens in a tab here. */
export async function joinChat(conversationId: string): Promise<string> {
  await request('conversation:join', { conversationId });
  rememberJoined(conversationId);
  await syncConversation(conversationId);
  selectTab(conversationId);
  return conversationId;
}
