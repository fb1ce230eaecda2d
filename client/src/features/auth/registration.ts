import { LIMITS } from '@alongside/shared';

export interface RegistrationFields {
  username: string;
  displayName: string;
  password: string;
}

export type RegistrationProblem =
  'usernameShort' | 'usernameChars' | 'displayNameMissing' | 'passwordShort';

// Mirrors the server's schema so people hear about a problem before they submit.
const USERNAME_PATTERN = /^[a-z0-9._-]+$/;

export function registrationProblems(
  fields: RegistrationFields,
): Partial<Record<keyof RegistrationFields, RegistrationProblem>> {
  const problems: Partial<Record<keyof RegistrationFields, RegistrationProblem>> = {};
  if (fields.username.length < 3) problems.username = 'usernameShort';
  else if (!USERNAME_PATTERN.test(fields.username)) problems.username = 'usernameChars';
  if (!fields.displayName.trim()) problems.displayName = 'displayNameMissing';
  if (fields.password.length < LIMITS.passwordMinChars) problems.password = 'passwordShort';
  return problems;
}
