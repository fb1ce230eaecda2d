import { describe, expect, it } from 'vitest';
import { isolate } from './isolate';

describe('isolate', () => {
  it('wraps a name in first-strong isolate … pop directional isolate', () => {
    expect(isolate('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
  });
});
