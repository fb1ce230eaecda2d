import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRisk } from './detectRisk.js';
import { maskIdioms } from './idioms.js';
import { normaliseText, splitClauses } from './normalize.js';
import { allRules, ruleFamilies } from './rules/index.js';
import { isRiskCategory, isRiskLevel } from './types.js';

function corpus(file: string): string[] {
  const raw = readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Extra text where rules should match, to check hints beyond the corpora. */
const EXTRA = [
  'my mum is unresponsive on the floor',
  'honestly i just want to die, anyway how was your day',
  'life has no purpose anymore',
  "i'm trying not to cut tonight",
  'she punched me and dragged me by my hair',
  'he pinned me down',
  'why am i even alive',
  'my antidepressants are stockpiled in a drawer',
];

describe('rule set', () => {
  it('has unique ids with a family prefix', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^(suicide|self_harm|harm_to_others|abuse|medical|plan)\.[a-z_]+$/);
  });

  it('uses only known levels and categories, and global regular expressions', () => {
    for (const rule of allRules) {
      expect(isRiskLevel(rule.level)).toBe(true);
      expect(rule.categories.every(isRiskCategory)).toBe(true);
      expect(rule.re.global).toBe(true);
      expect(rule.hint?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('gives every rule that can raise a flag on its own at least one category', () => {
    for (const rule of allRules) {
      if (rule.level !== 'none')
        expect({ id: rule.id, n: rule.categories.length }).not.toEqual({ id: rule.id, n: 0 });
    }
  });

  it('never lets a hint hide a match (corpora and extra phrases)', () => {
    const texts = [...corpus('risk-corpus.jsonl'), ...corpus('risk-holdout.jsonl'), ...EXTRA];
    const clauses = texts.flatMap((t) => splitClauses(normaliseText(t)).map(maskIdioms));
    const hidden: string[] = [];
    for (const family of ruleFamilies) {
      for (const { rule, hint } of family.rules) {
        for (const clause of clauses) {
          rule.re.lastIndex = 0;
          const matches = rule.re.test(clause);
          rule.re.lastIndex = 0;
          const padded = ` ${clause} `;
          const passes = (!family.gate || family.gate.test(padded)) && (!hint || hint.test(padded));
          if (matches && !passes) hidden.push(`${rule.id}: ${clause}`);
        }
      }
    }
    expect(hidden).toEqual([]);
  });

  it('lets the extra phrases through to a flag', () => {
    for (const text of EXTRA)
      expect({ text, level: detectRisk(text).level }).not.toEqual({ text, level: 'none' });
  });

  // Loose bounds that only catch pathological slowness (see scripts/risk-bench.ts for figures).
  it('stays fast on the corpus', () => {
    const texts = corpus('risk-corpus.jsonl');
    for (const t of texts) detectRisk(t); // warm up
    const started = performance.now();
    const rounds = 10;
    for (let r = 0; r < rounds; r++) for (const t of texts) detectRisk(t);
    const perMessageUs = ((performance.now() - started) * 1000) / (rounds * texts.length);
    expect(perMessageUs).toBeLessThan(500);
  });

  it('stays linear on long, repetitive input (no catastrophic backtracking)', () => {
    const inputs = [
      "i'm not ".repeat(500) + 'going to kill myself',
      'my friend says she '.repeat(250) + 'wants to die',
      'thinking '.repeat(500) + 'jump',
      'a '.repeat(3000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      detectRisk(text);
      expect(performance.now() - started).toBeLessThan(250);
    }
  });
});
