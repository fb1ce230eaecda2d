import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';

export const uiLanguages = ['en', 'es'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const STORAGE_KEY = 'alongside.language';

export function asUiLanguage(tag: string | null | undefined): UiLanguage | null {
  const base = tag?.toLowerCase().split('-')[0];
  return uiLanguages.find((l) => l === base) ?? null;
}

/** The person's own choice first, then the browser's preferences, then English. */
function detectLanguage(): UiLanguage {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    /* storage blocked: fall through */
  }
  const candidates = [stored, ...navigator.languages, navigator.language];
  for (const tag of candidates) {
    const match = asUiLanguage(tag);
    if (match) return match;
  }
  return 'en';
}

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}

export function setUiLanguage(lng: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    /* the choice then lasts for this visit only */
  }
  void i18n.changeLanguage(lng);
}

export function initI18n(): typeof i18n {
  i18n.on('languageChanged', applyToDocument);
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: detectLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    // React escapes everything it renders; double escaping would show entities.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(i18n.language);
  return i18n;
}

export { i18n };
