import { describe, expect, it } from 'vitest';
import { resourceLocale } from './resourcesStore';

describe('resourceLocale', () => {
  it('keeps the browser region when it matches the interface language', () => {
    expect(resourceLocale('en', ['en-US', 'fr-FR'])).toBe('en-US');
  });

  it('falls back to the interface language alone', () => {
    expect(resourceLocale('es', ['en-GB'])).toBe('es');
  });
});
