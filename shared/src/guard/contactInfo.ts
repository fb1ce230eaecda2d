/**
 * Contact-info guard: notices phone numbers, e-mail addresses, social handles and links in a
 * message so that the app can remind both sides, gently, that the relationship stays on the
 * platform. It never blocks anything, so it prefers missing an odd format to nagging people
 * about times, years and character counts. Pure; no dependencies.
 */

export const contactKinds = ['phone', 'email', 'handle', 'link'] as const;
export type ContactKind = (typeof contactKinds)[number];

export interface ContactInfo {
  /** Kinds found, each once, in order of first appearance. */
  kinds: ContactKind[];
  /** The text that was recognised, in order of appearance. */
  matches: string[];
}

interface Found {
  kind: ContactKind;
  start: number;
  text: string;
}

const PROVIDERS =
  '(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|protonmail|proton|live|aol|gmx|msn|ymail|btinternet|sky|virginmedia|mail)';
const AT = '(?:\\s*(?:\\(at\\)|\\[at\\]|\\{at\\}|<at>)\\s*|\\s+at\\s+)';
const DOT = '(?:\\s*(?:\\(dot\\)|\\[dot\\]|\\{dot\\}|<dot>)\\s*|\\s+dot\\s+|\\.)';
const TLD = '(?:com|net|org|co' + DOT + 'uk|uk|ie|me|de|fr|ca|au|io)';

const EMAIL = /(?<![\w.+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;
/** "sam at gmail dot com", "sam [at] hotmail [dot] co [dot] uk", "sam(at)example(dot)org". */
const EMAIL_SPELLED = new RegExp(
  `(?<![\\w.])[a-z0-9][a-z0-9._-]*${AT}(?:${PROVIDERS}|[a-z0-9-]+(?=\\s*[[({<]dot))${DOT}${TLD}\\b`,
  'gi',
);

const LINK_TLD =
  '(?:com|net|org|io|co|uk|me|ly|gg|ee|app|dev|info|xyz|tv|link|page|site|online|chat|social|ie|de|fr)';
const LINK = new RegExp(
  `\\b(?:https?://|www\\.)[^\\s<>"']+|(?<![\\w@.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.${LINK_TLD}\\b(?:/[^\\s<>"']*)?`,
  'gi',
);

const PLATFORM =
  '(?:insta(?:gram)?|ig|snap(?:chat)?|sc|discord|whats ?app|wa|telegram|tiktok|twitter|fb|facebook|messenger|kik|signal|reddit|tumblr|threads|steam|xbox|psn|twitch|wechat|viber|skype|bereal)';
/** "add me on snap", "dm me on insta", "my discord is sam#1234", "whatsapp me". */
const HANDLE_CUE = new RegExp(
  `\\b(?:(?:add|follow|find|message|msg|dm|text|chat to|talk to|contact|reach|ping|call|hmu|hit me up|speak to)(?: me| us)?(?: on| via| over)|(?:move|go|switch|take this|chat|talk) (?:to|on|over to)|join my) ${PLATFORM}\\b` +
    `|\\bmy ${PLATFORM}(?: (?:handle|username|user name|name|tag|id|account|is|=|:))+\\s*@?[a-z0-9_.#]*` +
    `|\\b${PLATFORM} me\\b|\\bdm me\\b|\\b(?:swap|exchange|share) (?:socials|handles|usernames|numbers|insta|snaps?)\\b`,
  'gi',
);
const AT_HANDLE = /(?<![\w.@/])@[a-z0-9_][a-z0-9_.]{1,29}\b/gi;
const DISCORD_TAG = /(?<![\w#])[a-z0-9_.]{2,32}#\d{4}\b/gi;
const REDDIT_USER = /(?<![\w/])u\/[a-z0-9_-]{3,20}\b/gi;
const TIME_MENTION = /^@\d{1,2}(?::\d\d)?(?:am|pm)?$/i;

/** Candidate digit runs: separators may be spaces, dots, dashes and brackets. */
const PHONE_CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s().-]{5,}\d\b/g;
const PHONE_CUE =
  /\b(?:call|ring|text|txt|phone|mob(?:ile)?|cell|number|no\.|tel|whats ?app|contact|reach me|hmu|signal|telegram)\b/i;
const UNIT_AFTER =
  /^\s*(?:steps|views|followers|likes|words|characters|chars|people|years|pounds|dollars|euros|quid|k\b|kg|km|miles|mg|ml|calories|kcal|times|minutes|mins|hours|days|points|xp|subs|subscribers|%)/i;
const NOT_PHONE_BEFORE =
  /(?:[£$€#]|\b(?:order|ref|reference|case|ticket|invoice|account|acct|no|id|pin|code|postcode|isbn)\b[\s.:#]*)$/i;
/** Helplines and toll-free numbers belong to services, not to a person. */
const SERVICE_NUMBER =
  /^(?:0800|0808|116|111|999|112|911|988|1800|18[0-8]{2}|1[- ]?8(?:00|88|77|66|55|44|33)|\+?44 ?80[08]|\+?1 ?8(?:00|88|77|66|55|44|33))/;

function phoneLike(candidate: string, before: string, after: string, text: string): boolean {
  const raw = candidate.trim();
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (/\b\d{1,2}[.:]\d{2}\b(?![\d])/.test(raw) && !/^\+|^0\d{3}/.test(raw)) return false; // times
  if (/^\d{1,4}[-./]\d{1,2}[-./]\d{2,4}$/.test(raw)) return false; // dates
  if (/^(?:19|20)\d\d\s*[-\u2013]?\s*(?:19|20)\d\d$/.test(raw)) return false; // year ranges
  if (/^\d{1,3}(?:[ ,]\d{3})+$/.test(raw)) return false; // 1 000 000
  if (UNIT_AFTER.test(after) || NOT_PHONE_BEFORE.test(before)) return false;
  if (SERVICE_NUMBER.test(raw.replace(/[().]/g, ''))) return false;
  if (raw.startsWith('+') || raw.startsWith('00') || /^\(?0\d/.test(raw)) return digits.length >= 9;
  if (/^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(raw)) return true; // 555-123-4567, (555) 123 4567
  return PHONE_CUE.test(text);
}

function collect(
  re: RegExp,
  kind: ContactKind,
  text: string,
  out: Found[],
  taken: boolean[],
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const value = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (taken.slice(start, start + value.length).some(Boolean)) continue;
    if (kind === 'handle' && TIME_MENTION.test(value)) continue;
    if (
      kind === 'phone' &&
      !phoneLike(
        value,
        text.slice(Math.max(0, start - 24), start),
        text.slice(start + value.length),
        text,
      )
    ) {
      continue;
    }
    for (let i = start; i < start + value.length; i++) taken[i] = true;
    out.push({ kind, start, text: value.trim() });
  }
}

/**
 * Something every pattern above needs, in one expression: '@' (e-mail, @handle), a spelled "at"
 * (e-mail), a link's scheme, "www." or ".tld", a platform name or sharing cue, "#1234", "u/", or a
 * run of digits long enough for a phone number. Without one, no pattern can match, and the
 * message (most messages) is done in one pass.
 */
const MAYBE_CONTACT = new RegExp(
  [
    '@',
    '[\\s([{<]at[\\s)\\]}>]',
    'https?://',
    'www\\.',
    `\\.${LINK_TLD}\\b`,
    `\\b${PLATFORM}\\b`,
    '\\bdm me\\b',
    '\\b(?:swap|exchange|share) ',
    '#\\d{4}',
    'u/',
    '\\d[\\d\\s().-]{5,}\\d',
  ].join('|'),
  'i',
);

/** The pre-check alone (exported for its tests). */
export function mayContainContact(text: string): boolean {
  return MAYBE_CONTACT.test(text);
}

/** Find phone numbers, e-mail addresses, social handles and links. Never throws. */
export function detectContactInfo(text: string): ContactInfo {
  if (!text || !mayContainContact(text)) return { kinds: [], matches: [] };
  return scan(text);
}

/** detectContactInfo without the one-pass pre-check; tests compare the two. */
export function detectContactInfoUnfiltered(text: string): ContactInfo {
  if (!text) return { kinds: [], matches: [] };
  return scan(text);
}

function scan(text: string): ContactInfo {
  const found: Found[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  collect(EMAIL, 'email', text, found, taken);
  collect(EMAIL_SPELLED, 'email', text, found, taken);
  collect(LINK, 'link', text, found, taken);
  collect(HANDLE_CUE, 'handle', text, found, taken);
  collect(DISCORD_TAG, 'handle', text, found, taken);
  collect(REDDIT_USER, 'handle', text, found, taken);
  collect(AT_HANDLE, 'handle', text, found, taken);
  collect(PHONE_CANDIDATE, 'phone', text, found, taken);
  found.sort((a, b) => a.start - b.start);
  const kinds: ContactKind[] = [];
  for (const f of found) if (!kinds.includes(f.kind)) kinds.push(f.kind);
  return { kinds, matches: found.map((f) => f.text) };
}
