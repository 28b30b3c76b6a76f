import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi';
import type { viFeatures } from './vi-features';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'thidua.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi & typeof viFeatures };
  }
}

function savedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

/** English is fetched when chosen: the sign-in page carries the Vietnamese texts only. */
async function loadEnglish() {
  if (i18next.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en');
  i18next.addResourceBundle('en', 'translation', en);
}

/** The workspaces' Vietnamese texts, added once their code has loaded (English has them all). */
export function addFeatureTexts(texts: typeof viFeatures) {
  i18next.addResourceBundle('vi', 'translation', texts, true, true);
}

/** Vietnamese unless the user chose English; English follows as soon as its texts have loaded. */
export function initI18n(language: Language = savedLanguage()) {
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi } },
    lng: 'vi',
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = 'vi';
  if (language === 'en') setLanguage('en');
  return i18next;
}

export function setLanguage(language: Language) {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void (language === 'en' ? loadEnglish() : Promise.resolve()).then(() => {
    document.documentElement.lang = language;
    void i18next.changeLanguage(language);
  });
}
