/**
 * Text normalisation for the risk detector: real chat is lowercase or shouty, full of typos,
 * stretched letters ("diiiie"), leetspeak ("k1ll"), missing apostrophes and slang ("kms", "rn").
 * Everything downstream matches against the output of {@link normaliseText}.
 */

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
};

/**
 * Whole-word rewrites (applied after lowercasing and apostrophe repair). Risk slang is rewritten
 * to plain words so that rules only have to know one spelling: "kms" → "kill myself".
 */
const WORDS: Readonly<Record<string, string>> = {
  // contractions typed without apostrophes
  im: "i'm",
  ive: "i've",
  id: "i'd",
  youre: "you're",
  hes: "he's",
  shes: "she's",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  its: "it's",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  aint: "ain't",
  cannot: "can't",
  "i'am": "i'm",
  ima: "i'm going to",
  imma: "i'm going to",
  "i'ma": "i'm going to",
  // verb slang
  wanna: 'want to',
  wana: 'want to',
  wnat: 'want',
  wan: 'want',
  gonna: 'going to',
  gunna: 'going to',
  finna: 'going to',
  gotta: 'got to',
  tryna: 'trying to',
  hafta: 'have to',
  // chat abbreviations
  u: 'you',
  ur: 'your',
  r: 'are',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  abt: 'about',
  rn: 'right now',
  atm: 'at the moment',
  tn: 'tonight',
  tonite: 'tonight',
  tonigh: 'tonight',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonights: "tonight's",
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmw: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2day': 'today',
  ngl: 'honestly',
  tbh: 'honestly',
  tbf: 'honestly',
  idk: "i don't know",
  dunno: "don't know",
  idc: "i don't care",
  smth: 'something',
  bf: 'boyfriend',
  gf: 'girlfriend',
  anymroe: 'anymore',
  anymor: 'anymore',
  myslef: 'myself',
  mysefl: 'myself',
  mysef: 'myself',
  myelf: 'myself',
  mself: 'myself',
  kil: 'kill',
  pils: 'pills',
  pillz: 'pills',
  tabs: 'tablets',
  // risk slang and euphemisms
  kms: 'kill myself',
  ctb: 'kill myself',
  unalive: 'kill',
  unalived: 'killed',
  unaliving: 'killing',
  sewerslide: 'suicide',
  suicde: 'suicide',
  sucide: 'suicide',
  suiside: 'suicide',
  suicid: 'suicide',
  sucidal: 'suicidal',
  suicdal: 'suicidal',
  suisidal: 'suicidal',
  selfharm: 'self harm',
  selfharming: 'self harming',
  selfharmed: 'self harmed',
  sh: 'self harm',
  shing: 'self harming',
  "sh'ing": 'self harming',
  "sh'd": 'self harmed',
  's/h': 'self harm',
  od: 'overdose',
  "od'd": 'overdosed',
  "od'ed": 'overdosed',
  oded: 'overdosed',
  "od'ing": 'overdosing',
  oding: 'overdosing',
  paracetemol: 'paracetamol',
  paracetomol: 'paracetamol',
  paracetamal: 'paracetamol',
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Only the words in {@link WORDS}, as whole tokens (letters, digits, apostrophes, slashes). */
const WORD_RE = new RegExp(
  `(?<![a-z0-9'/])(?:${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?![a-z0-9'/])`,
  'g',
);
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const LEET_RE = /(?<=[a-z])[0134579@$!|](?=[a-z])|(?<=\b[a-z]{1,3})[013](?=\s|$)/g;
const VOWEL_RUN = /([aeiouy])\1{2,}/g;
const CONSONANT_RUN = /([b-df-hj-np-tv-xz])\1{2,}/g;
/** "helpp", "diee" after run collapsing: a trailing doubled letter English rarely ends on. */
const TRAILING_DOUBLE = /\b([a-z]*?[a-z])([bcjkmpqvwxy])\2\b/g;
const SPACE_RE = /[ \t\f\v\u00a0]+/g;
/** "my friend ODd" → "odd" after lowercasing; only rewrite it after a subject or auxiliary. */
const ODD_RE = /\b(i|he|she|they|friend|mate|sister|brother|mum|mom|dad|who)( ?)odd\b/g;
/** "kys" after a first-person subject is a typo for "kms"; otherwise it is aimed at someone. */
const KYS_SELF_RE = /\b(i(?:'m|'ll|'d)?(?: (?!you\b|your\b)[a-z']+){0,3}) kys\b/g;

function rewriteWord(word: string): string {
  return WORDS[word] ?? word;
}

/** Lowercase, repair apostrophes, undo leetspeak and stretched letters, expand slang. */
/** Multi-word rewrites, applied in one pass. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmy self\b/g, 'myself'],
  [/\bsewer slide\b/g, 'suicide'],
  [/\bself[- ]?(harm|injur)/g, 'self $1'],
  [/\bself[- ]delet\w*/g, 'kill myself'],
  [/\bo\.d\.(?=\s|$)/g, 'overdose'],
  [ODD_RE, '$1$2overdosed'],
  [/\bany more\b/g, 'anymore'],
  [/\bwant too\b/g, 'want to'],
  [
    /\b(wants?|wanted|need|have|going|got|used|try|trying|able|like|love|hate|ready|about) 2 (?=[a-z])/g,
    '$1 to ',
  ],
  [
    /\bunalive\b(?! (?:myself|yourself|himself|herself|themselves|him|her|them|you|me|us|someone|people|everyone))/g,
    'kill myself',
  ],
];
/** Cheap tests that let most messages skip a rewrite entirely. */
const HAS_NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const HAS_LEET = /[a-z][0134579@$!|]/;
const HAS_RUN = /([a-z])\1/;
const HAS_PHRASE = /self|sewer|o\.d|odd|any more|want too|unalive| 2 /;

/** Lowercase, repair apostrophes, undo leetspeak and stretched letters, expand slang. */
export function normaliseText(text: string): string {
  let t = text.toLowerCase();
  if (HAS_NON_ASCII.test(t)) {
    t = t.normalize('NFKC').toLowerCase();
    t = t
      .replace(ZERO_WIDTH, '')
      .replace(APOSTROPHES, "'")
      .replace(/[\u201c\u201d]/g, '"');
  }
  if (HAS_LEET.test(t)) t = t.replace(LEET_RE, (c) => LEET[c] ?? c);
  if (HAS_RUN.test(t)) {
    t = t.replace(VOWEL_RUN, '$1').replace(CONSONANT_RUN, '$1$1').replace(TRAILING_DOUBLE, '$1$2');
  }
  if (HAS_PHRASE.test(t))
    for (const [pattern, replacement] of PHRASES) t = t.replace(pattern, replacement);
  t = t.replace(WORD_RE, rewriteWord);
  if (t.includes('kys'))
    t = t.replace(KYS_SELF_RE, '$1 kill myself').replace(/\bkys\b/g, 'kill yourself');
  if (t.includes('i '))
    t = t
      .replace(/\bi am\b/g, "i'm")
      .replace(/\bi will\b/g, "i'll")
      .replace(/\bi would\b/g, "i'd");
  return t.replace(SPACE_RE, ' ').trim();
}

/**
 * Split into clauses: sentences, lines, and contrastive conjunctions ("…but…"), so that negation,
 * past tense and jokes stay local to the part of the message they belong to.
 */
const CLAUSE_SPLIT =
  /(?:[.!?;\n\u2026]+(?:\s|$)|[!?;\n\u2026]+|\s+(?:but|though|although|however|whereas|except that)\s+)/;

export function splitClauses(normalised: string): string[] {
  const out: string[] = [];
  for (const part of normalised.split(CLAUSE_SPLIT)) {
    const clause = part.trim().replace(/^[,\s-]+|[,\s-]+$/g, '');
    if (clause) out.push(clause);
  }
  return out;
}
