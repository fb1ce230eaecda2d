import type { UiLanguage } from '../../i18n/i18n';

/**
 * Places to turn to outside this service. Names and descriptions live in the catalogue
 * (resources.items.<id>); numbers and addresses are data and stay the same in every language.
 * An organisation deploying Alongside replaces this list with its own directory.
 */
export interface Resource {
  id: 'emergency' | 'samaritans' | 'shout' | 'line024' | 'directory';
  href?: string;
  languages: readonly UiLanguage[];
}

export const resources: readonly Resource[] = [
  { id: 'emergency', languages: ['en', 'es'] },
  { id: 'samaritans', href: 'https://www.samaritans.org/', languages: ['en'] },
  { id: 'shout', href: 'https://giveusashout.org/', languages: ['en'] },
  { id: 'line024', languages: ['es'] },
  { id: 'directory', href: 'https://findahelpline.com/', languages: ['en', 'es'] },
];
