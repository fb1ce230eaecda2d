/**
 * Both detectors skip most messages after one cheap pass. That shortcut must never change an
 * answer: here the shortcut and the full path are compared on every corpus message, on the
 * strings of the detectors' own tests, and on many messages stitched together from risky
 * phrases, idioms, contact details and punctuation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectContactInfo,
  detectContactInfoUnfiltered,
  mayContainContact,
} from '../guard/contactInfo.js';
import { detectRisk, detectRiskUnfiltered } from './detectRisk.js';
import { normaliseText } from './normalize.js';
import { allRules, anyHint } from './rules/index.js';

const here = (path: string) => new URL(path, import.meta.url);

function corpus(file: string): string[] {
  return readFileSync(here(`../../corpus/${file}`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Every single- or double-quoted string in a test file: the cases the detectors were built on. */
function quotedStrings(file: string): string[] {
  const source = readFileSync(here(file), 'utf8');
  return [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const realMessages = [
  ...corpus('risk-corpus.jsonl'),
  ...corpus('risk-holdout.jsonl'),
  ...quotedStrings('./detectRisk.test.ts'),
  ...quotedStrings('./generalisation.test.ts'),
  ...quotedStrings('../guard/contactInfo.test.ts'),
];

const pieces = [
  ...realMessages.flatMap((m) => m.split(/(?<=[\s,.!?])/)),
  ...allRules.flatMap((r) => r.hint ?? []),
  'killing it',
  'hang out',
  'dying to see',
  'sam at gmail dot com',
  'sam@example.org',
  'www.example.com',
  'add me on snap',
  'my discord is sam#1234',
  'u/sam_writes',
  '07700 900123',
  '(555) 123 4567',
  '0800 123 4567',
  ' ',
  '. ',
  ', ',
  '! ',
  '? ',
  '\n',
  ' but ',
  ' - ',
  '…',
  '~',
  "'",
  'I ',
  'im ',
  'tonight ',
  'not ',
  'never ',
];

function stitched(count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = 1 + Math.floor(next() * 6);
    let text = '';
    for (let k = 0; k < parts; k++) text += pieces[Math.floor(next() * pieces.length)] ?? '';
    // Sometimes glue pieces without a space, or shout, as people do.
    if (next() < 0.2) text = text.replace(/ /g, '');
    if (next() < 0.1) text = text.toUpperCase();
    out.push(text);
  }
  return out;
}

const messages = [...realMessages, ...stitched(20_000, 20261125)];

describe('the one-pass pre-checks never change an answer', () => {
  it('risk: the same assessment with and without the pre-check', () => {
    const differ = messages.filter(
      (m) => JSON.stringify(detectRisk(m)) !== JSON.stringify(detectRiskUnfiltered(m)),
    );
    expect(differ).toEqual([]);
  });

  it('contact details: the same findings with and without the pre-check', () => {
    const differ = messages.filter(
      (m) =>
        JSON.stringify(detectContactInfo(m)) !== JSON.stringify(detectContactInfoUnfiltered(m)),
    );
    expect(differ).toEqual([]);
  });

  it('lets ordinary messages skip the full path (otherwise it is only overhead)', () => {
    const ordinary = [
      'I hear you, and it makes sense that today felt heavy.',
      'thanks, that helps a lot',
      'how was your week?',
    ];
    for (const m of ordinary) {
      expect(anyHint?.test(normaliseText(m))).toBe(false);
      expect(mayContainContact(m)).toBe(false);
    }
    // ...while messages with something in them still go the full way and are found.
    expect(anyHint?.test(normaliseText('i want to kill myself'))).toBe(true);
    expect(mayContainContact('text me on 07700 900123')).toBe(true);
  });
});
