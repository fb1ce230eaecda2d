/** Suicide, continued: attempts and losses, hopelessness, passive wishes, feeling a burden. */
import { re, stems, type Rule } from '../rule.js';

export const hopelessnessRules: readonly Rule[] = [
  {
    id: 'suicide.attempt',
    level: 'concern',
    recentLevel: 'high',
    categories: ['suicide'],
    subject: 'resolve',
    hint: stems(' try|tried|attempt'),
    re: re(
      `\\b(?<core>(?:tried|try|trying|attempted|attempt) to (?:kill (?:myself|himself|herself|themselves)|end (?:my|his|her|their) (?:own )?life|end it(?: all)?|` +
        `take (?:my|his|her|their) (?:own )?life|die|commit suicide|hang (?:myself|himself|herself)|overdose)|suicide attempts?|` +
        `(?:made|had|survived|after) (?:an? |my |two |three |several |multiple |\\d+ )?(?:suicide )?attempts?\\b|` +
        `attempted(?= suicide| to| when| in| last| a few| \\d| two| three| once| twice| before| years?| months?| as a| *$))`,
    ),
  },
  {
    id: 'suicide.loss',
    level: 'concern',
    categories: ['suicide'],
    subject: 'third',
    hint: stems(
      'himself|herself|themsel|his life|her life|their life|his own|her own|their own|suicide',
    ),
    re: re(
      `\\b(?<core>(?:killed|kills) (?:himself|herself|themselves|themself)|t(?:ook|aken) (?:his|her|their) (?:own )?life|(?:died|dies|death) by suicide|` +
        `committed suicide|[a-z]+'s suicide|lost (?:my |his |her |a )?(?:[a-z]+ )?to suicide)`,
    ),
  },
  {
    id: 'suicide.hopeless',
    level: 'concern',
    categories: ['suicide'],
    subject: 'resolve',
    jokeLevel: 'none',
    hint: stems(
      'point|hopeless|give up|giving up|tired|sick|exhausted|meaning|worth|purpose|trapped',
      'to stop|to end|waste of space|matters|means anything|why i|why do i|why should i',
      'why am i',
    ),
    re: re(
      `\\b(?:what's|what is) (?:even )?the point(?= *$| (?:of|in) (?:anything|everything|it all|any of it|life|living|trying|going on|being alive|me|even|getting up|carrying on|existing|bothering)| anymore| though| really)|` +
        `\\b(?:feel|feeling|am|i'm|so|it's|everything is|everything's) (?:so |completely |totally |utterly |just )?hopeless\\b|\\bhopelessness\\b|` +
        `\\bgiv(?:e|ing) up on (?:life|everything|myself|living)|\\b(?:tired|sick|exhausted) of (?:living|being alive|life|everything|fighting|existing|it all|trying|being me)\\b|` +
        `\\b(?:life|everything|existence|my life|living) (?:feels|is|seems) (?:so |completely |totally |just )?(?:pointless|meaningless|hopeless|worthless|not worth (?:it|living))|` +
        `\\bnot worth living\\b|\\b(?:life|everything|my life) (?:has|holds) no (?:meaning|point|purpose)|\\bnothing (?:matters|means anything)(?: anymore| to me)|` +
        `\\bwhy (?:i|do i|should i) (?:even )?(?:bother|keep) (?:being alive|living|existing|getting up|going)|\\bwhy am i (?:even |still )?(?:alive|here)\\b|\\bwhy i'm (?:even |still )?(?:alive|here)\\b|\\b(?:feel|feeling|i'm|am) (?:so )?trapped\\b|\\bwant (?:it|the pain|everything|this|all of it|it all) to (?:stop|end)\\b|` +
        `\\b(?:i'm|i am|feel|feeling) (?:so |just |completely |totally )?(?:worthless|a waste of space|empty inside)|\\bwaste of space\\b`,
    ),
  },
  {
    id: 'suicide.hopeless_neg',
    level: 'concern',
    categories: ['suicide'],
    subject: 'resolve',
    negatable: false,
    jokeLevel: 'none',
    hint: stems('point|anymore|go on|keep going|carry on|cope|better|future|way out|like this'),
    re: re(
      `\\bno point (?:in |to )?(?:anything|everything|living|trying|going on|being alive|it all|any of it|life|existing|carrying on)|` +
        `\\b(?:don't|do not|can't|cannot) see (?:the |any )?point (?:in|of|to) (?:anything|living|being alive|life|going on|it all|any of it|existing|carrying on|trying)|` +
        `\\bcan't do (?:this|it|life) anymore|\\bcan't (?:go on|keep going|carry on|cope anymore|take (?:it|this|much more) anymore)(?= *$| like this| anymore| with)|` +
        `\\bnothing (?:is ever going to|will ever|ever) gets? better|\\b(?:it'll|it will|things will|things'll|life will) never get better|` +
        `\\bdon't see (?:a|any) future|\\bno future for me|\\bno way out\\b|\\b(?:don't|do not) want to live like this`,
    ),
  },
  {
    id: 'suicide.passive_wish',
    level: 'concern',
    categories: ['suicide'],
    subject: 'resolve',
    jokeLevel: 'none',
    hint: stems('wish|disappear|vanish|fade|exist|sleep forever'),
    re: re(
      `\\bwish(?:ed)? i (?:could|would|'d|can)? ?(?:just )?(?:disappear|vanish|not exist|stop existing|(?:go to |fall )?(?:sleep|asleep) forever|(?:fall asleep|go to sleep) and (?:never|not) wake up|not wake up|never wake up|fade away)|` +
        `\\bwish i(?: was| were| had|'d) never (?:been )?born|\\bwish i (?:wasn't|weren't|hadn't been) (?:born|here|alive|around)|` +
        `\\bwant(?:s)? to (?:just )?(?:disappear|vanish|fade away|stop existing|not exist|(?:go to |fall )?(?:sleep|asleep) forever)(?! into| for (?:a|the) (?:bit|day|week|weekend)| from (?:social|the internet))`,
    ),
  },
  {
    id: 'suicide.passive_neg',
    level: 'concern',
    categories: ['suicide'],
    subject: 'resolve',
    negatable: false,
    hint: stems('wake up|exist'),
    re: re(
      `\\b(?:(?:fall asleep|go to sleep) and (?:never|not) wake up|never want to wake up|(?:don't|do not) want to wake up|just not exist|stop existing)\\b`,
    ),
  },
  {
    id: 'suicide.burden',
    level: 'concern',
    categories: ['suicide'],
    subject: 'resolve',
    hint: stems('burden|better|happier|easier|notice|care|miss me'),
    re: re(
      `\\b(?:i'm|i am|feel like|being|always) (?:such |just |only )?(?:a )?(?:huge |massive )?burden|\\bburden (?:on|to) (?:everyone|my|them|you)|` +
        `\\b(?:everyone|they|my family|people|the world|everybody|things)(?:'d| would)? (?:all )?(?:be )?(?:better|happier|easier) (?:off )?(?:without me|if i (?:just |simply )?(?:was|were|wasn't|weren't|didn't exist|disappeared|died|left|wasn't here|was gone))|` +
        `\\b(?:no one|nobody|noone) (?:would|will|'d) (?:even )?(?:notice|care|miss me)(?: if i (?:was|were|died|disappeared|wasn't|vanished))?|` +
        `\\b(?:i'd|i would|i'll) be better off (?:gone|not here|not around|not existing)\\b`,
    ),
  },
];
