/**
 * Idioms and hyperbole that borrow the words of risk ("this essay is killing me", "i'd kill for
 * a coffee", "hang out", "shoot me a text"). They are masked out of a clause before the rules run,
 * so no rule has to know about them.
 */
import { PILLS, WEAPON, alt } from './lexicon.js';

const DEVICE = alt(
  'phone|battery|laptop|computer|pc|tablet|ipad|charger|car|tv|console|controller',
  'headphones|airpods|kindle|watch|plants?|flowers|wifi|internet|signal|app|server|printer',
  'router|torch|speaker',
);
const HIT_WITH_WEAPON = alt(
  WEAPON,
  'belt',
  'stick',
  'shoe',
  'chair',
  'bottle',
  'fist',
  'hand',
  'cable',
  'wire',
  'slipper',
  'plate',
  'pan',
  'phone',
  'glass',
  'lighter',
  'iron',
  'whip',
  'cane',
  'lead',
  'wooden spoon',
);

const IDIOMS: readonly string[] = [
  // "killing me" and friends
  "(?:is|are|was|were|'s|'re) (?:absolutely |literally |actually |honestly )?(?:killing|murdering) (?:me|my [a-z]+)",
  'kill(?:s|ed|ing)? (?:it|time|the (?:vibe|mood|lights|game|music|engine|conversation))\\b',
  "(?:would|'d|could) (?:literally )?(?:kill|die|murder) for",
  'kill(?:ing)? for (?:a|an|some|the)',
  'to die for',
  'die for (?:a|an|some|the|those|these|that|this)\\b',
  'dying (?:to|for) (?:see|go|know|meet|try|hear|get|tell|watch|eat|a|an|some|the|those|these|that|this)\\b',
  '(?:nearly|almost|practically|literally) (?:died|killed me|dead)\\b',
  'died (?:laughing|of laughter|of embarrassment|inside)',
  'killed (?:me|myself) laughing',
  'dying (?:of|from) (?:laughter|laughing|boredom|embarrassment|cringe|the heat|heat|hunger|thirst)',
  'die of (?:embarrassment|boredom|shame|cringe|laughter)',
  '(?:bored|scared|worried|frozen|freezing|starving|tired|sick) to death',
  'the death of me',
  '(?:feel|look|looks|feels|looking|feeling) like death',
  'dead (?:tired|serious|set|on|easy|good|last|end)\\b',
  `${DEVICE}(?:'s| is| was)? (?:about to |going to |just |literally )?(?:die|died|dying|dead)\\b`,
  '(?:rather|sooner) die than',
  'die on (?:that|this) hill',
  'do or die',
  'killing myself (?:laughing|with laughter|at (?:the gym|work|training)|over (?:this|revision|work|exams)|to (?:finish|get|make|meet|pay|keep))',
  'kill(?:ed|ing)? (?:him|her|them|you) with kindness',
  // hanging, cutting, shooting, hitting, beating
  'hang(?:ing|s)? (?:out|on|in there|up|with|around|tight|over|about|loose)\\b',
  'hung (?:out|up|over)\\b',
  'cut (?:myself|yourself|me|him|her|them|us) (?:some )?slack',
  'cut (?:me|him|her|them) off\\b',
  '(?:shoot|shot) (?:me|you|him|her|us) (?:a|an) (?:text|message|msg|email|dm|line|pm)\\b',
  'shoot (?:my|your) shot',
  '(?:shoot|shot|shooting) (?:some )?hoops',
  '(?:take|have|had|took) a (?:stab|shot) at',
  'shoot(?:ing)? (?:a|the) (?:video|film|scene|photo|photos)',
  'hit (?:me|us) (?:up|back)\\b',
  'hits? different',
  'hit it off',
  `hit (?:me|him|her|us) with (?!(?:a |an |the |his |her |their |my )?${HIT_WITH_WEAPON}\\b)`,
  'hit (?:the|a) (?:gym|road|sack|hay|books|jackpot|ground|spot|nail|shops|bar|club|town)\\b',
  '(?:it|that|reality|this|the news|the song) (?:just |really |finally )?hit (?:me|hard)\\b',
  'beat(?:s|ing)? (?:me|him|her|us|you|them) (?:at|in|to|by|on)\\b',
  '(?:^|honestly |lol |idk |well |dunno |it )beats me\\b',
  'beats me (?:why|how|what|where|who)\\b',
  '(?:really|so|deeply|genuinely|very) touched\\b',
  'touched me (?:deeply|so much|a lot|with)\\b',
  // medical hyperbole
  '(?:gave|give|giving|nearly had|almost had|nearly gave|almost gave) (?:me |him |her |us )?a (?:heart attack|stroke|seizure)',
  `overdos(?:e|ed|ing) on (?!(?:my |his |her |their |some |the |a |too many )?(?:${PILLS}|drugs))[a-z]+`,
  'murder (?:a|an|this|that|the|some) (?:pizza|pint|burger|curry|kebab|song|track|drink|beer|sandwich)',
  "hurt(?:s|ing)? (?:his|her|their|your|my|our|people's|someone's) feelings",
  '(?:hurt|burnt|burned|bit) myself (?:laughing|on the|on a|cooking|shaving)',
  // words that contain risk words
  'suicide (?:squad|doors?|mission|run|drills?|rates?|prevention|awareness|hotline|helpline|line|statistics|figures)',
  'take my (?:own )?life back',
  'take my life (?:in|into) my (?:own )?hands',
  'life or death',
  '(?:put|putting|puts) (?:the dog|the cat|him|her|it|them) (?:down|to sleep)',
  'rope (?:swing|bridge|course|ladder)',
  '(?:skipping|jump) rope',
  'ropes course',
  'the ropes\\b',
  'bleeding (?:heart|edge)',
  'cut (?:ties|back|down|corners|costs|class|the cake|my hair|your hair|his hair|her hair)\\b',
];

const IDIOM_RE = new RegExp(`\\b(?:${IDIOMS.join('|')})`, 'g');

/** Replace idioms with a neutral marker so that no rule can match inside them. */
export function maskIdioms(clause: string): string {
  return clause.replace(IDIOM_RE, ' ~ ');
}
