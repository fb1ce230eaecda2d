import 'i18next';
import type en from './en.json';

// Catalogue keys are type-checked: a missing or misspelt key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
