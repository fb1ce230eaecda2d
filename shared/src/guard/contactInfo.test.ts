import { describe, expect, it } from 'vitest';
import { detectContactInfo, type ContactKind } from './contactInfo.js';

const kindsOf = (text: string): ContactKind[] => detectContactInfo(text).kinds;

describe('phone numbers', () => {
  it.each([
    'text me on 07700 900123',
    'my number is +44 7700 900123',
    'call me 555-123-4567',
    '(555) 123 4567 is my cell',
    'ring me on 020 7946 0018',
    'whatsapp 0044 7700 900 123',
    'my mob is 07700900123',
    'number: 555 1234, call me after work',
    'my number is +1 415.555.0132',
  ])('notices %s', (text) => {
    expect(kindsOf(text)).toEqual(['phone']);
  });

  it('returns the number as written', () => {
    expect(detectContactInfo('text me on 07700 900123 later').matches).toEqual(['07700 900123']);
  });

  it.each([
    'see you at 10:30 tomorrow',
    'my sleep was 10.30 to 6.45 last night',
    'i was born in 1998',
    'between 2019-2020 i was unwell',
    'the limit is 4000 characters',
    'i walked 12000 steps today',
    'it costs £1200 a month',
    'order 12345678 arrived',
    'the date was 12-05-2024',
    'i lost 1 000 000 points',
    'i have 2 cats and 1 dog',
    'my scores were 98 76 54',
  ])('ignores %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it('leaves helplines and toll-free numbers alone: they belong to services', () => {
    expect(kindsOf('you can call samaritans on 116 123')).toEqual([]);
    expect(kindsOf('childline is 0800 1111')).toEqual([]);
    expect(kindsOf('the helpline is 1-800-273-8255')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    'email me at sam.jones@gmail.com',
    'its sam at gmail dot com',
    'sam [at] hotmail [dot] co [dot] uk',
    'SAM(at)example(dot)org',
  ])('notices %s', (text) => {
    expect(kindsOf(text)).toEqual(['email']);
  });

  it('does not also report the domain of an address as a link or a handle', () => {
    expect(detectContactInfo('write to sam@example.org').matches).toEqual(['sam@example.org']);
  });

  it('ignores talk about e-mail and being somewhere', () => {
    expect(kindsOf('email is the worst, i never check it')).toEqual([]);
    expect(kindsOf('i am at home now')).toEqual([]);
    expect(kindsOf('look at this, it is so cute')).toEqual([]);
  });
});

describe('social handles', () => {
  it.each([
    'add me on snap',
    'my insta is @sunny.days',
    'follow me @moonchild_99',
    'my discord is sam#1234',
    'whatsapp me',
    'dm me on insta',
    'lets move to discord',
    'my snap is lily_b',
    'u/throwaway123 on reddit',
    'we should swap socials',
  ])('notices %s', (text) => {
    expect(kindsOf(text)).toEqual(['handle']);
  });

  it('ignores platforms that are only mentioned, and times written with @', () => {
    expect(kindsOf('i saw a funny video on tiktok')).toEqual([]);
    expect(kindsOf('i love instagram but it makes me sad')).toEqual([]);
    expect(kindsOf('meet @ 10pm?')).toEqual([]);
    expect(kindsOf('see you @10pm')).toEqual([]);
  });
});

describe('links', () => {
  it.each([
    'https://example.com/me',
    'check www.mysite.net',
    'linktr.ee/sunnyday',
    'join discord.gg/abc123',
    'wa.me/447700900123',
  ])('notices %s', (text) => {
    expect(kindsOf(text)).toEqual(['link']);
  });

  it('ignores abbreviations and file names', () => {
    expect(kindsOf('i.e. the thing, e.g. this one')).toEqual([]);
    expect(kindsOf('i use node.js at work')).toEqual([]);
    expect(kindsOf('that was at 3.15pm')).toEqual([]);
  });
});

describe('several kinds', () => {
  it('reports each kind once, in order of appearance, with every match', () => {
    const got = detectContactInfo(
      'my insta is @sunny.days, or text 07700 900123, or mail sun@day.com',
    );
    expect(got.kinds).toEqual(['handle', 'phone', 'email']);
    expect(got.matches).toEqual(['my insta is @sunny.days', '07700 900123', 'sun@day.com']);
  });

  it('returns nothing for ordinary chat and never throws on odd input', () => {
    expect(detectContactInfo('thank you, that really helped today')).toEqual({
      kinds: [],
      matches: [],
    });
    expect(detectContactInfo('')).toEqual({ kinds: [], matches: [] });
    expect(() => detectContactInfo('@'.repeat(5000) + '0'.repeat(5000))).not.toThrow();
  });
});
