/** Suicide: intent, wishes, thoughts, attempts, hopelessness and the words people use for them. */
import { alt, gap } from '../lexicon.js';
import { re, stems, type Rule } from '../rule.js';

/** Ways of saying "kill myself". */
const SELF_KILL = alt(
  'kill(?:ing|ed)? myself',
  'end(?:ing)? my (?:own )?life(?! back)',
  'tak(?:e|ing) my (?:own )?life(?! back| in)',
  'commit(?:ting)? suicide',
  'hang(?:ing)? myself',
  'shoot(?:ing)? myself',
  'drown(?:ing)? myself',
  'off(?:ing)? myself',
  'top(?:ping)? myself',
  'neck(?:ing)? myself',
  'gas(?:sing)? myself',
  'suffocat(?:e|ing) myself',
  'blow my brains out',
  'throw(?:ing)? myself (?:off|in front of|under)',
);

/** Method phrases someone may contemplate. */
const METHOD = alt(
  'jump(?:ing)? (?:off|from|in front of)',
  'step(?:ping)? (?:off|in front of)',
  'walk(?:ing)? (?:into|in front of) (?:traffic|the sea|a train|the road)',
  'driv(?:e|ing) (?:into|off)',
  'crash(?:ing)? (?:my|the) car',
  'swerv(?:e|ing) into',
  'hang(?:ing)? myself',
  'overdos(?:e|ing)',
  'slit(?:ting)? my',
  'tak(?:e|ing) (?:all|every) (?:of )?(?:my|the)',
  'swallow(?:ing)? (?:all|every)',
  'throw(?:ing)? myself',
  'l(?:y|i)ing (?:down )?on the (?:tracks|road)',
);

const NOT_AFTER_END =
  '(?! (?:with|for|between|off|up|on|here|there|early|soon|at|in (?:a|the) (?:meeting|call)))';
const LOOKBACK_ATTEMPT = '(?<!(?:tried|try|trying|attempted) to )';

export const suicideRules: readonly Rule[] = [
  {
    id: 'suicide.kill_self',
    level: 'high',
    categories: ['suicide'],
    now: true,
    jokeLevel: 'concern',
    hint: stems('myself|my life|my own life|suicide|brains'),
    re: re(`${LOOKBACK_ATTEMPT}\\b(?<core>${SELF_KILL})\\b`),
  },
  {
    id: 'suicide.overdose_intent',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    now: true,
    hint: stems('overdose'),
    re: re(`\\b(?:to|'ll|will) (?:just )?(?<core>overdose)\\b(?! on)`),
  },
  {
    id: 'suicide.end_it',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    now: true,
    jokeLevel: 'concern',
    hint: stems(' end| finish'),
    re: re(
      `\\b(?<core>end(?:ing)? (?:it all|everything|things|it)|finish(?:ing)? it all)\\b${NOT_AFTER_END}`,
    ),
  },
  {
    id: 'suicide.wish_to_die',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    jokeLevel: 'concern',
    hint: stems(' die| dead|alive|living|exist'),
    re: re(
      `\\b(?:want(?:s|ed)? to|wanting to|wish(?:ing)? to|ready to|need to|deserve to|(?:i'd|would) like to|(?:i'd|would) rather)` +
        `(?: (?:just|really|actually|simply|literally|honestly|so|genuinely|fucking))* (?<core>die|be dead|not be alive|stop living|cease to exist)\\b` +
        `(?! (?:of|from|for|laughing|than|in (?:a|the) \\w+ (?:way|fashion)))`,
    ),
  },
  {
    id: 'suicide.dead_wish',
    level: 'high',
    categories: ['suicide'],
    hint: stems(' dead| die|wake up'),
    re: re(
      `\\b(?:wish(?:ed)? i (?:was|were|could be|'d be) dead|better off dead|wish i (?:could|would) (?:just )?die|pray(?:ing)? (?:that )?i (?:die|don't wake up)|hope i (?:die|don't wake up))\\b`,
    ),
  },
  {
    id: 'suicide.not_alive',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    negatable: false,
    hint: stems('want to|no reason|no point'),
    re: re(
      `\\b(?:don't|do not|never) (?:really |even |honestly |actually |just )?want to (?:be alive|live|exist|be on this earth|be in this world|be here anymore|` +
        `(?:carry on|go on|keep going|keep living)(?= *$| anymore| like this| with life))\\b(?! (?:in|with|at|near|there|somewhere|like (?:this|that)))|` +
        `\\bno (?:reason|point) (?:left )?to (?:keep )?(?:live|living|be alive|go on|stay alive)\\b|` +
        `\\b(?:don't know if|not sure(?: if)?|no longer sure) i (?:even |really )?want to (?:be alive|live|exist|be here)(?! (?:in|with|at|near|there))`,
    ),
  },
  {
    id: 'suicide.thoughts',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    jokeLevel: 'concern',
    hint: stems(
      'suicide|myself|ending|my life|my own life|dying| dead|not being|ways to|how to|methods',
    ),
    re: re(
      `\\b(?:thinking|think|thought|thoughts|considering|consider|obsess(?:ing|ed)?|fantasi[sz](?:e|ing)|research(?:ing|ed)?|looking up|googl(?:ing|ed)|plan(?:ning|ned)?)` +
        ` (?:about |of |on |up )?${gap(2)}(?<core>suicide|killing myself|ending (?:it all|it|my life|things|everything)|taking my (?:own )?life|dying|being dead|not being (?:alive|here)|` +
        `ways to (?:die|kill myself|end it|do it)|how to (?:die|kill myself|end it)|(?:suicide )?methods)\\b(?! (?:of|from) (?!suicide))`,
    ),
  },
  {
    id: 'suicide.planning_how',
    level: 'high',
    categories: ['suicide'],
    hint: stems(' do it| die|end it|kill myself'),
    re: re(
      `\\b(?:planning|planned|worked out|figured out|decided|know(?:ing)?) (?:how|when|where) (?:i'd|i'll|i'm going to|to|i would|i will|i could) (?:do it|die|end it|kill myself)\\b`,
    ),
  },
  {
    id: 'suicide.preoccupied',
    level: 'high',
    categories: ['suicide'],
    hint: stems('suicide|killing myself|dying|death|ending'),
    re: re(
      `\\b(?<core>suicide|killing myself|dying|death|ending it|ending my life) (?:is )?(?:all i (?:can )?think about|(?:always |constantly )?on my mind|keeps? coming (?:up|back)|won't leave my head)`,
    ),
  },
  {
    id: 'suicide.suicidal',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    jokeLevel: 'concern',
    hint: stems('suicidal'),
    re: re(`\\b(?<core>suicidal)\\b`),
  },
  {
    id: 'suicide.clarified',
    level: 'high',
    categories: ['suicide'],
    hint: stems(' die| dead|exist|kill myself|end it'),
    re: re(
      `\\b(?:like|as in|i mean|meaning) (?:actually |really |literally )?(?:die|be dead|dead|not exist|kill myself|end it)\\b`,
    ),
  },
  {
    id: 'suicide.self_image',
    level: 'high',
    categories: ['suicide'],
    hint: stems('myself'),
    re: re(
      `\\b(?:pictur|imagin|see|visualis|visualiz)(?:e|es|ing|ed)? myself (?:dead|in a coffin|hanging|gone|jumping|not here)`,
    ),
  },
  {
    id: 'suicide.method_thoughts',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    jokeLevel: 'concern',
    hint: stems('think|thought|fantasi|imagin|pictur|dream|wonder|how easy|tempted|urge'),
    re: re(
      `\\b(?:think|thinking|thought|thoughts|fantasi[sz]\\w*|imagin\\w*|pictur\\w*|dream\\w*|wonder\\w*|how easy it (?:would|'d) be|tempted|urges?)\\b` +
        `(?: [a-z',]+){0,6}? (?<core>${METHOD})`,
    ),
  },
  {
    id: 'suicide.jump',
    level: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    now: true,
    jokeLevel: 'concern',
    hint: stems('jump'),
    re: re(
      `\\b(?:(?:going to|about to|'ll|will|wants? to|ready to|plan(?:ning)? to|try(?:ing)? to) (?<core>jump)|i'm jumping)` +
        `(?= *$| *[,.!?]| (?:off|from) (?:the |a |my |this |that )?(?:[a-z]+ )?(?:bridge|roof|building|cliff|balcony|ledge|tower|window|car park|multi ?storey|block|flat|edge|overpass)| in front of| now| tonight| today| soon)`,
    ),
  },
  {
    id: 'suicide.unsafe',
    level: 'high',
    categories: ['suicide'],
    negatable: false,
    hint: stems('safe'),
    re: re(
      `\\b(?:(?:can't|cannot|don't think i can|not sure (?:if )?i can|unable to|not able to|struggling to|don't know (?:if|how) (?:i can|to)) keep (?:myself|me) safe|` +
        `(?:don't|do not) feel safe (?:with|around|from|by) myself|not safe (?:from|with|around) myself|i'm not safe(?= *$| right now| tonight| anymore))`,
    ),
  },
  {
    id: 'suicide.cant_promise',
    level: 'high',
    categories: ['suicide'],
    negatable: false,
    hint: stems('promise|guarantee|for sure|be sure'),
    re: re(
      `\\b(?:can't|cannot|won't|not able to|unable to|don't think i can|not sure i can) (?:promise|guarantee|say for sure|be sure)(?: (?:you|that|anything))* ` +
        `i (?:won't|will not|'m not going to|am not going to|wouldn't|'ll not|'ll be safe|will be safe|'ll be ok)(?! (?:[a-z]+ )?(?:cut|hurt|harm|burn|self harm|scratch))`,
    ),
  },
  {
    id: 'suicide.stupid',
    level: 'concern',
    categories: ['suicide'],
    jokeLevel: 'none',
    hint: stems('stupid|silly|drastic|dumb'),
    re: re(`\\b(?:do|doing) (?:something|anything) (?:stupid|silly|drastic|dumb)\\b`),
  },
  {
    id: 'suicide.someone_else',
    level: 'high',
    categories: ['suicide'],
    subject: 'third',
    now: true,
    hint: stems('himself|herself|themsel|his life|her life|their life|his own|her own|their own'),
    re: re(
      `${LOOKBACK_ATTEMPT}\\b(?<core>kill(?:ing)? (?:himself|herself|themselves|themself)|end(?:ing)? (?:his|her|their) (?:own )?life|take (?:his|her|their) (?:own )?life)\\b`,
    ),
  },
];
