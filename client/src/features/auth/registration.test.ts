import { describe, expect, it } from 'vitest';
import { registrationProblems } from './registration';

describe('registrationProblems', () => {
  it('accepts a complete registration', () => {
    expect(
      registrationProblems({ username: 'sam.k', displayName: 'Sam', password: 'a long password' }),
    ).toEqual({});
  });

  it('names each field that needs attention', () => {
    expect(
      registrationProblems({ username: 'Sam K', displayName: ' ', password: 'short' }),
    ).toEqual({
      username: 'usernameChars',
      displayName: 'displayNameMissing',
      password: 'passwordShort',
    });
    expect(
      registrationProblems({ username: 'ab', displayName: 'A', password: '0123456789' }),
    ).toEqual({
      username: 'usernameShort',
    });
  });
});
