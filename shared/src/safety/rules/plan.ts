/**
 * Plans, means and farewells. Some are risks on their own (standing on a ledge, a stockpile);
 * others only matter next to another signal ("nobody's home", "I've decided"): they carry
 * `plan`, the categories they escalate to imminent (see detectRisk.ts).
 */
import { PILL_HINTS, PILLS, RELATION, WEAPON } from '../lexicon.js';
import { re, stems, type Rule } from '../rule.js';

const SELF_PLACE = `(?:i'm|i am|standing|sitting|stood|sat|lying|laying|she's|he's|they're|(?:${RELATION})(?:'s| is| are))`;
const EDGE =
  '(?:bridge|ledge|roof(?! (?:terrace|garden|bar|top bar|party))|rooftop|cliff(?: edge)?|cliffs|edge(?! of (?:tears|my seat|a breakdown|breaking|losing))|train tracks|railway (?:tracks|line|bridge)|tracks|platform edge|railing)';
const LIVE_PEOPLE =
  '(?:everyone|my (?:family|mum|mom|dad|kids|children|parents|partner|wife|husband|friends|sister|brother))';

export const planRules: readonly Rule[] = [
  // ── acts under way and means at hand ────────────────────────────────────────────────────────
  {
    id: 'plan.at_the_edge',
    level: 'imminent',
    categories: ['suicide'],
    subject: 'resolve',
    plan: ['suicide'],
    hint: stems('bridge|ledge|roof|cliff|edge|track|railing|railway'),
    re: re(
      `\\b${SELF_PLACE} (?:standing |sitting |lying |right |now )?(?:on|at|by|near|over) (?:the |a |this )?(?:edge of (?:the |a )?)?(?:[a-z]+ )?(?<core>${EDGE})\\b`,
    ),
  },
  {
    id: 'plan.carbon_monoxide',
    level: 'imminent',
    categories: ['suicide'],
    hint: stems('garage|exhaust|charcoal|bbq|barbecue'),
    re: re(
      `\\b(?:engine|car) (?:is |'s )?(?:running|on) (?:in|inside) (?:the |a |my )?garage|\\bengine running in (?:the |a |my )?garage|` +
        `\\bhose(?:pipe)? (?:from|in|into|to|on) (?:the )?exhaust|\\b(?:lit|burning) (?:a |the |some )?(?:charcoal|bbq|barbecue) (?:in|inside) (?:the|my) (?:room|car|bedroom|tent)`,
    ),
  },
  {
    id: 'plan.gun_at_hand',
    level: 'imminent',
    categories: ['suicide'],
    hint: stems('gun|pistol|rifle'),
    re: re(
      `\\b(?:gun|pistol|shotgun|rifle) (?:is )?(?:in my (?:lap|hand|hands|mouth)|to my (?:head|chest|mouth)|against my (?:head|chest))|\\bin my (?:lap|hand|hands) (?:is )?an? (?:gun|pistol)`,
    ),
  },
  {
    id: 'plan.blade_at_hand',
    level: 'imminent',
    categories: ['self_harm'],
    hint: stems('knife|blade|razor|scissors|glass'),
    re: re(
      `\\b(?:knife|blade|razor|scissors|glass) (?:is |'s )?(?:to|against|on|at|pressed (?:to|against|into)) my (?:wrists?|arms?|skin|legs?|thighs?|throat|neck)\\b`,
    ),
  },
  {
    id: 'plan.pills_ready',
    level: 'high',
    categories: ['suicide'],
    plan: ['suicide'],
    hint: [...PILL_HINTS, 'how many', 'dose'],
    re: re(
      `\\b(?:${PILLS})(?: (?:are|is|all|been|now|already))* (?:saved|stockpiled|hidden|hoarded|collected|counted|lined up|ready|set out|laid out|in front of me)\\b|` +
        `\\b(?:stockpil|hoard|sav|collect)(?:ing|ed|e) (?:up )?(?:my |all my |the |some |enough )?(?:${PILLS})\\b|` +
        `\\b(?:counted|lined|laid|set) (?:out|up) (?:all )?(?:my |the )?(?:${PILLS})\\b|` +
        `\\b(?:i've got|i have|got) (?:all )?(?:my |the )?(?:${PILLS}) (?:counted|lined up|ready|saved|in front of me|here)\\b|` +
        `\\b(?:${PILLS}) (?:and|with) (?:a |some |the )?(?:bottle of )?(?:vodka|whisky|whiskey|wine|gin|alcohol|booze|rum)\\b|` +
        `\\bhow many (?:${PILLS}|[a-z]+) (?:it would take|to (?:die|kill|overdose)|would kill)|\\b(?:lethal|fatal) dose`,
    ),
  },
  {
    // "i've got the pills here and i'm going to take them all": the pronoun points at the means
    // named elsewhere in the message, so the rule needs pills somewhere in it.
    id: 'plan.take_them_all',
    level: 'high',
    categories: ['suicide'],
    now: true,
    hint: ['take', 'swallow', 'down '],
    requires: new RegExp(`\\b(?:${PILLS})\\b`),
    re: re(
      `\\b(?:going to|gonna|will|i'll|about to|plan(?:ning)? to|want to|need to) (?<core>(?:take|swallow|down) (?:them all|all of them|the lot|the whole (?:lot|bottle|box|packet|pack)|every (?:last )?one|all (?:of )?(?:my |the )?(?:${PILLS})))\\b(?! (?:to|out|for|home|with|back|along|shopping|swimming|at (?:night|bedtime|once)|in the (?:morning|evening)|every|daily|twice|once|as prescribed)\\b)`,
    ),
  },
  {
    id: 'plan.rope',
    level: 'high',
    categories: ['suicide'],
    plan: ['suicide'],
    hint: stems('rope|noose'),
    re: re(
      `\\b(?:i've got|i have|i've|got|bought|buying|brought|found|holding)(?: [a-z]+)? (?:the|a|some|enough)? ?(?:rope|noose)\\b|\\bthe noose\\b`,
    ),
  },
  {
    id: 'plan.rope_set_up',
    level: 'imminent',
    categories: ['suicide'],
    plan: ['suicide'],
    hint: stems('rope|noose|neck'),
    re: re(
      `\\b(?:tied|hung|put up|set up|fixed) (?:a |the |my )?(?:noose|rope)\\b|\\b(?:rope|noose)(?:'s| is)(?: already| now)? (?:up|tied|hanging|set up|ready)\\b|` +
        `\\b(?:rope|noose|belt|cord|cable|ligature)(?:'s| is)? (?:already |now |tight )?(?:around|round|on) my neck\\b`,
    ),
  },
  // ── farewells ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'plan.farewell_letters',
    level: 'high',
    categories: ['suicide'],
    plan: ['suicide'],
    hint: stems('letter|note|message|text|away'),
    re: re(
      `\\b(?:goodbye|suicide|final|last) (?:letters?|notes?|messages?|texts?)\\b|\\b(?:wrote|written|writing|left|leaving) (?:my |the |some )?(?:notes?|letters?) (?:to|for) ${LIVE_PEOPLE}|` +
        `\\b(?:giving|gave|given) away (?:all )?my (?:stuff|things|belongings|possessions)\\b`,
    ),
  },
  {
    id: 'plan.farewell',
    level: 'concern',
    categories: ['suicide'],
    plan: ['suicide'],
    subject: 'resolve',
    hint: stems("last message|goodbye|the end|i love|won't be|coming back"),
    re: re(
      `\\bthis is (?:my last message|goodbye|the end)\\b|\\bmy last message\\b(?! (?:before|for now|tonight))|\\bgoodbye (?:everyone|all|forever|world|cruel world)\\b|` +
        `\\btell ${LIVE_PEOPLE} i love (?:her|him|them|you)\\b|` +
        `\\bwon't be (?:here|around) (?:much longer|for long|tomorrow|anymore|by (?:morning|tomorrow))|\\bi'm not coming back\\b|\\bdon't think i'm coming back\\b`,
    ),
  },
  {
    id: 'plan.goodbye',
    level: 'none',
    categories: ['suicide'],
    plan: ['suicide'],
    hint: stems('goodbye|bye forever|farewell|thank you for'),
    re: re(
      `^(?:goodbye|bye forever|farewell|thank you for (?:everything|trying|all you've done))$|` +
        `\\b(?:texted|messaged|said|say|saying) (?:me |us )?goodbye\\b(?! to (?:my old|the old|the|summer|\\w+ flat))`,
    ),
  },
  // ── context that only matters next to another signal ──────────────────────────────────────────
  {
    id: 'plan.decided',
    level: 'none',
    categories: [],
    plan: ['suicide', 'self_harm', 'harm_to_others'],
    hint: stems('decided|mind|plan|everything|i know'),
    re: re(
      `\\b(?:i've (?:decided|made (?:up )?my mind)|my mind is made up|(?:the )?plan is (?:set|ready|in place|sorted)|everything(?:'s| is) (?:sorted|planned|ready|in place|set)|` +
        `i have everything i need|i know (?:how|when) i'm (?:going to )?do(?:ing)? it|i have a plan|i've (?:got|made) a plan)\\b`,
    ),
  },
  {
    id: 'plan.timing',
    level: 'none',
    categories: [],
    plan: ['suicide', 'self_harm', 'harm_to_others'],
    hint: stems('do it|doing it|the night'),
    re: re(
      `\\b(?:(?:going to|will|'ll|about to) do it|doing it) (?:tonight|now|today|tomorrow|soon|this (?:evening|weekend))\\b|\\btonight(?:'s| is) the night\\b`,
    ),
  },
  {
    id: 'plan.opportunity',
    level: 'none',
    categories: [],
    plan: ['suicide', 'self_harm'],
    hint: stems('nobody|no one|noone|empty|to myself|asleep| out| away|after everyone'),
    re: re(
      `\\b(?:nobody|no one|noone)(?:'s| is) (?:home|here|around|in)\\b|\\b(?:house|flat|place) (?:is |'s )?(?:empty|to myself)\\b|` +
        `\\b(?:everyone|they)(?:'s|'re| is| are) (?:asleep|out|away)\\b|\\bafter everyone (?:goes to bed|is asleep|leaves)\\b`,
    ),
  },
  {
    id: 'plan.weapon',
    level: 'none',
    categories: [],
    plan: ['suicide', 'self_harm', 'abuse', 'harm_to_others'],
    hint: stems('gun|pistol|rifle|knife|knives|blade|razor|machete| bat|hammer| axe|weapon'),
    re: re(
      `\\b(?:with|got|has|have|holding|bought|carrying) (?:a|the|his|her|my|[a-z]+'s) (?:${WEAPON})\\b|\\b(?:${WEAPON}) (?:is |'s )?in my (?:bag|pocket|hand|car)\\b`,
    ),
  },
  {
    id: 'plan.at_the_door',
    level: 'none',
    categories: [],
    plan: ['abuse', 'harm_to_others'],
    hint: stems('outside|coming|door|window|locked| to his| to her| to their'),
    re: re(
      `\\boutside (?:my|his|her|their|the) (?:door|house|flat|window|room|place|school)\\b|\\b(?:he's|she's|they're) coming (?:for me|to get me|back|home|over)\\b|` +
        `\\b(?:broke|smashed|kicked|kicking|banging on) (?:the |my )?(?:door|window)(?: in| down)?\\b|\\blocked (?:the|all the) doors\\b|\\b(?:driving|going|heading|on my way) to (?:his|her|their) (?:place|house|flat)\\b`,
    ),
  },
];
