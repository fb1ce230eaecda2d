/**
 * The chats this moderator joined, remembered for the tab (ids only, never content) so a
 * reload finds them again: session:resume lists no chats for moderators.
 */
const KEY = 'alongside.joinedChats';

export function joinedChatIds(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function save(ids: string[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    /* storage blocked: the joined chats last until a reload */
  }
}

export function rememberJoined(conversationId: string): void {
  const ids = joinedChatIds();
  if (!ids.includes(conversationId)) save([...ids, conversationId]);
}

export function forgetJoined(conversationId: string): void {
  save(joinedChatIds().filter((id) => id !== conversationId));
}

export function forgetAllJoined(): void {
  save([]);
}
