/**
 * Languages a peer can ask to chat in. The interface itself may be in fewer languages;
 * this list is about who they talk to, and the supporter sees the choice in the queue.
 */
export const chatLanguages = [
  'en',
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'pl',
  'ro',
  'ar',
  'ur',
  'zh',
  'cy',
] as const;
