/** Self-harm: current acts and urges, history and recovery, eating-disorder behaviours. */
import { BODY, RELATION, alt } from '../lexicon.js';
import { re, stems, type Rule } from '../rule.js';

const SELF_HARM_VERB = alt(
  'cut(?:ting|s)?',
  'burn(?:ing|t|ed|s)?',
  'scratch(?:ing|ed|es)?',
  'carv(?:e|ing|ed)',
  'hurt(?:ing|s)?',
  'harm(?:ing|ed)?',
  'hit(?:ting)?',
  'punch(?:ing|ed)?',
  'bruis(?:e|ing|ed)',
  'stab(?:bing|bed)?',
  'bit(?:e|ing)?',
  'punish(?:ing|ed)?',
  'slash(?:ing|ed)?',
);

/** "self harm" as a verb: after "i …", "been", "started", "to"… (not the bare noun). */
const SH = '(?:self (?:harm|injur)\\w*)';
/** What may follow an intransitive "cut" when it means self-harm. */
const AFTER_CUT =
  '(?= *$| *[,.!?]| (?:again|tonight|today|right now|now|more|every|most|deep|deeper|too|so|lately|when|because|after|since|for|till|until|on purpose|a lot|badly|anymore|in secret|at night)\\b)';

export const selfHarmRules: readonly Rule[] = [
  {
    id: 'self_harm.reflexive',
    level: 'high',
    categories: ['self_harm'],
    accident: true,
    now: true,
    jokeLevel: 'concern',
    hint: stems('myself'),
    re: re(`\\b(?<core>${SELF_HARM_VERB} myself)\\b`),
  },
  {
    id: 'self_harm.someone_else',
    level: 'high',
    categories: ['self_harm'],
    subject: 'third',
    accident: true,
    hint: stems('himself|herself|themsel'),
    re: re(
      `\\b(?<core>(?:cut(?:ting|s)?|burn(?:ing|s)?|scratch(?:ing|es)?|hurt(?:ing|s)?|harm(?:ing|s)?|hit(?:ting|s)?|starv(?:e|ing|es)|punish(?:ing|es)?) (?:himself|herself|themselves|themself))\\b`,
    ),
  },
  {
    id: 'self_harm.self_harming',
    level: 'high',
    categories: ['self_harm'],
    now: true,
    jokeLevel: 'concern',
    hint: stems('self harm|self injur'),
    re: re(
      `(?:\\bi(?:'m|'ve|'d)?(?: [a-z']+){0,2}|\\b(?:been|started|keep|kept|still|to|and|stop(?:ped)?|quit)) (?<core>${SH})\\b|` +
        `\\b${SH} (?=again|most|every|tonight|today|yesterday|last night|a lot|loads|lately)`,
    ),
  },
  {
    id: 'self_harm.someone_else_harming',
    level: 'high',
    categories: ['self_harm'],
    subject: 'third',
    hint: stems('self harm|self injur'),
    re: re(
      `\\b(?:he|she|they|${RELATION})(?:'s| is| are|'re| has been| have been| keeps?)(?: been| still| always)? (?<core>${SH})`,
    ),
  },
  {
    id: 'self_harm.cutting',
    level: 'high',
    categories: ['self_harm'],
    now: true,
    accident: true,
    hint: stems('cut'),
    re: re(
      `(?:\\bi(?:'m|'ve|'d)?(?: [a-z']+){0,2}|\\b(?:been|started|start|starting|keep|kept|stop|stopped|quit|to|won't|will|'ll|can't stop|couldn't stop)) (?<core>cut(?:ting)?)${AFTER_CUT}`,
    ),
  },
  {
    id: 'self_harm.body',
    level: 'high',
    categories: ['self_harm'],
    now: true,
    accident: true,
    hint: stems('cut|slit|slash|burn|scratch|carv|stab'),
    re: re(
      `\\b(?<core>(?:cut|cutting|cuts|slit|slitting|slash(?:ed|ing)?|burn(?:t|ed|ing)?|scratch(?:ed|ing)?|carv(?:e|ed|ing)|stab(?:bed|bing)?) (?:into |up |open )?my (?:own )?${BODY})\\b`,
    ),
  },
  {
    id: 'self_harm.urges',
    level: 'high',
    categories: ['self_harm'],
    hint: stems('urge|to cut|to burn myself|to hurt myself'),
    re: re(
      `\\burges? to (?:cut|self harm|harm|hurt myself|burn|scratch)\\b|\\b(?:self harm|cutting|burning) urges?\\b|` +
        `\\bwant(?:s|ing)? to (?:cut|burn myself|hurt myself)(?= *$| *[,.!?]| (?:again|tonight|so bad|really|right now|now|badly))`,
    ),
  },
  {
    id: 'self_harm.fresh_wounds',
    level: 'high',
    categories: ['self_harm'],
    subject: 'resolve',
    hint: stems('cuts|wounds|burns|scratches|slashes'),
    re: re(
      `\\b(?:fresh|new|open|deep) (?:cuts|wounds|burns|scratches)\\b|\\b(?:cuts|burns|slashes) (?:all )?(?:over|on|up|down|across) my ${BODY}`,
    ),
  },
  {
    id: 'self_harm.head_banging',
    level: 'high',
    categories: ['self_harm'],
    hint: stems('my head|wall'),
    re: re(
      `\\bbang(?:ing)? my head (?:against|on|off) (?:the |a )?walls?|\\bpunch(?:ing|ed)? (?:the )?walls? (?:to|until|till) (?:hurt|feel|it bleeds|my knuckles)`,
    ),
  },
  {
    id: 'self_harm.cant_promise',
    level: 'high',
    categories: ['self_harm'],
    negatable: false,
    hint: stems('promise|guarantee|sure'),
    re: re(
      `\\b(?:can't|cannot|won't|not able to|unable to|don't think i can|not sure i can) (?:promise|guarantee|say for sure|be sure)(?: (?:you|that|anything))* ` +
        `i (?:won't|will not|'m not going to|am not going to|wouldn't|'ll not) (?:[a-z]+ )?(?:cut|hurt|harm|burn|self harm|scratch)`,
    ),
  },
  {
    id: 'self_harm.scars',
    level: 'concern',
    categories: ['self_harm'],
    hint: stems('scar'),
    re: re(
      `\\b(?:(?:my|old|self harm|these) scars\\b|scars (?:from|on my) |scarred (?:arms|wrists|legs))`,
    ),
  },
  {
    id: 'self_harm.recovery',
    level: 'concern',
    categories: ['self_harm'],
    hint: stems('clean|free|since i'),
    re: re(
      `\\b(?:clean|free) (?:from|of) (?:self harm\\w*|cutting)|\\b(?:self harm|cutting)[ -]free|\\bsince i (?:last )?(?:cut|hurt myself|self harmed|harmed myself|burned myself)\\b|` +
        `\\b(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few) (?:days?|weeks?|months?|years?) (?:clean|free) (?:from|of) (?:self harm\\w*|cutting)`,
    ),
  },
  {
    id: 'self_harm.eating',
    level: 'concern',
    categories: ['self_harm'],
    hint: stems('starv|make myself|making myself|purg|throw|binge'),
    re: re(
      `\\bstarv(?:e|ing|ed) myself|\\bmak(?:e|ing) myself (?:sick|throw up|vomit|puke)|\\bpurg(?:e|ing|ed)\\b|` +
        `\\bthrow(?:ing)? up after (?:i eat|eating|meals|every meal)|\\bbinge and purge`,
    ),
  },
  {
    id: 'self_harm.picking',
    level: 'concern',
    categories: ['self_harm'],
    hint: stems('pick'),
    re: re(
      `\\bpick(?:ing)? (?:at )?my (?:skin|scabs|arms|face|lips) (?:until|till|so) (?:it|they) bleeds?`,
    ),
  },
];
