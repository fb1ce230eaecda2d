/** Harm to others: wanting, planning or threatening to hurt someone else. */
import { PERSON, alt, gap } from '../lexicon.js';
import { re, stems, type Rule } from '../rule.js';

const HARM_BASE = alt(
  'kill',
  'murder',
  'stab',
  'shoot',
  'hurt',
  'harm',
  'beat(?: up)?',
  'attack',
  'strangle',
  'choke',
  'punch',
  'batter',
  'poison',
  'run over',
);
const NOT_A_GAME =
  '(?! (?:at|in) (?:chess|cards|a game|fifa|mario|the game|football|tennis|pool|a race))';

export const harmToOthersRules: readonly Rule[] = [
  {
    id: 'harm_to_others.intent',
    level: 'high',
    categories: ['harm_to_others'],
    subject: 'resolve',
    now: true,
    jokeLevel: 'none',
    media: true,
    hint: stems(
      'kill|murder|stab|shoot|hurt|harm|beat|attack|strangle|choke|punch|batter|poison|run over',
      'smash',
    ),
    re: re(
      `\\b(?:to|'ll|will|about to)(?: [a-z]+ and)? (?:go |just |really |actually |fucking |seriously )*(?<core>${HARM_BASE} ${PERSON}|beat (?:the (?:crap|shit|hell|living daylights)|seven bells) out of ${PERSON}|smash (?:his|her|their|your) (?:face|head) in)\\b${NOT_A_GAME}`,
    ),
  },
  {
    id: 'harm_to_others.thoughts',
    level: 'high',
    categories: ['harm_to_others'],
    subject: 'resolve',
    jokeLevel: 'none',
    media: true,
    tags: ['harm_thought'],
    hint: stems(
      'kill|murder|stab|shoot|hurt|harm|beat|attack|strangl|chok|punch|batter|poison|push|smash',
    ),
    re: re(
      `\\b(?:thinking|think|thought|thoughts|fantasi[sz]\\w*|dream\\w*|obsess\\w*|imagin\\w*|urges?) (?:about |of )?${gap(2)}` +
        `(?<core>killing|murdering|stabbing|shooting|hurting|harming|beating|attacking|strangling|choking|punching|battering|poisoning|pushing|smashing) ${PERSON}\\b${NOT_A_GAME}`,
    ),
  },
  {
    id: 'harm_to_others.could',
    level: 'concern',
    categories: ['harm_to_others'],
    subject: 'resolve',
    jokeLevel: 'none',
    media: true,
    hint: stems('kill|murder|punch|strangle| hit|smack|slap|throttle|hurt|deck|thump'),
    re: re(
      `\\b(?:could|would|i'd|might) (?:honestly |literally |actually |easily |seriously |just )?(?<core>kill|murder|punch|strangle|hit|smack|slap|throttle|hurt|deck|thump) ${PERSON}\\b${NOT_A_GAME}`,
    ),
  },
  {
    id: 'harm_to_others.feel_like',
    level: 'concern',
    categories: ['harm_to_others'],
    subject: 'resolve',
    jokeLevel: 'none',
    media: true,
    hint: stems('feel like|feeling like'),
    re: re(
      `\\bfeel(?:ing)? like (?:i (?:could|want to|might) )?(?<core>killing|punching|hitting|hurting|strangling|stabbing|smacking|slapping|kill|punch|hit|hurt|strangle|stab|smack|slap) ${PERSON}\\b`,
    ),
  },
  {
    id: 'harm_to_others.mass_violence',
    level: 'high',
    categories: ['harm_to_others'],
    now: true,
    media: true,
    hint: stems('shoot|blow|bomb'),
    re: re(
      `\\b(?:shoot(?:ing)? up|blow(?:ing)? up|bomb(?:ing)?) (?:the|my|a|our|this) (?:school|class|college|uni|office|workplace|mall|church|mosque|synagogue|place)\\b`,
    ),
  },
  {
    id: 'harm_to_others.weapon_to_school',
    level: 'high',
    categories: ['harm_to_others'],
    now: true,
    media: true,
    plan: ['harm_to_others'],
    hint: stems('gun|knife|weapon|rifle|pistol|machete|bomb'),
    re: re(
      `\\b(?:bring|bringing|take|taking|brought) (?:a|my|his|her|the|[a-z]+'s|my [a-z]+'s) (?:gun|knife|weapon|rifle|pistol|machete|bomb) (?:to|into) (?:school|class|college|uni|work|the office)\\b`,
    ),
  },
  {
    id: 'harm_to_others.vengeance',
    level: 'high',
    categories: ['harm_to_others'],
    subject: 'resolve',
    now: true,
    media: true,
    jokeLevel: 'none',
    hint: stems('pay|suffer'),
    re: re(
      `\\bmake (?:them|him|her|everyone|everybody|people|you)(?: all)? (?:pay|suffer)\\b|` +
        `\\b(?:they|he|she|you|everyone)(?:'ll|'re going to|'s going to| will| are going to| is going to)? (?:all )?(?:going to )?pay(?= *$| *[,.!?]| for (?:this|what|it))`,
    ),
  },
  {
    id: 'harm_to_others.kill_yourself',
    level: 'concern',
    categories: ['harm_to_others'],
    hint: stems('yourself'),
    re: re(
      `(?:^|\\b(?:go|just|please|lol|honestly|you should|should|then|ok|and|so)\\s)(?<core>kill yourself)\\b`,
    ),
  },
  {
    id: 'harm_to_others.threw',
    level: 'concern',
    categories: ['harm_to_others'],
    subject: 'resolve',
    thirdCategories: ['abuse'],
    media: true,
    hint: stems('threw|throw|chucked'),
    re: re(
      `\\b(?<core>threw|throw|throwing|thrown|chucked) (?:a|the|my|his|her|their|some|things|stuff|[a-z]+)(?: [a-z]+)? at (?:him|her|them|my [a-z]+|his [a-z]+)\\b`,
    ),
  },
];
