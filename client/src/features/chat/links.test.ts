import { describe, expect, it } from 'vitest';
import { splitLinks } from './links';

describe('splitLinks', () => {
  it('leaves plain text alone', () => {
    expect(splitLinks('hello there')).toEqual([{ kind: 'text', text: 'hello there' }]);
  });

  it('turns an http(s) address into a link and keeps the sentence around it', () => {
    expect(splitLinks('see https://example.org/help, ok')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'https://example.org/help', href: 'https://example.org/help' },
      { kind: 'text', text: ', ok' },
    ]);
  });

  it('never makes links of other schemes', () => {
    const parts = splitLinks('javascript:alert(1) data:text/html,x');
    expect(parts.every((p) => p.kind === 'text')).toBe(true);
  });

  it('keeps markup as text', () => {
    expect(splitLinks('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});
