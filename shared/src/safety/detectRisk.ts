/**
 * The risk detector: normalise → split into clauses → mask idioms → run every rule → read the
 * context of each match (subject, negation, tense, wish or intent, jokes, fiction) → combine
 * across the message (plans, relapse, symptoms) → the highest level wins.
 */
import {
  ACCIDENT,
  NEGATED_CEASED,
  THIRD_HEDGE,
  clauseTense,
  negationBefore,
  resolveSubject,
  tenseMarker,
  hedgeMarker,
  type Tense,
} from './context.js';
import { maskIdioms } from './idioms.js';
import {
  DESIRE_TAIL,
  FEAR_TAIL,
  HYPERBOLE,
  INTENT_TAIL,
  JOKE,
  MEDIA,
  NOT_JOKE,
  NOW,
} from './lexicon.js';
import { normaliseText, splitClauses } from './normalize.js';
import type { Rule } from './rule.js';
import { anyHint, ruleFamilies } from './rules/index.js';
import {
  compareRiskLevel,
  maxRiskLevel,
  minRiskLevel,
  riskCategories,
  type RiskAssessment,
  type RiskCategory,
  type RiskLevel,
  type RiskReason,
} from './types.js';

interface Signal {
  readonly rule: Rule;
  level: RiskLevel;
  categories: RiskCategory[];
  readonly match: string;
  readonly clause: string;
  /** Context that changed the level (past tense, a time marker, an escalation…). */
  readonly notes: RiskReason[];
}

interface MessageContext {
  readonly text: string;
  readonly joke: boolean;
  readonly media: boolean;
}

const RELAPSE =
  /\b(?:started (?:[a-z]+ )?again|relapsed|relapsing|back to (?:cutting|self harm\w*|it)|doing it again|did it again|slipped up)\b/;
const LOOK_BACK = 160;
/** Habitual descriptions ("i keep…") are ongoing behaviour, not an acute plan. */
const HABITUAL =
  /\b(?:keep|keeps|kept|always|often|usually|sometimes|every (?:day|night|time)|most (?:days|nights)|all the time)\b/;
const INTRUSIVE = /\bintrusive\b/;
/** Symptoms that make a dosing mistake urgent. */
const SYMPTOM =
  /\b(?:dizzy|light ?headed|faint|fainting|fainted|passing out|blacked out|throwing up|vomiting|can't stand(?: up)?|heart (?:is )?(?:racing|pounding)|palpitations|confused|shaking|can't see (?:properly|straight)|numb|slurring|can't stay awake|(?:really|so) sleepy|feel (?:really |so )?(?:weird|strange|sick))\b/;
const DENIAL =
  /\b(?:but i (?:would )?never (?:would|do it|act on it|actually)?|but i wouldn't|not that i (?:would|ever would)|i'd never (?:actually )?do it|i would never act on)/;
const NO_MEDICAL = (cats: readonly RiskCategory[]): RiskCategory[] =>
  cats.filter((c) => c !== 'medical_emergency');

/** Read the context of one match and decide its level, or drop it (null). */
function evaluate(
  rule: Rule,
  m: RegExpExecArray,
  clause: string,
  tense: Tense,
  msg: MessageContext,
): Signal | null {
  const core = m.groups?.['core'];
  const coreStart = core === undefined ? m.index : m.index + m[0].lastIndexOf(core);
  // context is read from the words just before the match (bounded, so long messages stay linear)
  const prefix = clause.slice(Math.max(0, coreStart - LOOK_BACK), coreStart);
  let level = rule.level;
  let categories: RiskCategory[] = [...rule.categories];
  const notes: RiskReason[] = [];

  const kind = rule.subject ?? 'self';
  let third = kind === 'third';
  if (kind.startsWith('resolve')) {
    const who = resolveSubject(prefix);
    if (who === 'you' || who === 'generic') return null;
    third = who === 'third';
    if ((kind === 'resolve-self' && third) || (kind === 'resolve-third' && !third)) return null;
  }
  if (third && rule.thirdCategories) categories = [...rule.thirdCategories];
  if (msg.media && (rule.media || third) && !categories.includes('medical_emergency')) return null;
  if (rule.accident && ACCIDENT.test(clause)) return null;

  if (rule.negatable !== false) {
    const negation = negationBefore(prefix);
    if (negation === 'negated') {
      if (tense !== 'ceased' && !NEGATED_CEASED.test(clause)) return null;
      level = minRiskLevel(level, 'concern');
      notes.push({ rule: 'context.no_longer', match: tenseMarker(clause, tense) });
    } else if (negation === 'hedged') {
      level = minRiskLevel(level, 'concern');
      notes.push({ rule: 'context.hedged', match: hedgeMarker(prefix) });
    }
  }

  if (tense === 'past' || tense === 'ceased') {
    level = rule.pastLevel ?? minRiskLevel(level, 'concern');
    categories = NO_MEDICAL(categories);
    if (categories.length === 0) return null;
    notes.push({ rule: `context.${tense}`, match: tenseMarker(clause, tense) });
  } else if ((tense === 'now' || tense === 'recent') && rule.recentLevel) {
    level = maxRiskLevel(level, rule.recentLevel);
  }

  const fear = FEAR_TAIL.test(prefix);
  const intent = !fear && INTENT_TAIL.test(prefix);
  const wish = fear || (!intent && DESIRE_TAIL.test(prefix));
  if (rule.act && (wish || intent)) {
    level = minRiskLevel(level, 'high');
    categories = NO_MEDICAL(categories);
  } else if (rule.act && tense === 'recent') {
    level = minRiskLevel(level, 'high');
  }
  if ((rule.now || (rule.act && intent)) && level === 'high' && !wish) {
    const now = NOW.exec(clause);
    if (now) {
      level = 'imminent';
      notes.push({ rule: 'context.now', match: now[0] });
    }
  }

  if (third && THIRD_HEDGE.test(prefix)) level = minRiskLevel(level, 'concern');
  if (rule.jokeLevel && compareRiskLevel(level, rule.jokeLevel) > 0) {
    const hyperbole = third ? null : HYPERBOLE.exec(clause);
    if (msg.joke || hyperbole) {
      level = rule.jokeLevel;
      notes.push(
        hyperbole
          ? { rule: 'context.hyperbole', match: hyperbole[0] }
          : { rule: 'context.joke', match: JOKE.exec(msg.text)?.[0] ?? '' },
      );
    }
  }
  return { rule, level, categories, match: m[0].trim(), clause, notes };
}

/** Message-level combinations: relapse, dose + symptom, plans and means, denials of intent. */
function combine(signals: Signal[], msg: MessageContext): void {
  const relapse = RELAPSE.exec(msg.text);
  if (relapse && signals.some((s) => s.categories.includes('self_harm'))) {
    signals.push({
      rule: { id: 'self_harm.relapse', level: 'high', categories: ['self_harm'], re: RELAPSE },
      level: 'high',
      categories: ['self_harm'],
      match: relapse[0],
      clause: msg.text,
      notes: [],
    });
  }
  const symptom = signals.some((s) => s.rule.tags?.includes('dose_error'))
    ? SYMPTOM.exec(msg.text)
    : null;
  if (symptom) {
    for (const s of signals) {
      if (!s.rule.tags?.includes('dose_error')) continue;
      s.level = maxRiskLevel(s.level, 'high');
      s.notes.push({ rule: 'context.symptom', match: symptom[0] });
    }
  }
  if (INTRUSIVE.test(msg.text) || DENIAL.test(msg.text)) {
    for (const s of signals) {
      if (s.categories.includes('harm_to_others')) s.level = minRiskLevel(s.level, 'concern');
    }
  }

  const plans = signals.filter((s) => s.rule.plan);
  for (const s of signals) {
    if (s.level !== 'high') continue;
    const habitual = HABITUAL.test(s.clause);
    const plan = plans.find(
      (p) =>
        p !== s &&
        p.rule.id !== s.rule.id &&
        p.rule.plan?.some((c) => s.categories.includes(c)) &&
        // "i keep scratching with a razor": the instrument of a habit, not a plan
        !(habitual && p.clause === s.clause),
    );
    if (plan) {
      s.level = 'imminent';
      s.notes.push({ rule: 'context.plan', match: plan.match });
    }
  }
  const distinctPlans = new Set(plans.map((p) => p.rule.id));
  if (distinctPlans.size >= 2) {
    for (const p of plans) {
      if (p.categories.length > 0 && p.level !== 'imminent') {
        p.level = 'imminent';
        p.notes.push({
          rule: 'context.plan',
          match: plans
            .filter((q) => q !== p)
            .map((q) => q.match)
            .join(' / '),
        });
      }
    }
  }
}

/** Assess one chat message. Pure and synchronous; see shared/corpus/README.md for the levels. */
export function detectRisk(text: string): RiskAssessment {
  const normalised = normaliseText(text);
  // Most messages contain no hint at all: one pass instead of splitting, masking and gating
  // every clause (on a busy server that was most of the cost of a message).
  if (!normalised || anyHint?.test(normalised) === false)
    return { level: 'none', categories: [], reasons: [] };
  return assess(normalised);
}

/** detectRisk without the one-pass pre-check; tests compare the two. */
export function detectRiskUnfiltered(text: string): RiskAssessment {
  const normalised = normaliseText(text);
  if (!normalised) return { level: 'none', categories: [], reasons: [] };
  return assess(normalised);
}

function assess(normalised: string): RiskAssessment {
  const msg: MessageContext = {
    text: normalised,
    joke: JOKE.test(normalised) && !NOT_JOKE.test(normalised),
    media: MEDIA.test(normalised),
  };

  const signals: Signal[] = [];
  for (const raw of splitClauses(normalised)) {
    const clause = maskIdioms(raw);
    const padded = ` ${clause} `; // hints may be word starts (" hit") or word ends ("die ")
    let tense: Tense | undefined;
    for (const family of ruleFamilies) {
      if (family.gate && !family.gate.test(padded)) continue;
      for (const { rule, hint } of family.rules) {
        if (hint && !hint.test(padded)) continue;
        if (rule.requires && !rule.requires.test(normalised)) continue;
        // exec on the shared global regex (matchAll would clone it on every call)
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(clause); m !== null; m = rule.re.exec(clause)) {
          tense ??= clauseTense(clause);
          const signal = evaluate(rule, m, clause, tense, msg);
          if (signal) signals.push(signal);
        }
      }
    }
  }
  if (signals.length === 0) return { level: 'none', categories: [], reasons: [] };
  combine(signals, msg);

  const live = signals
    .filter((s) => s.level !== 'none')
    .sort((a, b) => compareRiskLevel(b.level, a.level));
  let level: RiskLevel = 'none';
  const categories = new Set<RiskCategory>();
  const reasons: RiskReason[] = [];
  const seen = new Set<string>();
  const addReason = (r: RiskReason): void => {
    const key = `${r.rule}\u0000${r.match}`;
    if (!seen.has(key)) {
      seen.add(key);
      reasons.push(r);
    }
  };
  for (const s of live) {
    level = maxRiskLevel(level, s.level);
    for (const c of s.categories) categories.add(c);
    addReason({ rule: s.rule.id, match: s.match });
  }
  for (const s of live) for (const n of s.notes) addReason(n);
  return { level, categories: riskCategories.filter((c) => categories.has(c)), reasons };
}
