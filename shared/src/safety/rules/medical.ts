/** Medical emergencies: overdoses, poisoning, someone unresponsive, bleeding, cardiac, allergy. */
import { LOTS, PILL_HINTS, PILLS } from '../lexicon.js';
import { re, stems, type Rule } from '../rule.js';

const WORDS = (n: number): string => `(?:[a-z'0-9]+ ){0,${n}}?`;
const ROUTINE =
  '(?! (?:as (?:prescribed|usual)|properly|on time|every|each|regularly|daily|in the morning|at night|with food))';
const OVERDOSE = `${WORDS(3)}(?:${LOTS})\\b(?: [a-z'0-9]+){0,5}? (?:${PILLS})\\b${ROUTINE}`;
const WISH_OR_INTENT =
  "(?:going to|'ll|will|about to|want to|ready to|might|could|think(?:ing)? (?:about|of)|plan(?:ning)? to|tempted to|urge to)";
/** Preparation words that make "take them" mean an overdose. */
const PILL_PREP = new RegExp(
  `(?:${PILLS}).*(?:lined up|counted|saved|stockpil|in front of me|in my hand|ready)|(?:lined up|counted|saved|stockpil)\\w* .*(?:${PILLS})`,
);

export const medicalRules: readonly Rule[] = [
  {
    id: 'medical.overdose_taken',
    level: 'imminent',
    categories: ['suicide', 'medical_emergency'],
    thirdCategories: ['medical_emergency'],
    subject: 'resolve',
    act: true,
    hint: PILL_HINTS,
    re: re(
      `\\b(?<!been )(?<core>took|taken|taking|swallowed|swallowing|downed|necked|drank|had|chugged) ${OVERDOSE}`,
    ),
  },
  {
    id: 'medical.overdose_definite',
    level: 'imminent',
    categories: ['suicide', 'medical_emergency'],
    thirdCategories: ['medical_emergency'],
    subject: 'resolve',
    act: true,
    hint: PILL_HINTS,
    re: re(
      `\\b(?:already|just) (?<core>took|taken|swallowed) (?:the|them|all the) (?:${PILLS})\\b`,
    ),
  },
  {
    id: 'medical.taken_everything',
    level: 'concern',
    categories: ['suicide', 'medical_emergency'],
    thirdCategories: ['medical_emergency'],
    subject: 'resolve',
    act: true,
    plan: ['suicide', 'medical_emergency'],
    hint: stems('everything|the lot|it all'),
    re: re(
      `\\b(?<core>taken|took|swallowed) (?:everything|the lot|it all)\\b(?! (?:in|on|off|out|back|down|up|with|from))`,
    ),
  },
  {
    id: 'medical.overdose_intent',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    now: true,
    hint: PILL_HINTS,
    re: re(`\\b${WISH_OR_INTENT} (?:just )?(?<core>take|swallow|down|neck|overdose) ${OVERDOSE}`),
  },
  {
    id: 'medical.overdose_intent_prepared',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    now: true,
    requires: PILL_PREP,
    hint: stems('them|the lot'),
    re: re(
      `\\b(?:going to|'ll|will|about to|gonna) (?<core>take|swallow) (?:them|the lot|all of them)\\b`,
    ),
  },
  {
    id: 'medical.overdose_prepared_act',
    level: 'imminent',
    categories: ['suicide', 'medical_emergency'],
    act: true,
    requires: PILL_PREP,
    hint: stems('them|the lot'),
    re: re(
      `\\b(?:i'm|am|i've|just|already) (?<core>taking|swallowing|taken|swallowed) (?:them|the lot|all of them)\\b`,
    ),
  },
  {
    id: 'medical.overdose',
    level: 'imminent',
    categories: ['suicide', 'medical_emergency'],
    thirdCategories: ['medical_emergency'],
    subject: 'resolve',
    act: true,
    hint: stems('overdos'),
    re: re(
      `\\b(?<core>overdosed|overdosing|(?:took|taken|had|did|done|take|taking|have had) an? (?:[a-z]+ )?overdose|after (?:an|my|the) overdose|overdose (?:last|a few|when|in|years|attempt))\\b`,
    ),
  },
  {
    id: 'medical.poisoning',
    level: 'imminent',
    categories: ['suicide', 'medical_emergency'],
    thirdCategories: ['medical_emergency'],
    subject: 'resolve',
    act: true,
    hint: stems('bleach|poison|freeze|killer|cleaner|cleaning|fluid'),
    re: re(
      `\\b(?<core>drank|drunk|swallowed|drinking|drink|swallow|ate|eaten|took|taken) (?:some |the |a |a bottle of |a cup of |a glass of |half a bottle of )?` +
        `(?:bleach|poison|anti-?freeze|weed ?killer|rat poison|drain cleaner|cleaning (?:products?|fluid)|lighter fluid)\\b`,
    ),
  },
  {
    id: 'medical.unresponsive',
    level: 'imminent',
    categories: ['medical_emergency'],
    subject: 'resolve-third',
    negatable: false,
    hint: stems('wak|respon|breath|conscious|seizure|fit|collapsed|blue|grey|gray|foaming'),
    re: re(
      `\\b(?<core>(?:won't|isn't|is not|not|can't|cannot|couldn't|doesn't) (?:wake up|waking up|responding|respond|breathing|breathe)(?! (?:to|on) )|unconscious|unresponsive|` +
        `stopped breathing|passed out and (?:won't|isn't|not|can't)|(?:having|had|has) an? (?:seizure|fit)\\b|fitting|collapsed|` +
        `(?:gone|going|turning|turned) (?:blue|grey|gray)|(?:lips|face|skin) (?:are|is) (?:blue|grey|gray)|foaming at the mouth)`,
    ),
  },
  {
    id: 'medical.cannot_wake',
    level: 'imminent',
    categories: ['medical_emergency'],
    subject: 'third',
    negatable: false,
    hint: stems('wake|rouse'),
    re: re(
      `\\b(?:can't|cannot|couldn't|unable to) (?:wake|rouse) (?:him|her|them|my [a-z]+)(?: up)?\\b`,
    ),
  },
  {
    id: 'medical.breathing',
    level: 'concern',
    categories: ['medical_emergency'],
    subject: 'resolve-self',
    negatable: false,
    jokeLevel: 'none',
    hint: stems('breath'),
    re: re(
      `\\b(?<core>(?:can't|cannot|struggling to|hard to|hardly|barely) (?:breathe|catch my breath)|can't get (?:my )?breath)\\b`,
    ),
  },
  {
    id: 'medical.anaphylaxis',
    level: 'imminent',
    categories: ['medical_emergency'],
    subject: 'resolve',
    negatable: false,
    hint: stems('throat|tongue|allergic|anaphyla|epi'),
    re: re(
      `\\b(?:throat (?:is |'s )?(?:swelling|closing)|tongue (?:is )?swelling|allergic reaction|anaphyla\\w*|(?:need|using|used) (?:an|my|her|his) epi ?pen)`,
    ),
  },
  {
    id: 'medical.cardiac',
    level: 'imminent',
    categories: ['medical_emergency'],
    subject: 'resolve',
    jokeLevel: 'none',
    hint: stems('heart attack|stroke'),
    re: re(`\\b(?:having|had|is having|'s having) an? (?<core>heart attack|stroke)\\b`),
  },
  {
    id: 'medical.chest_pain',
    level: 'high',
    categories: ['medical_emergency'],
    subject: 'resolve',
    hint: stems('chest'),
    re: re(
      `\\b(?:chest pains?|pains? in my chest|chest (?:is |feels )?(?:really |so )?crushing)\\b(?! (?:from|because of|after) (?:this|a|my|the) (?:cold|cough|flu|virus|gym|workout|run|running))`,
    ),
  },
  {
    id: 'medical.chest_tight',
    level: 'concern',
    categories: ['medical_emergency'],
    subject: 'resolve',
    hint: stems('chest'),
    re: re(
      `\\bchest (?:is |feels )?(?:really |so )?(?:tight|heavy)\\b(?! (?:from|because of|after|with) (?:this|a|my|the) (?:cold|cough|flu|virus|gym|workout|run|running|asthma))`,
    ),
  },
  {
    id: 'medical.bleeding',
    level: 'imminent',
    categories: ['medical_emergency'],
    subject: 'resolve',
    negatable: false,
    hint: stems('bleed|blood'),
    re: re(
      `\\b(?<core>(?:won't|can't|cannot|doesn't|isn't|not) stop(?:ping)? (?:the )?bleeding|bleeding (?:won't|doesn't|isn't|can't) stop|(?:so much|a lot of|loads of|lots of|too much) blood|` +
        `bleeding (?:heavily|badly|a lot|loads|everywhere|out|profusely)|losing (?:a lot of |so much )?blood)`,
    ),
  },
  {
    id: 'medical.cut_too_deep',
    level: 'imminent',
    categories: ['self_harm', 'medical_emergency'],
    hint: stems('deep'),
    re: re(`\\bcut (?:myself |my [a-z]+ )?(?:(?:way|really|too|so|very) )+deep\\b`),
  },
  {
    id: 'medical.dose_error',
    level: 'concern',
    categories: ['medical_emergency'],
    tags: ['dose_error'],
    hint: stems('double|twice|extra|too much|wrong|dos'),
    re: re(
      `\\b(?:took|taken|had) (?:my |the )?(?:double|twice|extra|too much|the wrong)\\b|\\b(?:took|taken) (?:my |the )?(?:[a-z]+ )?(?:${PILLS}|dose) twice\\b|\\bdouble[- ]?dos(?:ed|e)\\b`,
    ),
  },
  {
    id: 'medical.fainted',
    level: 'concern',
    categories: ['medical_emergency'],
    subject: 'resolve-self',
    hint: stems('faint|blacked'),
    re: re(`\\b(?:fainted|blacked out|feel(?:ing)? (?:really |so )?faint)\\b`),
  },
  {
    id: 'medical.not_eating',
    level: 'concern',
    categories: ['medical_emergency'],
    negatable: false,
    hint: stems('eaten'),
    re: re(
      `\\b(?:haven't|have not|not) eaten (?:anything )?(?:in|for) (?:\\d+|a few|several|two|three|four|five|six|a week)(?: days| weeks)?\\b`,
    ),
  },
];
