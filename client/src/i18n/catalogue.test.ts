import { errorCodes } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import type { ClientErrorCode } from '../lib/requestError';
import { errorKey } from './errorKey';
import en from './en.json';
import es from './es.json';

type Catalogue = { [key: string]: string | Catalogue };

function lookup(catalogue: Catalogue, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Catalogue | undefined)?.[part], catalogue);
}

function keys(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

const clientCodes: ClientErrorCode[] = ['timeout', 'offline'];

describe('error messages', () => {
  it('maps a code to its catalogue key', () => {
    expect(errorKey('already_taken')).toBe('errors.already_taken');
  });

  it('has an English sentence for every server and client error code', () => {
    for (const code of [...Object.keys(errorCodes), ...clientCodes]) {
      expect(typeof lookup(en, errorKey(code as ClientErrorCode)), code).toBe('string');
    }
  });
});

describe('catalogues', () => {
  it('only translates keys that exist in English (no orphans from renames)', () => {
    const english = new Set(keys(en));
    expect(keys(es).filter((k) => !english.has(k))).toEqual([]);
  });

  it('keeps the same placeholders in translations', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keys(es)) {
      const translated = lookup(es, key) as string;
      const original = lookup(en, key) as string;
      expect(placeholders(translated), key).toEqual(placeholders(original));
    }
  });
});
