/**
 * Evaluate detectRisk against the labelled corpora in shared/corpus.
 *
 *   tsx scripts/risk-eval.ts [--verbose] [--holdout-verbose]
 *
 * Prints recall/precision per level and per category, a confusion matrix, the false-positive
 * rate on `none`, and "high+imminent recall" for the main corpus and the held-out set. Exits 1
 * when the main corpus misses a target (the held-out figures are reported but never gate).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  compareRiskLevel,
  detectRisk,
  isRiskCategory,
  isRiskLevel,
  riskCategories,
  riskLevels,
  type RiskAssessment,
  type RiskCategory,
  type RiskLevel,
} from '../src/safety/index.js';

const TARGET_HIGH_RECALL = 0.95;
const TARGET_NONE_FP = 0.03;

interface Example {
  text: string;
  level: RiskLevel;
  categories: RiskCategory[];
  line: number;
}

interface Scored extends Example {
  got: RiskAssessment;
}

function load(file: string): Example[] {
  const path = fileURLToPath(new URL(`../corpus/${file}`, import.meta.url));
  const out: Example[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      const row = JSON.parse(raw) as { text?: unknown; level?: unknown; categories?: unknown };
      const cats = Array.isArray(row.categories) ? row.categories : [];
      if (typeof row.text !== 'string' || !isRiskLevel(row.level) || !cats.every(isRiskCategory)) {
        throw new Error(`${file}:${i + 1}: malformed line`);
      }
      out.push({ text: row.text, level: row.level, categories: cats, line: i + 1 });
    });
  return out;
}

const pct = (n: number, d: number): string =>
  d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

interface Figures {
  highRecall: number;
  noneFp: number;
  exact: number;
}

function report(name: string, examples: Example[], verbose: boolean): Figures {
  const scored: Scored[] = examples.map((e) => ({ ...e, got: detectRisk(e.text) }));
  console.log(`\n=== ${name}: ${scored.length} messages ===`);

  console.log('\nlevel        recall  precision  (labelled / predicted)');
  for (const level of riskLevels) {
    const labelled = scored.filter((s) => s.level === level);
    const predicted = scored.filter((s) => s.got.level === level);
    const hit = labelled.filter((s) => s.got.level === level).length;
    console.log(
      `${level.padEnd(10)} ${pct(hit, labelled.length)}   ${pct(hit, predicted.length)}     (${labelled.length} / ${predicted.length})`,
    );
  }

  console.log('\ncategory            recall  precision  (labelled / predicted)');
  for (const cat of riskCategories) {
    const labelled = scored.filter((s) => s.categories.includes(cat));
    const predicted = scored.filter((s) => s.got.categories.includes(cat));
    const hit = labelled.filter((s) => s.got.categories.includes(cat)).length;
    console.log(
      `${cat.padEnd(18)} ${pct(hit, labelled.length)}   ${pct(hit, predicted.length)}     (${labelled.length} / ${predicted.length})`,
    );
  }

  console.log('\nconfusion (rows: labelled, columns: predicted)');
  console.log(`${''.padEnd(10)}${riskLevels.map((l) => l.padStart(10)).join('')}`);
  for (const row of riskLevels) {
    const cells = riskLevels.map((col) =>
      String(scored.filter((s) => s.level === row && s.got.level === col).length).padStart(10),
    );
    console.log(`${row.padEnd(10)}${cells.join('')}`);
  }

  const none = scored.filter((s) => s.level === 'none');
  const noneFp = none.filter((s) => s.got.level !== 'none').length;
  const serious = scored.filter((s) => s.level === 'high' || s.level === 'imminent');
  const caught = serious.filter((s) => compareRiskLevel(s.got.level, 'high') >= 0).length;
  const exact = scored.filter((s) => s.got.level === s.level).length;
  const figures = {
    highRecall: ratio(caught, serious.length),
    noneFp: ratio(noneFp, none.length),
    exact: ratio(exact, scored.length),
  };
  console.log(
    `\nhigh+imminent recall: ${pct(caught, serious.length)}  (${caught}/${serious.length}, assessed at least high)`,
  );
  console.log(`none false-positive rate: ${pct(noneFp, none.length)}  (${noneFp}/${none.length})`);
  console.log(`exact level agreement: ${pct(exact, scored.length)}`);

  const wrong = scored.filter(
    (s) => s.got.level !== s.level || s.categories.join() !== s.got.categories.join(),
  );
  if (verbose && wrong.length > 0) {
    console.log(`\nmisclassified (${wrong.length}):`);
    for (const s of wrong) {
      console.log(`  line ${s.line}: ${JSON.stringify(s.text)}`);
      console.log(
        `    expected ${s.level} [${s.categories.join(', ')}], got ${s.got.level} [${s.got.categories.join(', ')}]`,
      );
      for (const r of s.got.reasons) console.log(`      ${r.rule}: ${JSON.stringify(r.match)}`);
    }
  }
  return figures;
}

const args = new Set(process.argv.slice(2));
const main = report('main corpus (gates)', load('risk-corpus.jsonl'), args.has('--verbose'));
const holdout = report(
  'held-out set (reported only)',
  load('risk-holdout.jsonl'),
  args.has('--verbose') || args.has('--holdout-verbose'),
);

console.log('\n=== summary ===');
console.log(
  `main:    high+imminent recall ${(100 * main.highRecall).toFixed(1)}%, none FP ${(100 * main.noneFp).toFixed(1)}%, exact ${(100 * main.exact).toFixed(1)}%`,
);
console.log(
  `holdout: high+imminent recall ${(100 * holdout.highRecall).toFixed(1)}%, none FP ${(100 * holdout.noneFp).toFixed(1)}%, exact ${(100 * holdout.exact).toFixed(1)}%`,
);
const failures: string[] = [];
if (main.highRecall < TARGET_HIGH_RECALL)
  failures.push(`high+imminent recall below ${TARGET_HIGH_RECALL * 100}%`);
if (main.noneFp > TARGET_NONE_FP)
  failures.push(`none false-positive rate above ${TARGET_NONE_FP * 100}%`);
if (failures.length > 0) {
  console.error(`FAIL (main corpus): ${failures.join('; ')}`);
  process.exit(1);
}
console.log('PASS (main corpus targets met)');
