/** Abuse and safeguarding: being hurt, threatened, controlled or sexually abused. */
import { ABUSER, RELATION, alt } from '../lexicon.js';
import { re, stems, type Rule } from '../rule.js';

/** Abuse verbs (the victim follows). */
const ABUSE_VERB = alt(
  'hits?',
  'hitting',
  'beats?',
  'beating',
  'beaten',
  'slaps?',
  'slapped',
  'slapping',
  'kicks?',
  'kicked',
  'kicking',
  'punch(?:es|ed|ing)?',
  'chok(?:es|ed|ing|e)',
  'strangl(?:es|ed|ing|e)',
  'hurts',
  'hurting',
  "(?:'ll|will|going to) hurt",
  'push(?:es|ed|ing)?',
  'shov(?:es|ed|ing|e)',
  'rap(?:es|ed|ing|e)',
  'molest(?:s|ed|ing)?',
  'touch(?:es|ed|ing)?',
  'forc(?:es|ed|ing|e)',
  'abus(?:es|ed|ing|e)',
  'threaten(?:s|ed|ing)?',
  'batter(?:s|ed|ing)?',
  'burn(?:s|ed|t|ing)?',
  'whip(?:s|ped|ping)?',
  'grab(?:s|bed|bing)?',
  'drag(?:s|ged|ging)?',
  'bit(?:e|es|ing)?',
  'starv(?:es|ed|ing|e)',
  'assault(?:s|ed|ing)?',
  'spits? on',
  'spat on',
);
/** "…kill me if i'm late" is hyperbole; "…kill me if i leave" is a threat. */
const TRIVIAL_CONDITION =
  '(?! (?:when|if|for|once|after) (?!(?:i |we )(?:ever |even )?(?:leave|left|tell|told|go to|report|call|break up|try|speak|say|talk)))';
const VICTIM = `(?:me|us|her|him|them|my (?:[a-z]+ )?${RELATION}|mum|mom|dad)\\b`;
const AUX = alt(
  "always|still|often|sometimes|just|also|even|keeps?|used to|would|'s been|has been",
  "have been|'ve been|has|have|had|does|did|literally|constantly|regularly|then|again",
  'really',
);
const HAPPENING = alt(
  'hitting|beating|punching|kicking|strangling|choking|hurting|attacking|battering|slapping',
  'stabbing|raping|dragging|touching|threatening',
);

export const abuseRules: readonly Rule[] = [
  {
    id: 'abuse.violence',
    level: 'high',
    categories: ['abuse'],
    subject: 'third',
    hint: stems(
      ' hit|beat|slap|kick|punch|chok|strangl|hurt|push|shov| rap|molest|touch|forc|abus',
      'threaten|batter|burn|whip|grab| drag| bit|starv|assault| spit| spat| pin',
    ),
    re: re(
      `\\b${ABUSER}(?: ${AUX})* (?:(?<core>${ABUSE_VERB}) ${VICTIM}|pin(?:s|ned|ning)? (?:me|us|her|him) down)`,
    ),
  },
  {
    id: 'abuse.future_violence',
    level: 'high',
    categories: ['abuse'],
    subject: 'third',
    hint: stems('hurt| hit|beat|strangle|choke|stab|punch|slap'),
    re: re(
      `\\b${ABUSER}(?:'ll|'s going to|'re going to| will| is going to| are going to) (?:[a-z]+ )?(?<core>hurt|hit|beat|strangle|choke|stab|punch|slap) ${VICTIM}`,
    ),
  },
  {
    id: 'abuse.happening_now',
    level: 'imminent',
    categories: ['abuse'],
    subject: 'third',
    hint: stems(
      'hitting|beating|punching|kicking|strangling|choking|hurting|attacking|battering|slapping',
      'stabbing|raping|dragging|touching|threatening',
    ),
    re: re(
      `\\b(?:he's|she's|they're|${ABUSER}(?:'s|'re| is| are))(?: (?:still|currently|literally|now|just|really))? (?<core>${HAPPENING}) ${VICTIM}`,
    ),
  },
  {
    id: 'abuse.disclosed',
    level: 'high',
    categories: ['abuse'],
    hint: stems(
      'abus|rape|assault|molest|beat| hit|hurt|attack|groom|threat|strangl|chok|traffick',
      'domestic',
    ),
    re: re(
      `\\bi(?:'m| am) (?:being|getting) (?<core>abused|raped|assaulted|sexually assaulted|molested|beaten(?: up)?|hit|hurt|attacked|groomed|threatened|strangled|choked|trafficked)\\b|` +
        `\\bi keep getting (?:hit|beaten|hurt|attacked)\\b|\\b(?:experiencing|suffering|living with|going through|victim of) (?:domestic (?:violence|abuse)|abuse)\\b`,
    ),
  },
  {
    id: 'abuse.history',
    level: 'concern',
    recentLevel: 'high',
    categories: ['abuse'],
    hint: stems(
      'abused|raped|assaulted|molested|beaten|attacked|groomed|strangled|choked|trafficked',
    ),
    re: re(
      `\\bi (?:was|got|have been|'ve been)(?: [a-z]+)? (?<core>abused|raped|assaulted|molested|beaten(?: up)?|attacked|groomed|strangled|choked|trafficked)\\b`,
    ),
  },
  {
    id: 'abuse.threat',
    level: 'high',
    categories: ['abuse'],
    subject: 'third',
    now: true,
    hint: stems('kill|hurt|stab|shoot|beat|murder|strangle|choke|burn| hit|break'),
    re: re(
      `\\b(?:threaten(?:s|ed|ing)? to|(?:said|says|saying|keeps? saying|kept saying|told me|tells me|swore|swears|texted|texts|messaged|screamed|shouted|yelled)` +
        `(?: [a-z']+){0,2}? (?:that )?(?:he|she|they)(?:'ll|'d|'s going to|'re going to| will| would| is going to| are going to| was going to| were going to))` +
        `(?: [a-z']+){0,2}? (?<core>kill|hurt|stab|shoot|beat|murder|strangle|choke|burn|hit|break) (?:me|us|my [a-z]+|the kids|the baby|you)\\b${TRIVIAL_CONDITION}`,
    ),
  },
  {
    id: 'abuse.threat_if_i_leave',
    level: 'high',
    categories: ['abuse'],
    subject: 'resolve-third',
    hint: stems('kill|murder|hurt'),
    re: re(
      `\\b(?:going to|will|'ll) (?<core>kill|murder|hurt) (?:me|us) if i (?:leave|tell|go|report|call|break up|try|speak|say|ever)`,
    ),
  },
  {
    id: 'abuse.kill_me',
    level: 'concern',
    categories: ['abuse'],
    subject: 'resolve-third',
    hint: stems('kill|murder'),
    re: re(
      `\\b(?:going to|will|'ll) (?<core>kill|murder) (?:me|us)\\b(?! (?:when|if|for|once|after|lol|haha)\\b)`,
    ),
  },
  {
    id: 'abuse.confined',
    level: 'high',
    categories: ['abuse'],
    subject: 'resolve-third',
    hint: stems('lock|feed|let me eat|let us eat'),
    re: re(
      `\\b(?<core>lock(?:s|ed|ing)?) (?:me|us|her|him) (?:in|inside|up)\\b|\\b(?:doesn't|don't|won't|never) (?:feed (?:me|us)|let (?:me|us) eat)\\b`,
    ),
  },
  {
    id: 'abuse.sexual_coercion',
    level: 'high',
    categories: ['abuse'],
    subject: 'resolve-third',
    hint: stems('made me|made us|makes me|makes us|make me|make us|forc'),
    re: re(
      `\\b(?<core>made|makes|make|forced|forces|force) (?:me|us) (?:to )?do (?:things|stuff|sexual|something)\\b`,
    ),
  },
  {
    id: 'abuse.secrecy',
    level: 'concern',
    categories: ['abuse'],
    subject: 'resolve-third',
    hint: stems('not to tell|secret|pics|nudes|photos|pictures'),
    re: re(
      `\\b(?:said|says|told me|tells me) (?:not to tell|to keep it (?:a )?secret|it's our secret)|\\bour (?:little )?secret\\b|\\bsend(?:s|ing)? (?:him|her|them) (?:pics|nudes|photos|pictures)\\b`,
    ),
  },
  {
    id: 'abuse.control',
    level: 'concern',
    categories: ['abuse'],
    subject: 'resolve-third',
    hint: stems('let me|check|goes through|track|read|monitor|control|takes my|take my|takes all'),
    re: re(
      `\\b(?:won't|doesn't|don't|never) let me (?:see (?:my )?(?:friends|family)|leave|go (?:out|anywhere)|have (?:money|my phone|friends)|talk to (?:anyone|my (?:friends|family))|work)\\b|` +
        `\\b(?:checks?|checking|goes through|tracks?|tracking|reads?|monitors?) (?:all )?my (?:phone|messages|texts|location|emails|bank)\\b|` +
        `\\bcontrols? (?:all )?(?:my|our) (?:money|finances|phone|life|everything|bank)\\b|\\btakes? (?:all )?my (?:money|wages|phone|bank card)\\b`,
    ),
  },
  {
    id: 'abuse.intimidation',
    level: 'concern',
    categories: ['abuse'],
    subject: 'resolve-third',
    hint: stems('at me|calls me|call me|near me|around me|wall|scares|frightens|terrifies'),
    re: re(
      `\\b(?:screams?|screaming|shouts?|shouting|yells?|yelling) at me\\b|\\bcalls? me (?:worthless|useless|stupid|fat|ugly|pathetic|a (?:slut|whore|bitch|waste)|names)|` +
        `\\b(?:throws?|threw|throwing|smash(?:es|ed|ing)) (?:things|stuff|plates|objects|my things|[a-z]+) (?:at|near|around) me\\b|\\bpunch(?:es|ed|ing)? (?:the |holes in the )?walls?\\b|` +
        `\\b(?:scares|frightens|terrifies) me\\b`,
    ),
  },
  {
    id: 'abuse.fear',
    level: 'concern',
    categories: ['abuse'],
    hint: stems('scared|afraid|terrified|frightened'),
    re: re(
      `\\b(?:scared|afraid|terrified|frightened) (?:of (?:him|her|them|my (?:[a-z]+ )?${RELATION}|what (?:he|she|they)\\b)|to (?:go|be) (?:home|back home|back)\\b|of going home|for my life|to be alone with)`,
    ),
  },
  {
    id: 'abuse.unsafe_home',
    level: 'concern',
    categories: ['abuse'],
    negatable: false,
    hint: stems('safe'),
    re: re(
      `\\b(?:don't|do not|never) feel safe (?:at home|in my (?:own )?(?:home|house|room)|around (?:him|her|them|my [a-z]+)|with (?:him|her|them|my [a-z]+)|living (?:here|there|with))|\\bnot safe (?:at home|in my (?:own )?(?:home|house))`,
    ),
  },
  {
    id: 'abuse.relationship',
    level: 'high',
    categories: ['abuse'],
    hint: stems('abusive|violent'),
    re: re(
      `\\b(?:i'm|i am|i've been|been|stuck) in an? (?:abusive|violent) (?:relationship|home|household|marriage)|\\b(?:he's|she's|they're|${ABUSER} (?:is|are)) (?:really |so |very )?(?:abusive|violent)\\b`,
    ),
  },
  {
    id: 'abuse.past_relationship',
    level: 'concern',
    categories: ['abuse'],
    hint: stems('abusive|violent'),
    re: re(
      `\\b${ABUSER} (?:was|were|used to be) (?:really |so |very )?(?:abusive|violent)\\b|\\babusive (?:ex|relationship|childhood|household|home|parents?|dad|mum|mom|father|mother)\\b`,
    ),
  },
];
