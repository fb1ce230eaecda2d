/**
 * Context around a match: who it is about, whether it is negated or hedged, and when it
 * happened. Pure functions over normalised text.
 */
import { RELATION, alt } from './lexicon.js';

export type Subject = 'self' | 'third' | 'you' | 'generic';
export type Tense = 'now' | 'recent' | 'past' | 'ceased' | 'present';
export type Negation = 'none' | 'negated' | 'hedged';

const SUBJECT_RE = new RegExp(
  `\\b(?:(i|i'm|i've|i'd|i'll|me|myself)|(you|you're|you've|you'd|you'll|yourself|ya)|` +
    `(people|someone|somebody|anyone|anybody|everyone|everybody|nobody|others)|` +
    `(he|she|they|he's|she's|they're|he'll|she'll|they'll|he'd|she'd|they'd|himself|herself|themselves|` +
    `character|villain|hero|protagonist|${RELATION}(?:'s)?)|(it|it's))\\b`,
  'g',
);

/** The nearest subject before a match; `null` when the clause names nobody (or a thing: "it"). */
export function resolveSubject(prefix: string): Subject | null {
  let found: Subject | null = null;
  SUBJECT_RE.lastIndex = 0;
  for (let m = SUBJECT_RE.exec(prefix); m !== null; m = SUBJECT_RE.exec(prefix)) {
    if (m[1]) found = 'self';
    else if (m[2]) found = 'you';
    else if (m[3]) found = 'generic';
    else if (m[4]) found = 'third';
    else found = null;
  }
  return found;
}

/** Phrases that contain a negator but do not negate what follows. */
const NEG_EXCEPT =
  /\b(?:not (?:sure|certain|even sure)|(?:don't|do not) know|(?:not going to|won't) lie|not (?:kidding|joking)|no joke|(?:can't|couldn't) (?:stop|help|wait|believe)|not only|no matter|never mind|(?:nothing|no one|nobody) else|not just|no idea (?:if|why|how))\b/g;
const NEGATOR =
  /\b(?:not|never|no longer|no way|nothing|nobody|no one|noone|nor|without|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|shouldn't|ain't|no)\b/g;
const HEDGE =
  /\b(?:(?:don't|do not) think (?:i|she|he|they)|doubt (?:i|she|he|they)|probably (?:won't|not|wouldn't)|hopefully (?:won't|not)|try(?:ing)? (?:so hard )?not to|not sure (?:if |whether )?i|i hope i (?:don't|won't))\b/g;
/** A reported question ("she asked if i ever…") is not a statement. */
const QUESTION_FRAME = /\b(?:ask(?:ed|s|ing)?|wonder(?:ed|ing)?) (?:me )?(?:if|whether)\b/;
const SCOPE_BREAK =
  /[,;:]|\b(?:and|so|because|cause|but|then|or|if|when|while|i|i'm|i've|i'd|i'll|he|she|they|you)\b/;

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}

function withinScope(between: string): boolean {
  return between.split(' ').filter(Boolean).length <= 5 && !SCOPE_BREAK.test(between);
}

/** Is the text just before a match negated ("i'm not going to…") or hedged ("i don't think i'd…")? */
export function negationBefore(prefix: string): Negation {
  if (QUESTION_FRAME.test(prefix)) return 'negated';
  const cleaned = prefix.replace(NEG_EXCEPT, ' ');
  const hedgeEnd = lastMatchEnd(cleaned, HEDGE);
  if (
    hedgeEnd >= 0 &&
    !/[,;]/.test(cleaned.slice(hedgeEnd)) &&
    cleaned.slice(hedgeEnd).split(' ').length <= 7
  ) {
    return 'hedged';
  }
  const negEnd = lastMatchEnd(cleaned, NEGATOR);
  if (negEnd < 0) return 'none';
  return withinScope(cleaned.slice(negEnd)) ? 'negated' : 'none';
}

const RELAPSE =
  /\b(?:again|relapsed?|relapsing|started (?:[a-z]+ )?again|back to (?:cutting|it|self harm\w*|old habits))\b/;
const CEASED =
  /\b(?:clean (?:from|of|for|since)|(?:self harm|cutting)[ -]free|free (?:from|of) (?:self harm|cutting|it)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|couple of) (?:days?|weeks?|months?|years?) (?:clean|free)|since i (?:last|stopped)|(?:days?|weeks?|months?|years?) since|(?:stopped|quit|gave up) (?:cutting|self harm\w*|hurting myself|burning myself|drinking|using)|recovered|in recovery|no longer)\b/;
/** Only meaningful when the match is negated: "i don't cut anymore", "haven't in a year". */
export const NEGATED_CEASED =
  /\b(?:anymore|in (?:a|an|over a|\d+|two|three|four|five|six|ages|years|months|weeks|a long time)\b|for (?:\d+|a|two|three|ages|years|months|weeks|a long time)\b|since)\b/;
const NOWISH =
  /\b(?:just|already|right now|(?:\d+|a few|few|an?|one|two|five|ten|twenty|thirty) (?:mins?|minutes?|hours?|hrs?) ago|earlier|tonight|this (?:morning|afternoon|evening))\b/;
const RECENT =
  /\b(?:yesterday|last night|last week|(?:a few|few|two|three|\d+|couple of) days ago|the other (?:day|night)|this week|last weekend|at the weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|lately|recently|these days|still|every (?:day|night|single day)|most (?:days|nights))\b/;
const PAST = new RegExp(
  `\\b${alt(
    'used to',
    '(?:years?|months?|ages|a while|a long time) (?:ago|back)',
    'when i was',
    'as a (?:kid|child|teen|teenager|little \\w+)',
    'in my (?:teens|twenties|20s|childhood)',
    'in (?:the past|high school|secondary(?: school)?|school|uni|college|(?:19|20)\\d\\d)',
    'back (?:then|in|when)',
    'last year',
    'growing up',
    'previously',
    'childhood',
    'before (?:i|my)',
    '(?:once|twice|\\w+ times) before',
    '(?:tried|done|did|been|attempted|had) (?:it |this )?before',
    'when i was (?:younger|little|a kid)',
    'the last one was',
    'as a teen',
    'in the summer',
    'at school',
  )}\\b`,
);

/** When the clause is set: relapse and "again" count as present. */
export function clauseTense(clause: string): Tense {
  if (RELAPSE.test(clause)) return 'present';
  if (CEASED.test(clause)) return 'ceased';
  if (NOWISH.test(clause)) return 'now';
  if (RECENT.test(clause)) return 'recent';
  if (PAST.test(clause)) return 'past';
  return 'present';
}

/** The hedge itself ("i don't think i"), for explaining a downgrade. */
export function hedgeMarker(prefix: string): string {
  let found = '';
  HEDGE.lastIndex = 0;
  for (let m = HEDGE.exec(prefix); m !== null; m = HEDGE.exec(prefix)) found = m[0];
  return found;
}

/** The words that set a clause in the past or after recovery ("when i was 16", "clean for"). */
export function tenseMarker(clause: string, tense: Tense): string {
  const pattern = tense === 'ceased' ? CEASED : tense === 'past' ? PAST : null;
  return (pattern?.exec(clause) ?? NEGATED_CEASED.exec(clause))?.[0] ?? '';
}

/** Hedges about someone else ("i'm worried my friend is…", "i think my son might be…"). */
export const THIRD_HEDGE =
  /\b(?:worried|worry|i think|might|maybe|suspect|not sure (?:if|whether)|wonder(?:ing)? if|could be)\b/;

export const ACCIDENT =
  /\b(?:by accident|accident(?:al|ally)?|by mistake|chopping|cooking|shaving|slicing|gardening|cleaning|fell|fall|falling|tripped|slipped|crashed|lifting|at the gym|playing|football|rugby|skiing|skating|climbing|on (?:a|the|some) (?!purpose)[a-z]+|paper cut|burnt? (?:the|my) (?:toast|dinner|food|tongue))\b/;
