/**
 * Time detectRisk over the labelled corpora.
 *
 *   tsx scripts/risk-bench.ts [rounds]
 *
 * Warms up first, then runs every message `rounds` times (default 200), timing each call, and
 * prints the mean and p99 in microseconds per message and the throughput in messages per second.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { detectRisk } from '../src/safety/index.js';

function texts(file: string): string[] {
  const path = fileURLToPath(new URL(`../corpus/${file}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

const messages = [...texts('risk-corpus.jsonl'), ...texts('risk-holdout.jsonl')];
const rounds = Math.max(1, Number(process.argv[2] ?? 200) || 200);

// Warm-up: let the JIT compile the regexes and the engine.
let sink = 0;
for (let i = 0; i < 20; i++) for (const m of messages) sink += detectRisk(m).reasons.length;

const samples = new Float64Array(messages.length * rounds);
let n = 0;
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const m of messages) {
    const t0 = performance.now();
    sink += detectRisk(m).reasons.length;
    samples[n++] = performance.now() - t0;
  }
}
const totalMs = performance.now() - started;

samples.sort();
const meanUs = (samples.reduce((a, b) => a + b, 0) / n) * 1000;
const p50Us = (samples[Math.floor(n * 0.5)] ?? 0) * 1000;
const p99Us = (samples[Math.min(n - 1, Math.floor(n * 0.99))] ?? 0) * 1000;
const longest = Math.max(...messages.map((m) => m.length));

console.log(
  `detectRisk: ${messages.length} messages × ${rounds} rounds = ${n} calls (longest message ${longest} chars)`,
);
console.log(
  `mean ${meanUs.toFixed(1)} µs/message, p50 ${p50Us.toFixed(1)} µs, p99 ${p99Us.toFixed(1)} µs`,
);
console.log(`throughput ${Math.round(n / (totalMs / 1000)).toLocaleString('en-GB')} messages/s`);
if (sink < 0) console.log(sink); // keep the work observable
